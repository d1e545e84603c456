<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AuditPrint</name>
    <message>
        <source>Dealer network inspection unit</source>
        <translation>Dealer network inspection unit</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Finalised</source>
        <translation>Finalised</translation>
    </message>
    <message>
        <source>Released to the dealership</source>
        <translation>Released to the dealership</translation>
    </message>
    <message>
        <source>Inspector {code}</source>
        <translation>Inspector {code}</translation>
    </message>
    <message>
        <source>struck out after an upheld appeal</source>
        <translation>struck out after an upheld appeal</translation>
    </message>
</context>
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
