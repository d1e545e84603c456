<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa">
<context>
    <name>AdminPage</name>
    <message>
        <source>The first administrator</source>
        <translation>نخستین مدیر سیستم</translation>
    </message>
    <message>
        <source>This account adds the other users (clerks, supervisors, managers) afterwards.</source>
        <translation>این حساب بعداً کاربران دیگر (متصدیان، سرپرستان، مدیران) را می‌افزاید.</translation>
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
        <source>Password</source>
        <translation>گذرواژه</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>تکرار گذرواژه</translation>
    </message>
    <message>
        <source>PIN (optional, 4 to 8 digits)</source>
        <translation>رمز کوتاه (اختیاری، ۴ تا ۸ رقم)</translation>
    </message>
    <message>
        <source>The PIN lets you take over a case at someone else&apos;s counter.</source>
        <translation>با رمز کوتاه می‌توانید پرونده را پشت باجهٔ همکار خود به دست بگیرید.</translation>
    </message>
</context>
<context>
    <name>DealershipPage</name>
    <message>
        <source>Your dealership</source>
        <translation>نمایندگی شما</translation>
    </message>
    <message>
        <source>As it should appear on receipts and letters. The code is the one HQ gave you.</source>
        <translation>همان‌گونه که باید روی رسیدها و نامه‌ها بیاید. کد همان است که ستاد به شما داده است.</translation>
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
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Pishkhan set-up</source>
        <translation>راه‌اندازی پیشخوان</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>ایجاد</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Pishkhan</source>
        <translation>به پیشخوان خوش آمدید</translation>
    </message>
    <message>
        <source>Set up this counter PC for your dealership. It takes a minute; it works without a network.</source>
        <translation>این رایانهٔ پذیرش را برای نمایندگی خود آماده کنید. یک دقیقه طول می‌کشد و به شبکه نیاز ندارد.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
</context>
</TS>
