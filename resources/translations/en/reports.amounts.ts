<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Documents</name>
    <message>
        <source>Rials</source>
        <translation>Rials</translation>
    </message>
    <message>
        <source>Toman</source>
        <translation>Toman</translation>
    </message>
    <message>
        <source>rials</source>
        <translation>rials</translation>
    </message>
</context>
</TS>
