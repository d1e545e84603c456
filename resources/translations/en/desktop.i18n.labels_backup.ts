<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Labels</name>
    <message>
        <source>Daily (automatic)</source>
        <translation>Daily (automatic)</translation>
    </message>
    <message>
        <source>Made by hand</source>
        <translation>Made by hand</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation>Before an upgrade</translation>
    </message>
</context>
</TS>
