<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa">
<context>
    <name>ManagementPage</name>
    <message>
        <source>The management report: headline figures against the previous period, charts, the top causes of complaints, the FMEA table's ten highest risks, open improvement actions and, for those who may see them, audit results; a glossary defines every figure.</source>
        <translation>گزارش مدیریتی: شاخص‌های اصلی در مقایسه با دورهٔ قبل، نمودارها، مهم‌ترین علل شکایت، ده ریسک بالای جدول FMEA، اقدام‌های بهبود باز و، برای کسانی که اجازه دارند، نتایج بازرسی؛ در واژه‌نامهٔ پایان گزارش، هر شاخص تعریف شده است.</translation>
    </message>
    <message>
        <source>All dealerships</source>
        <translation>همهٔ نمایندگی‌ها</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>دوره</translation>
    </message>
    <message>
        <source>Dealership</source>
        <translation>نمایندگی</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <source>Make the report (PDF)…</source>
        <translation>تهیهٔ گزارش (PDF)…</translation>
    </message>
    <message>
        <source>Open it</source>
        <translation>باز کردن آن</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>ذخیرهٔ گزارش</translation>
    </message>
    <message>
        <source>Making the report…</source>
        <translation>در حال تهیهٔ گزارش…</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>ذخیره شد: %1</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>فایل نوشته نشد: %1</translation>
    </message>
</context>
</TS>
