<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa">
<context>
    <name>AccountPage</name>
    <message>
        <source>Current password</source>
        <translation>گذرواژهٔ فعلی</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>گذرواژهٔ تازه</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>تکرار گذرواژهٔ تازه</translation>
    </message>
    <message>
        <source>New PIN (leave empty to keep)</source>
        <translation>رمز کوتاه تازه (خالی بگذارید تا عوض نشود)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>ذخیره</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>ذخیره شد.</translation>
    </message>
</context>
<context>
    <name>DealershipPage</name>
    <message>
        <source>Dealership code</source>
        <translation>کد نمایندگی</translation>
    </message>
    <message>
        <source>Dealership name</source>
        <translation>نام نمایندگی</translation>
    </message>
    <message>
        <source>City</source>
        <translation>شهر</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>تلفن</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>نشانی</translation>
    </message>
    <message>
        <source>Counters</source>
        <translation>باجه‌ها</translation>
    </message>
    <message>
        <source>Number of a new counter</source>
        <translation>شمارهٔ باجهٔ تازه</translation>
    </message>
    <message>
        <source>Add counter</source>
        <translation>افزودن باجه</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>ذخیره</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>ذخیره شد.</translation>
    </message>
</context>
<context>
    <name>GeneralPage</name>
    <message>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>دقیقه</translation>
    </message>
    <message>
        <source>Lock the screen after idle</source>
        <translation>قفل صفحه پس از بی‌کاری</translation>
    </message>
    <message>
        <source>Counters are public places: the screen locks itself when nobody uses it.</source>
        <translation>باجه جای عمومی است: وقتی کسی با رایانه کار نکند، صفحه خودبه‌خود قفل می‌شود.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>ذخیره شد.</translation>
    </message>
</context>
<context>
    <name>SettingsPages</name>
    <message>
        <source>General</source>
        <translation>عمومی</translation>
    </message>
    <message>
        <source>My account</source>
        <translation>حساب من</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>کاربران</translation>
    </message>
    <message>
        <source>Dealership</source>
        <translation>نمایندگی</translation>
    </message>
    <message>
        <source>Printers</source>
        <translation>چاپگرها</translation>
    </message>
    <message>
        <source>Escalation ladder</source>
        <translation>سطوح ارجاع</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>واحدها</translation>
    </message>
    <message>
        <source>Sub-categories</source>
        <translation>زیرموضوع‌ها</translation>
    </message>
    <message>
        <source>Service levels</source>
        <translation>مهلت‌های پاسخ‌گویی</translation>
    </message>
    <message>
        <source>Working week and holidays</source>
        <translation>روزهای کاری و تعطیلات</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>پشتیبان‌گیری</translation>
    </message>
    <message>
        <source>Connect to HQ</source>
        <translation>اتصال به ستاد</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <source>New user</source>
        <translation>کاربر تازه</translation>
    </message>
    <message>
        <source>Change user</source>
        <translation>تغییر کاربر</translation>
    </message>
    <message>
        <source>No unit</source>
        <translation>بدون واحد</translation>
    </message>
    <message>
        <source>May sign in</source>
        <translation>اجازهٔ ورود دارد</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>نام و نام خانوادگی</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>نام کاربری</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>نقش</translation>
    </message>
    <message>
        <source>First password</source>
        <translation>گذرواژهٔ نخست</translation>
    </message>
    <message>
        <source>PIN (optional)</source>
        <translation>رمز کوتاه (اختیاری)</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>واحد</translation>
    </message>
    <message>
        <source>Vehicle segments</source>
        <translation>گروه‌های خودرو</translation>
    </message>
    <message>
        <source>No segment ticked: this person handles cases of every segment.</source>
        <translation>اگر هیچ گروهی علامت نخورد، این فرد پرونده‌های همهٔ گروه‌ها را رسیدگی می‌کند.</translation>
    </message>
    <message>
        <source>HQ manages this account: change it at HQ (python -m sync.hq update-user); the change reaches this PC at the next sync.</source>
        <translation>این حساب را ستاد مدیریت می‌کند: آن را در ستاد تغییر دهید (python -m sync.hq update-user)؛ تغییر در همگام‌سازی بعدی به این رایانه می‌رسد.</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>Full name</source>
        <translation>نام و نام خانوادگی</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>نام کاربری</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>نقش</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>واحد</translation>
    </message>
    <message>
        <source>Vehicle segments</source>
        <translation>گروه‌های خودرو</translation>
    </message>
    <message>
        <source>Change user…</source>
        <translation>تغییر کاربر…</translation>
    </message>
    <message>
        <source>Add user…</source>
        <translation>افزودن کاربر…</translation>
    </message>
    <message>
        <source>All</source>
        <translation>همه</translation>
    </message>
    <message>
        <source>(disabled)</source>
        <translation>(غیرفعال)</translation>
    </message>
</context>
</TS>
