<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa">
<context>
    <name>Application</name>
    <message>
        <source>Pishkhan</source>
        <translation>پیشخوان</translation>
    </message>
    <message>
        <source>Preparing the demo dealership…</source>
        <translation>در حال آماده کردن نمایندگی نمونه…</translation>
    </message>
</context>
</TS>
