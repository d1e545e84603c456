<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Lock</name>
    <message>
        <source>Pishkhan</source>
        <translation>Pishkhan</translation>
    </message>
</context>
</TS>
