<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa">
<context>
    <name>Errors</name>
    <message>
        <source>A customer with this national ID is already on record: open that record instead.</source>
        <translation>مشتری‌ای با این کد ملی قبلاً ثبت شده است؛ به‌جای ثبت دوباره، همان پرونده را باز کنید.</translation>
    </message>
    <message>
        <source>An organisation with this national company ID is already on record: open it instead.</source>
        <translation>سازمانی با این شناسهٔ ملی قبلاً ثبت شده است؛ همان را باز کنید.</translation>
    </message>
    <message>
        <source>This national ID is on record under another name; check the name or the number.</source>
        <translation>این کد ملی به نام شخص دیگری ثبت شده است؛ نام یا شماره را بررسی کنید.</translation>
    </message>
    <message>
        <source>This national company ID is on record under another name; check the name or the number.</source>
        <translation>این شناسهٔ ملی به نام سازمان دیگری ثبت شده است؛ نام یا شماره را بررسی کنید.</translation>
    </message>
    <message>
        <source>This customer is probably already on record.</source>
        <translation>این مشتری احتمالاً قبلاً ثبت شده است.</translation>
    </message>
    <message>
        <source>Give the vehicle&apos;s VIN, chassis number or plate.</source>
        <translation>شمارهٔ VIN، شمارهٔ شاسی یا پلاک خودرو را وارد کنید.</translation>
    </message>
    <message>
        <source>The warranty cannot end before the delivery date.</source>
        <translation>پایان گارانتی نمی‌تواند پیش از تاریخ تحویل باشد.</translation>
    </message>
    <message>
        <source>This VIN is already registered to another customer: transfer the vehicle instead.</source>
        <translation>این VIN به نام مشتری دیگری ثبت شده است؛ به‌جای ثبت دوباره، خودرو را به مالک جدید منتقل کنید.</translation>
    </message>
    <message>
        <source>This chassis number is already registered to another customer: transfer the vehicle instead.</source>
        <translation>این شمارهٔ شاسی به نام مشتری دیگری ثبت شده است؛ به‌جای ثبت دوباره، خودرو را به مالک جدید منتقل کنید.</translation>
    </message>
    <message>
        <source>A record cannot be merged into itself.</source>
        <translation>یک پرونده را نمی‌توان با خودش ادغام کرد.</translation>
    </message>
    <message>
        <source>The vehicle already belongs to this customer.</source>
        <translation>این خودرو هم‌اکنون متعلق به همین مشتری است.</translation>
    </message>
    <message>
        <source>The transfer date is before the current owner received the vehicle ({since}).</source>
        <translation>تاریخ انتقال پیش از تاریخ مالکیت مالک فعلی ({since}) است.</translation>
    </message>
    <message>
        <source>This customer is not on record.</source>
        <translation>این مشتری ثبت نشده است.</translation>
    </message>
    <message>
        <source>This vehicle is not on record.</source>
        <translation>این خودرو ثبت نشده است.</translation>
    </message>
    <message>
        <source>This vehicle does not belong to the customer.</source>
        <translation>این خودرو متعلق به این مشتری نیست.</translation>
    </message>
    <message>
        <source>This is less than the vehicle&apos;s last recorded reading ({last} km); check the odometer.</source>
        <translation>این عدد از آخرین کیلومتر ثبت‌شدهٔ خودرو ({last} کیلومتر) کمتر است؛ کیلومترشمار را دوباره بخوانید.</translation>
    </message>
    <message>
        <source>That odometer reading is not possible.</source>
        <translation>این کیلومتر ممکن نیست.</translation>
    </message>
    <message>
        <source>Only a question can be answered and closed on the spot; register the case instead.</source>
        <translation>فقط پرسش را می‌توان در همان لحظه پاسخ داد و بست؛ این مورد را به‌صورت پرونده ثبت کنید.</translation>
    </message>
    <message>
        <source>Ticket {number} has already been served or marked no-show.</source>
        <translation>نوبت {number} قبلاً پاسخ داده شده یا غایب ثبت شده است.</translation>
    </message>
    <message>
        <source>Ticket {number} has not been called to a counter yet.</source>
        <translation>نوبت {number} هنوز به باجه فراخوانده نشده است.</translation>
    </message>
    <message>
        <source>Use a CSV or XLSX file ({allowed}).</source>
        <translation>از فایل CSV یا XLSX استفاده کنید ({allowed}).</translation>
    </message>
    <message>
        <source>The CSV file is not UTF-8 text: save it again as “CSV UTF-8”.</source>
        <translation>کدگذاری فایل CSV از نوع UTF-8 نیست؛ آن را دوباره با قالب «CSV UTF-8» ذخیره کنید.</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>فایل خوانده نمی‌شود.</translation>
    </message>
    <message>
        <source>The file has no header row.</source>
        <translation>فایل سطر عنوان ندارد.</translation>
    </message>
    <message>
        <source>The file cannot be written there; choose another folder.</source>
        <translation>فایل در آن مسیر ذخیره نمی‌شود؛ پوشهٔ دیگری انتخاب کنید.</translation>
    </message>
    <message>
        <source>“{target}” is not a field that can be imported ({allowed}).</source>
        <translation>«{target}» فیلدی نیست که بتوان از فایل وارد کرد ({allowed}).</translation>
    </message>
    <message>
        <source>The file has no column named “{column}”.</source>
        <translation>فایل ستونی به نام «{column}» ندارد.</translation>
    </message>
    <message>
        <source>The file needs name columns ({columns}), or a mapping that says which columns hold them.</source>
        <translation>فایل باید ستون‌های نام ({columns}) را داشته باشد، یا مشخص کنید نام در کدام ستون‌هاست.</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>نام خانوادگی</translation>
    </message>
    <message>
        <source>Organisation name</source>
        <translation>نام سازمان</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>شخص رابط</translation>
    </message>
    <message>
        <source>City</source>
        <translation>شهر</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>نشانی</translation>
    </message>
    <message>
        <source>Engine number</source>
        <translation>شمارهٔ موتور</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>مدل خودرو</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>رنگ</translation>
    </message>
    <message>
        <source>Odometer</source>
        <translation>کیلومتر</translation>
    </message>
    <message>
        <source>Delivery date</source>
        <translation>تاریخ تحویل</translation>
    </message>
    <message>
        <source>Warranty end</source>
        <translation>پایان گارانتی</translation>
    </message>
    <message>
        <source>Kind of customer</source>
        <translation>نوع مشتری</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>تطبیق ستون‌ها</translation>
    </message>
    <message>
        <source>File</source>
        <translation>فایل</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>باجه</translation>
    </message>
</context>
</TS>
