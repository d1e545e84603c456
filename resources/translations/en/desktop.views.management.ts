<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ManagementPage</name>
    <message>
        <source>The management report: headline figures against the previous period, charts, the top causes of complaints, the FMEA table's ten highest risks, open improvement actions and, for those who may see them, audit results; a glossary defines every figure.</source>
        <translation>The management report: headline figures against the previous period, charts, the top causes of complaints, the FMEA table's ten highest risks, open improvement actions and, for those who may see them, audit results; a glossary defines every figure.</translation>
    </message>
    <message>
        <source>All dealerships</source>
        <translation>All dealerships</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Dealership</source>
        <translation>Dealership</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Make the report (PDF)…</source>
        <translation>Make the report (PDF)…</translation>
    </message>
    <message>
        <source>Open it</source>
        <translation>Open it</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Save the report</translation>
    </message>
    <message>
        <source>Making the report…</source>
        <translation>Making the report…</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>The file could not be written: %1</translation>
    </message>
</context>
</TS>
