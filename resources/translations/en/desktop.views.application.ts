<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Application</name>
    <message>
        <source>Pishkhan</source>
        <translation>Pishkhan</translation>
    </message>
    <message>
        <source>Preparing the demo dealership…</source>
        <translation>Preparing the demo dealership…</translation>
    </message>
</context>
</TS>
