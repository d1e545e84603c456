<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa">
<context>
    <name>SyncStatus</name>
    <message>
        <source>Working offline (no HQ connection set up)</source>
        <translation>کار بدون شبکه (اتصال به ستاد تنظیم نشده است)</translation>
    </message>
    <message>
        <source>Changes waiting for HQ: %1</source>
        <translation>تغییرات در انتظار ارسال به ستاد: %1</translation>
    </message>
</context>
</TS>
