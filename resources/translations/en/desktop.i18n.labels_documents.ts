<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Labels</name>
    <message>
        <source>Labour</source>
        <translation>Labour</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Warranty</source>
        <translation>Warranty</translation>
    </message>
    <message>
        <source>Goodwill</source>
        <translation>Goodwill</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>A5 sheet</source>
        <translation>A5 sheet</translation>
    </message>
    <message>
        <source>80 mm thermal roll</source>
        <translation>80 mm thermal roll</translation>
    </message>
    <message>
        <source>No receipt printer</source>
        <translation>No receipt printer</translation>
    </message>
    <message>
        <source>Network (IP address)</source>
        <translation>Network (IP address)</translation>
    </message>
    <message>
        <source>USB (vendor and product ID)</source>
        <translation>USB (vendor and product ID)</translation>
    </message>
    <message>
        <source>Device or file path</source>
        <translation>Device or file path</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Document attached</source>
        <translation>Document attached</translation>
    </message>
    <message>
        <source>Answered at first contact</source>
        <translation>Answered at first contact</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Escalated</translation>
    </message>
    <message>
        <source>Superior arrived at the counter</source>
        <translation>Superior arrived at the counter</translation>
    </message>
    <message>
        <source>Referred to a unit</source>
        <translation>Referred to a unit</translation>
    </message>
    <message>
        <source>Unit answered</source>
        <translation>Unit answered</translation>
    </message>
    <message>
        <source>Response given</source>
        <translation>Response given</translation>
    </message>
    <message>
        <source>Customer informed</source>
        <translation>Customer informed</translation>
    </message>
    <message>
        <source>Satisfaction call</source>
        <translation>Satisfaction call</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Reopened</translation>
    </message>
</context>
</TS>
