<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AnalysisScreen</name>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>FMEA</source>
        <translation>FMEA</translation>
    </message>
    <message>
        <source>Cause and effect</source>
        <translation>Cause and effect</translation>
    </message>
    <message>
        <source>Improvement actions</source>
        <translation>Improvement actions</translation>
    </message>
    <message>
        <source>Management report</source>
        <translation>Management report</translation>
    </message>
</context>
</TS>
