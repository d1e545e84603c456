<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>FailureModeDialog</name>
    <message>
        <source>Edit failure mode</source>
        <translation>Edit failure mode</translation>
    </message>
    <message>
        <source>New failure mode</source>
        <translation>New failure mode</translation>
    </message>
    <message>
        <source>Use it</source>
        <translation>Use it</translation>
    </message>
    <message>
        <source>Failure mode</source>
        <translation>Failure mode</translation>
    </message>
    <message>
        <source>Complaint category</source>
        <translation>Complaint category</translation>
    </message>
    <message>
        <source>Sub-category</source>
        <translation>Sub-category</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>Root cause</translation>
    </message>
    <message>
        <source>Effect on the customer</source>
        <translation>Effect on the customer</translation>
    </message>
    <message>
        <source>Current controls</source>
        <translation>Current controls</translation>
    </message>
    <message>
        <source>Severity (1 = hardly noticed, 10 = unsafe or unlawful)</source>
        <translation>Severity (1 = hardly noticed, 10 = unsafe or unlawful)</translation>
    </message>
    <message>
        <source>Occurrence (1 = almost never, 10 = all the time)</source>
        <translation>Occurrence (1 = almost never, 10 = all the time)</translation>
    </message>
    <message>
        <source>Detection (1 = always caught in time, 10 = never)</source>
        <translation>Detection (1 = always caught in time, 10 = never)</translation>
    </message>
    <message>
        <source>Risk priority number</source>
        <translation>Risk priority number</translation>
    </message>
    <message>
        <source>(the whole category)</source>
        <translation>(the whole category)</translation>
    </message>
    <message>
        <source>Suggested from the cases: </source>
        <translation>Suggested from the cases: </translation>
    </message>
</context>
<context>
    <name>FmeaModel</name>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Failure mode</source>
        <translation>Failure mode</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>Root cause</translation>
    </message>
    <message>
        <source>Effect on the customer</source>
        <translation>Effect on the customer</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Occurrence</source>
        <translation>Occurrence</translation>
    </message>
    <message>
        <source>Detection</source>
        <translation>Detection</translation>
    </message>
    <message>
        <source>RPN</source>
        <translation>RPN</translation>
    </message>
    <message>
        <source>Suggested occurrence</source>
        <translation>Suggested occurrence</translation>
    </message>
    <message>
        <source>Open actions</source>
        <translation>Open actions</translation>
    </message>
    <message>
        <source>Severity 9 or 10: act on it whatever the RPN.</source>
        <translation>Severity 9 or 10: act on it whatever the RPN.</translation>
    </message>
</context>
<context>
    <name>FmeaPage</name>
    <message>
        <source>%1 complaints in %2 cases over the last %3 days (%4 per thousand): rating %5</source>
        <translation>%1 complaints in %2 cases over the last %3 days (%4 per thousand): rating %5</translation>
    </message>
    <message>
        <source>Root causes of dissatisfaction, ranked by risk priority number (RPN = severity × occurrence × detection). Work on the top of the table first.</source>
        <translation>Root causes of dissatisfaction, ranked by risk priority number (RPN = severity × occurrence × detection). Work on the top of the table first.</translation>
    </message>
    <message>
        <source>No failure modes yet. Add the first root cause your team found.</source>
        <translation>No failure modes yet. Add the first root cause your team found.</translation>
    </message>
    <message>
        <source>Add failure mode…</source>
        <translation>Add failure mode…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Use suggested occurrence</source>
        <translation>Use suggested occurrence</translation>
    </message>
    <message>
        <source>Take off the table</source>
        <translation>Take off the table</translation>
    </message>
    <message>
        <source>Plan an action…</source>
        <translation>Plan an action…</translation>
    </message>
    <message>
        <source>Cause-and-effect diagram</source>
        <translation>Cause-and-effect diagram</translation>
    </message>
    <message>
        <source>FMEA</source>
        <translation>FMEA</translation>
    </message>
</context>
</TS>
