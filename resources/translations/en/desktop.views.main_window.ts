<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>HeaderBar</name>
    <message>
        <source>Pishkhan</source>
        <translation>Pishkhan</translation>
    </message>
    <message>
        <source>Counter %1</source>
        <translation>Counter %1</translation>
    </message>
    <message>
        <source>About</source>
        <translation>About</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Lock</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <source>About Pishkhan</source>
        <translation>About Pishkhan</translation>
    </message>
    <message>
        <source>Pishkhan %1
The counter: customer relations for car dealerships.</source>
        <translation>Pishkhan %1
The counter: customer relations for car dealerships.</translation>
    </message>
    <message>
        <source>Font: Vazirmatn, SIL Open Font License 1.1.</source>
        <translation>Font: Vazirmatn, SIL Open Font License 1.1.</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <source>Pishkhan</source>
        <translation>Pishkhan</translation>
    </message>
</context>
</TS>
