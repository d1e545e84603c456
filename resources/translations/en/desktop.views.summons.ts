<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>SummonsAlert</name>
    <message>
        <source>Open the case</source>
        <translation>Open the case</translation>
    </message>
    <message>
        <source>You are called to counter %1</source>
        <translation>You are called to counter %1</translation>
    </message>
    <message>
        <source>Customer: %1 · Case %2 · %3</source>
        <translation>Customer: %1 · Case %2 · %3</translation>
    </message>
    <message>
        <source>%1 more waiting</source>
        <translation>%1 more waiting</translation>
    </message>
</context>
</TS>
