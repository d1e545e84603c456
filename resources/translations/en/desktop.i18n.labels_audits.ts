<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Labels</name>
    <message>
        <source>Yes / no</source>
        <translation>Yes / no</translation>
    </message>
    <message>
        <source>Score 1 to 5</source>
        <translation>Score 1 to 5</translation>
    </message>
    <message>
        <source>Single choice</source>
        <translation>Single choice</translation>
    </message>
    <message>
        <source>Multiple choice</source>
        <translation>Multiple choice</translation>
    </message>
    <message>
        <source>Whole number</source>
        <translation>Whole number</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation>Time of day</translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation>Duration in minutes</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Not applicable</translation>
    </message>
    <message>
        <source>To visit</source>
        <translation>To visit</translation>
    </message>
    <message>
        <source>Being filled</source>
        <translation>Being filled</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Waiting for HQ</source>
        <translation>Waiting for HQ</translation>
    </message>
    <message>
        <source>Upheld</source>
        <translation>Upheld</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Caps its section</source>
        <translation>Caps its section</translation>
    </message>
    <message>
        <source>Caps the whole audit</source>
        <translation>Caps the whole audit</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Not answered</translation>
    </message>
    <message>
        <source>Outside what is allowed</source>
        <translation>Outside what is allowed</translation>
    </message>
</context>
</TS>
