<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Documents</name>
    <message>
        <source>the system</source>
        <translation>the system</translation>
    </message>
    <message>
        <source>counter {counter}</source>
        <translation>counter {counter}</translation>
    </message>
    <message>
        <source>satisfaction {score} of 5</source>
        <translation>satisfaction {score} of 5</translation>
    </message>
    <message>
        <source>to {level}</source>
        <translation>to {level}</translation>
    </message>
    <message>
        <source>letter no. {number} of {date}</source>
        <translation>letter no. {number} of {date}</translation>
    </message>
    <message>
        <source>due {when}</source>
        <translation>due {when}</translation>
    </message>
</context>
</TS>
