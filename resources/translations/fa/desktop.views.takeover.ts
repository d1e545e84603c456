<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa">
<context>
    <name>TakeoverDialog</name>
    <message>
        <source>Take the case over</source>
        <translation>به‌دست‌گرفتن پرونده</translation>
    </message>
    <message>
        <source>The person summoned takes the case over here, at this counter, with their PIN. The clerk stays signed in.</source>
        <translation>فرد فراخوانده‌شده پرونده را همین‌جا، در این باجه و با رمز کوتاه خود به دست می‌گیرد. متصدی پذیرش از سامانه خارج نمی‌شود.</translation>
    </message>
    <message>
        <source>Who arrived</source>
        <translation>چه کسی آمد</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>رمز کوتاه</translation>
    </message>
    <message>
        <source>Take over</source>
        <translation>به‌دست‌گرفتن</translation>
    </message>
    <message>
        <source>Nobody with a PIN may answer this summons.</source>
        <translation>هیچ فرد دارای رمز کوتاه مجاز به پاسخ به این فراخوان نیست.</translation>
    </message>
    <message>
        <source>Choose who arrived and type their PIN.</source>
        <translation>فرد حاضرشده را انتخاب کنید و رمز کوتاه او را وارد کنید.</translation>
    </message>
    <message>
        <source>%1 tries left.</source>
        <translation>%1 بار دیگر می‌توانید تلاش کنید.</translation>
    </message>
</context>
</TS>
