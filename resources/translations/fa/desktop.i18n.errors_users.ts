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
</context>
</TS>
