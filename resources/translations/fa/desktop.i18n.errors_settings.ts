<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa">
<context>
    <name>Errors</name>
    <message>
        <source>HQ manages this account: change it at HQ, and the change reaches this PC at the next sync.</source>
        <translation>این حساب را ستاد مدیریت می‌کند: آن را در ستاد تغییر دهید؛ تغییر در همگام‌سازی بعدی به این رایانه می‌رسد.</translation>
    </message>
    <message>
        <source>Nobody else could manage users then: keep at least one active administrator.</source>
        <translation>در این صورت کسی دیگر نمی‌تواند کاربران را مدیریت کند: دست‌کم یک مدیر سیستم فعال نگه دارید.</translation>
    </message>
    <message>
        <source>A sub-category code has Latin letters, digits and underscores, and starts with a letter; it is made from the English name.</source>
        <translation>کد زیرموضوع از حروف لاتین، رقم و خط زیر ساخته می‌شود و با حرف آغاز می‌شود؛ این کد از نام انگلیسی ساخته می‌شود.</translation>
    </message>
    <message>
        <source>This category already has a sub-category with that code (perhaps a retired one: restore it).</source>
        <translation>این موضوع زیرموضوعی با همین کد دارد (شاید کنار گذاشته شده باشد: آن را بازگردانید).</translation>
    </message>
    <message>
        <source>Sub-category name</source>
        <translation>نام زیرموضوع</translation>
    </message>
</context>
</TS>
