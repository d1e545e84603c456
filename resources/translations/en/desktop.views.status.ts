<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>SyncStatus</name>
    <message>
        <source>Working offline (no HQ connection set up)</source>
        <translation>Working offline (no HQ connection set up)</translation>
    </message>
    <message>
        <source>Changes waiting for HQ: %1</source>
        <translation>Changes waiting for HQ: %1</translation>
    </message>
</context>
</TS>
