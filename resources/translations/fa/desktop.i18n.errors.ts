<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa">
<context>
    <name>Errors</name>
    <message>
        <source>Something went wrong.</source>
        <translation>مشکلی پیش آمد.</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>پر کردن این خانه لازم است.</translation>
    </message>
    <message>
        <source>Only digits are allowed here.</source>
        <translation>اینجا فقط رقم می‌توان نوشت.</translation>
    </message>
    <message>
        <source>It must have exactly {expected} characters.</source>
        <translation>باید دقیقاً {expected} نویسه داشته باشد.</translation>
    </message>
    <message>
        <source>The check digit does not match: the number was probably mistyped.</source>
        <translation>رقم کنترل درست نیست: احتمالاً شماره اشتباه تایپ شده است.</translation>
    </message>
    <message>
        <source>Not a mobile number: use 09xxxxxxxxx, +989... or 00989...</source>
        <translation>شمارهٔ همراه درست نیست: به شکل ۰۹xxxxxxxxx یا ‎+989…‎ یا ‎00989…‎ بنویسید.</translation>
    </message>
    <message>
        <source>Not a phone number.</source>
        <translation>شمارهٔ تلفن درست نیست.</translation>
    </message>
    <message>
        <source>A VIN has 17 letters and digits and never the letters I, O or Q.</source>
        <translation>شمارهٔ VIN هفده حرف و رقم دارد و حروف I و O و Q در آن نیست.</translation>
    </message>
    <message>
        <source>A chassis number has 5 to 20 letters and digits.</source>
        <translation>شمارهٔ شاسی ۵ تا ۲۰ حرف و رقم دارد.</translation>
    </message>
    <message>
        <source>Type the plate as two digits, a letter, three digits and the province code.</source>
        <translation>پلاک را به شکل دو رقم، یک حرف، سه رقم و کد استان بنویسید.</translation>
    </message>
    <message>
        <source>Type an amount in Rials, digits only.</source>
        <translation>مبلغ را به ریال و فقط با رقم بنویسید.</translation>
    </message>
    <message>
        <source>It cannot be negative.</source>
        <translation>نمی‌تواند منفی باشد.</translation>
    </message>
    <message>
        <source>Type a date as 1405/09/03 or 2026-11-24.</source>
        <translation>تاریخ را به شکل ۱۴۰۵/۰۹/۰۳ یا 2026-11-24 بنویسید.</translation>
    </message>
    <message>
        <source>That date does not exist.</source>
        <translation>چنین تاریخی وجود ندارد.</translation>
    </message>
    <message>
        <source>A user name has no spaces.</source>
        <translation>نام کاربری نباید فاصله داشته باشد.</translation>
    </message>
    <message>
        <source>That user name is already taken.</source>
        <translation>این نام کاربری قبلاً گرفته شده است.</translation>
    </message>
    <message>
        <source>The password must have at least {minimum} characters.</source>
        <translation>گذرواژه باید دست‌کم {minimum} نویسه داشته باشد.</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>دو گذرواژه یکسان نیستند.</translation>
    </message>
    <message>
        <source>A PIN has 4 to 8 digits.</source>
        <translation>رمز کوتاه (PIN) باید ۴ تا ۸ رقم باشد.</translation>
    </message>
    <message>
        <source>A counter with that number already exists.</source>
        <translation>باجه‌ای با این شماره از قبل وجود دارد.</translation>
    </message>
    <message>
        <source>Unknown role.</source>
        <translation>نقش ناشناخته است.</translation>
    </message>
    <message>
        <source>A dealership code has 2 to 10 letters and digits.</source>
        <translation>کد نمایندگی ۲ تا ۱۰ حرف و رقم دارد.</translation>
    </message>
    <message>
        <source>This database is already set up.</source>
        <translation>این پایگاه داده قبلاً راه‌اندازی شده است.</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>نام کاربری یا گذرواژه نادرست است.</translation>
    </message>
    <message>
        <source>Too many wrong tries: this account is locked for a few minutes.</source>
        <translation>تلاش‌های نادرست زیاد بود: این حساب چند دقیقه قفل شد.</translation>
    </message>
    <message>
        <source>This account is disabled.</source>
        <translation>این حساب غیرفعال است.</translation>
    </message>
    <message>
        <source>This user has no PIN; set one in Settings first.</source>
        <translation>این کاربر رمز کوتاه (PIN) ندارد؛ نخست در تنظیمات تعیین کنید.</translation>
    </message>
    <message>
        <source>Your role does not allow this.</source>
        <translation>نقش شما اجازهٔ این کار را نمی‌دهد.</translation>
    </message>
    <message>
        <source>Not found.</source>
        <translation>پیدا نشد.</translation>
    </message>
    <message>
        <source>This database has no dealership yet: run the set-up first.</source>
        <translation>این پایگاه داده هنوز نمایندگی ندارد: نخست راه‌اندازی را انجام دهید.</translation>
    </message>
    <message>
        <source>Pishkhan is already open on this database (in another window or program).</source>
        <translation>پیشخوان هم‌اکنون روی این پایگاه داده باز است (در پنجره یا برنامهٔ دیگری).</translation>
    </message>
    <message>
        <source>This database was written by a newer version of Pishkhan. Install that version; the database has not been touched.</source>
        <translation>این پایگاه داده را نسخهٔ تازه‌تری از پیشخوان نوشته است. همان نسخه را نصب کنید؛ به پایگاه داده دست زده نشد.</translation>
    </message>
    <message>
        <source>The disk is full. Free some space; nothing was saved this time.</source>
        <translation>دیسک پر است. کمی جا باز کنید؛ این بار چیزی ذخیره نشد.</translation>
    </message>
    <message>
        <source>The database file is read-only; nothing was saved.</source>
        <translation>پروندهٔ پایگاه داده فقط‌خواندنی است؛ چیزی ذخیره نشد.</translation>
    </message>
    <message>
        <source>The database is busy; try again in a moment.</source>
        <translation>پایگاه داده مشغول است؛ لحظه‌ای بعد دوباره تلاش کنید.</translation>
    </message>
    <message>
        <source>The database file cannot be opened.</source>
        <translation>پروندهٔ پایگاه داده باز نمی‌شود.</translation>
    </message>
    <message>
        <source>The database file is damaged. Restore the newest backup from Settings.</source>
        <translation>پروندهٔ پایگاه داده آسیب دیده است. تازه‌ترین پشتیبان را از تنظیمات بازگردانید.</translation>
    </message>
    <message>
        <source>The database could not be written.</source>
        <translation>نوشتن در پایگاه داده ممکن نشد.</translation>
    </message>
    <message>
        <source>This step is not allowed now.</source>
        <translation>این کار اکنون مجاز نیست.</translation>
    </message>
    <message>
        <source>Too long: at most {maximum} characters.</source>
        <translation>بیش از حد طولانی است: حداکثر {maximum} نویسه.</translation>
    </message>
    <message>
        <source>Choose a number from {minimum} to {maximum}.</source>
        <translation>عددی از {minimum} تا {maximum} انتخاب کنید.</translation>
    </message>
    <message>
        <source>Not one of the choices offered.</source>
        <translation>جزو گزینه‌های موجود نیست.</translation>
    </message>
    <message>
        <source>National ID</source>
        <translation>کد ملی</translation>
    </message>
    <message>
        <source>National company ID</source>
        <translation>شناسهٔ ملی شرکت</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>تلفن همراه</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>تلفن</translation>
    </message>
    <message>
        <source>VIN</source>
        <translation>شمارهٔ VIN</translation>
    </message>
    <message>
        <source>Chassis number</source>
        <translation>شمارهٔ شاسی</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>پلاک</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>مبلغ</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>نام کاربری</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>نام و نام خانوادگی</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>گذرواژه</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>رمز کوتاه (PIN)</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>نقش</translation>
    </message>
    <message>
        <source>Dealership code</source>
        <translation>کد نمایندگی</translation>
    </message>
    <message>
        <source>Dealership name</source>
        <translation>نام نمایندگی</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>باجه</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>شرح</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>دلیل</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>پیوست</translation>
    </message>
</context>
</TS>
