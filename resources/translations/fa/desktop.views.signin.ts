<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa">
<context>
    <name>SignInScreen</name>
    <message>
        <source>Screen locked</source>
        <translation>صفحه قفل است</translation>
    </message>
    <message>
        <source>Sign in to Pishkhan</source>
        <translation>ورود به پیشخوان</translation>
    </message>
    <message>
        <source>%1 was working here. Type the password to go on.</source>
        <translation>%1 با این رایانه کار می‌کرد. برای ادامه گذرواژه را بنویسید.</translation>
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
        <source>Counter</source>
        <translation>باجه</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>خروج</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>بازکردن قفل</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>ورود</translation>
    </message>
    <message>
        <source>Demo dealership: sign in as %1; the password is %2 and the PIN %3.</source>
        <translation>نمایندگی نمونه: با یکی از کاربران %1 وارد شوید؛ گذرواژه %2 و رمز کوتاه (PIN) %3 است.</translation>
    </message>
    <message>
        <source>Counter %1</source>
        <translation>باجهٔ %1</translation>
    </message>
    <message>
        <source>Type your user name and password.</source>
        <translation>نام کاربری و گذرواژه را بنویسید.</translation>
    </message>
    <message>
        <source>%1 tries left before the account is locked.</source>
        <translation>%1 بار دیگر می‌توانید تلاش کنید؛ سپس حساب قفل می‌شود.</translation>
    </message>
</context>
</TS>
