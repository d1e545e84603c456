<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>CasesScreen</name>
    <message>
        <source>Tracking code</source>
        <translation>Tracking code</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Any status</translation>
    </message>
    <message>
        <source>Any type</source>
        <translation>Any type</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>Any category</translation>
    </message>
    <message>
        <source>Any priority</source>
        <translation>Any priority</translation>
    </message>
    <message>
        <source>Any segment</source>
        <translation>Any segment</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>No cases in this queue.</source>
        <translation>No cases in this queue.</translation>
    </message>
    <message>
        <source>%1 cases shown; scroll for more.</source>
        <translation>%1 cases shown; scroll for more.</translation>
    </message>
    <message>
        <source>%1 cases.</source>
        <translation>%1 cases.</translation>
    </message>
</context>
</TS>
