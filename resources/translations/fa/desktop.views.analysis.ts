<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa">
<context>
    <name>AnalysisScreen</name>
    <message>
        <source>Dashboard</source>
        <translation>داشبورد</translation>
    </message>
    <message>
        <source>FMEA</source>
        <translation>FMEA</translation>
    </message>
    <message>
        <source>Cause and effect</source>
        <translation>علت و معلول</translation>
    </message>
    <message>
        <source>Improvement actions</source>
        <translation>اقدام‌های بهبود</translation>
    </message>
    <message>
        <source>Management report</source>
        <translation>گزارش مدیریتی</translation>
    </message>
</context>
</TS>
