<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Documents</name>
    <message>
        <source>counter {counter}</source>
        <translation>counter {counter}</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>Vehicle</translation>
    </message>
    <message>
        <source>VIN</source>
        <translation>VIN</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>Received by</translation>
    </message>
    <message>
        <source>We will answer you by {when}.</source>
        <translation>We will answer you by {when}.</translation>
    </message>
    <message>
        <source>To follow up, quote your tracking code at any counter or call {how}. Keep this receipt until your case is closed.</source>
        <translation>To follow up, quote your tracking code at any counter or call {how}. Keep this receipt until your case is closed.</translation>
    </message>
    <message>
        <source>To follow up, quote your tracking code at any counter. Keep this receipt until your case is closed.</source>
        <translation>To follow up, quote your tracking code at any counter. Keep this receipt until your case is closed.</translation>
    </message>
    <message>
        <source>Tracking code</source>
        <translation>Tracking code</translation>
    </message>
    <message>
        <source>Scan the code or read it out</source>
        <translation>Scan the code or read it out</translation>
    </message>
    <message>
        <source>Case receipt</source>
        <translation>Case receipt</translation>
    </message>
    <message>
        <source>In your words</source>
        <translation>In your words</translation>
    </message>
</context>
</TS>
