<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>TakeoverDialog</name>
    <message>
        <source>Take the case over</source>
        <translation>Take the case over</translation>
    </message>
    <message>
        <source>The person summoned takes the case over here, at this counter, with their PIN. The clerk stays signed in.</source>
        <translation>The person summoned takes the case over here, at this counter, with their PIN. The clerk stays signed in.</translation>
    </message>
    <message>
        <source>Who arrived</source>
        <translation>Who arrived</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Take over</source>
        <translation>Take over</translation>
    </message>
    <message>
        <source>Nobody with a PIN may answer this summons.</source>
        <translation>Nobody with a PIN may answer this summons.</translation>
    </message>
    <message>
        <source>Choose who arrived and type their PIN.</source>
        <translation>Choose who arrived and type their PIN.</translation>
    </message>
    <message>
        <source>%1 tries left.</source>
        <translation>%1 tries left.</translation>
    </message>
</context>
</TS>
