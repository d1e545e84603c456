<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa">
<context>
    <name>AuditPrint</name>
    <message>
        <source>Dealer network inspection unit</source>
        <translation>واحد بازرسی شبکهٔ نمایندگی‌ها</translation>
    </message>
    <message>
        <source>General</source>
        <translation>عمومی</translation>
    </message>
    <message>
        <source>Finalised</source>
        <translation>نهایی‌شده</translation>
    </message>
    <message>
        <source>Released to the dealership</source>
        <translation>منتشرشده برای نمایندگی</translation>
    </message>
    <message>
        <source>Inspector {code}</source>
        <translation>بازرس {code}</translation>
    </message>
    <message>
        <source>struck out after an upheld appeal</source>
        <translation>پس از پذیرش اعتراض از امتیاز حذف شد</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>the system</source>
        <translation>سامانه</translation>
    </message>
    <message>
        <source>counter {counter}</source>
        <translation>باجهٔ {counter}</translation>
    </message>
    <message>
        <source>satisfaction {score} of 5</source>
        <translation>رضایت {score} از ۵</translation>
    </message>
    <message>
        <source>to {level}</source>
        <translation>به {level}</translation>
    </message>
    <message>
        <source>letter no. {number} of {date}</source>
        <translation>نامهٔ شمارهٔ {number} مورخ {date}</translation>
    </message>
    <message>
        <source>due {when}</source>
        <translation>مهلت {when}</translation>
    </message>
</context>
</TS>
