<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa">
<context>
    <name>AuditsComing</name>
    <message>
        <source>Audits</source>
        <translation>بازرسی‌ها</translation>
    </message>
    <message>
        <source>Mystery-shopper audits are not built yet.</source>
        <translation>بازدیدهای نامحسوس هنوز ساخته نشده است.</translation>
    </message>
</context>
<context>
    <name>CasesComing</name>
    <message>
        <source>Cases</source>
        <translation>پرونده‌ها</translation>
    </message>
    <message>
        <source>Case handling and escalation are not built yet.</source>
        <translation>رسیدگی به پرونده‌ها و ارجاع به مافوق هنوز ساخته نشده است.</translation>
    </message>
</context>
<context>
    <name>CounterComing</name>
    <message>
        <source>Counter</source>
        <translation>پذیرش</translation>
    </message>
    <message>
        <source>Customer lookup and walk-in intake are not built yet.</source>
        <translation>جست‌وجوی مشتری و پذیرش حضوری هنوز ساخته نشده است.</translation>
    </message>
</context>
<context>
    <name>CustomersComing</name>
    <message>
        <source>Customers</source>
        <translation>مشتریان</translation>
    </message>
    <message>
        <source>Customer records are not built yet.</source>
        <translation>پروندهٔ مشتریان هنوز ساخته نشده است.</translation>
    </message>
</context>
<context>
    <name>ReportsComing</name>
    <message>
        <source>Reports</source>
        <translation>گزارش‌ها</translation>
    </message>
    <message>
        <source>Figures, charts and management reports are not built yet.</source>
        <translation>شاخص‌ها، نمودارها و گزارش‌های مدیریتی هنوز ساخته نشده است.</translation>
    </message>
</context>
</TS>
