<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>CustomerPicker</name>
    <message>
        <source>Name, national ID, mobile, VIN or plate</source>
        <translation>Name, national ID, mobile, VIN or plate</translation>
    </message>
    <message>
        <source>No customer found.</source>
        <translation>No customer found.</translation>
    </message>
</context>
<context>
    <name>ResultsTable</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>National ID</source>
        <translation>National ID</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation>Vehicles</translation>
    </message>
</context>
</TS>
