<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa">
<context>
    <name>SummonsAlert</name>
    <message>
        <source>Open the case</source>
        <translation>باز کردن پرونده</translation>
    </message>
    <message>
        <source>You are called to counter %1</source>
        <translation>شما به باجهٔ %1 فراخوانده شده‌اید</translation>
    </message>
    <message>
        <source>Customer: %1 · Case %2 · %3</source>
        <translation>مشتری: %1 · پروندهٔ %2 · %3</translation>
    </message>
    <message>
        <source>%1 more waiting</source>
        <translation>%1 فراخوان دیگر در انتظار</translation>
    </message>
</context>
</TS>
