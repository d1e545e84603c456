<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa">
<context>
    <name>DrillDialog</name>
    <message>
        <source>Cases</source>
        <translation>پرونده‌ها</translation>
    </message>
    <message>
        <source>Tracking code</source>
        <translation>کد رهگیری</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>زمان ثبت</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>موضوع</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>کانال</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>سطح</translation>
    </message>
    <message>
        <source>Double-click a case to open it.</source>
        <translation>برای باز کردن هر پرونده دوبار روی آن کلیک کنید.</translation>
    </message>
    <message>
        <source>%1 cases in %2</source>
        <translation>%1 پرونده در %2</translation>
    </message>
    <message>
        <source>the newest %1 are listed</source>
        <translation>%1 پروندهٔ تازه‌تر فهرست شده است</translation>
    </message>
</context>
</TS>
