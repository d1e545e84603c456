<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>CorrectDialog</name>
    <message>
        <source>Correct the case's details</source>
        <translation>Correct the case's details</translation>
    </message>
    <message>
        <source>The registration stays on record; the correction is added to the timeline with its reason, and the due time is counted again.</source>
        <translation>The registration stays on record; the correction is added to the timeline with its reason, and the due time is counted again.</translation>
    </message>
    <message>
        <source>Why the details were wrong</source>
        <translation>Why the details were wrong</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Sub-category</source>
        <translation>Sub-category</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Record the correction</source>
        <translation>Record the correction</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
</context>
</TS>
