<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa">
<context>
    <name>FilterBar</name>
    <message>
        <source>All dealerships</source>
        <translation>همهٔ نمایندگی‌ها</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>همهٔ موضوع‌ها</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>همهٔ کانال‌ها</translation>
    </message>
    <message>
        <source>All segments</source>
        <translation>همهٔ گروه‌های خودرو</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>همهٔ انواع</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>همهٔ واحدها</translation>
    </message>
    <message>
        <source>All staff</source>
        <translation>همهٔ کارکنان</translation>
    </message>
</context>
<context>
    <name>PeriodPicker</name>
    <message>
        <source>Year %1</source>
        <translation>سال %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 تا %2</translation>
    </message>
    <message>
        <source>Spring (Q1)</source>
        <translation>بهار (فصل ۱)</translation>
    </message>
    <message>
        <source>Summer (Q2)</source>
        <translation>تابستان (فصل ۲)</translation>
    </message>
    <message>
        <source>Autumn (Q3)</source>
        <translation>پاییز (فصل ۳)</translation>
    </message>
    <message>
        <source>Winter (Q4)</source>
        <translation>زمستان (فصل ۴)</translation>
    </message>
    <message>
        <source>to</source>
        <translation>تا</translation>
    </message>
</context>
</TS>
