<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>FilterBar</name>
    <message>
        <source>All dealerships</source>
        <translation>All dealerships</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>All categories</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>All channels</translation>
    </message>
    <message>
        <source>All segments</source>
        <translation>All segments</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>All types</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>All units</translation>
    </message>
    <message>
        <source>All staff</source>
        <translation>All staff</translation>
    </message>
</context>
<context>
    <name>PeriodPicker</name>
    <message>
        <source>Year %1</source>
        <translation>Year %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>Spring (Q1)</source>
        <translation>Spring (Q1)</translation>
    </message>
    <message>
        <source>Summer (Q2)</source>
        <translation>Summer (Q2)</translation>
    </message>
    <message>
        <source>Autumn (Q3)</source>
        <translation>Autumn (Q3)</translation>
    </message>
    <message>
        <source>Winter (Q4)</source>
        <translation>Winter (Q4)</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
</context>
</TS>
