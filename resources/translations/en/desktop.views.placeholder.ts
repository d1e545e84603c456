<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AuditsComing</name>
    <message>
        <source>Audits</source>
        <translation>Audits</translation>
    </message>
    <message>
        <source>Mystery-shopper audits are not built yet.</source>
        <translation>Mystery-shopper audits are not built yet.</translation>
    </message>
</context>
<context>
    <name>CasesComing</name>
    <message>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>Case handling and escalation are not built yet.</source>
        <translation>Case handling and escalation are not built yet.</translation>
    </message>
</context>
<context>
    <name>CounterComing</name>
    <message>
        <source>Counter</source>
        <translation>Counter</translation>
    </message>
    <message>
        <source>Customer lookup and walk-in intake are not built yet.</source>
        <translation>Customer lookup and walk-in intake are not built yet.</translation>
    </message>
</context>
<context>
    <name>CustomersComing</name>
    <message>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <source>Customer records are not built yet.</source>
        <translation>Customer records are not built yet.</translation>
    </message>
</context>
<context>
    <name>ReportsComing</name>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Figures, charts and management reports are not built yet.</source>
        <translation>Figures, charts and management reports are not built yet.</translation>
    </message>
</context>
</TS>
