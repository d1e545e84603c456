<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>DiagramDialog</name>
    <message>
        <source>Cause-and-effect diagram</source>
        <translation>Cause-and-effect diagram</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Problem (the effect)</source>
        <translation>Problem (the effect)</translation>
    </message>
    <message>
        <source>Complaint category</source>
        <translation>Complaint category</translation>
    </message>
    <message>
        <source>Failure mode</source>
        <translation>Failure mode</translation>
    </message>
</context>
<context>
    <name>FishbonePage</name>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>New diagram…</source>
        <translation>New diagram…</translation>
    </message>
    <message>
        <source>Edit the problem…</source>
        <translation>Edit the problem…</translation>
    </message>
    <message>
        <source>No diagram yet. Start one for a problem your customers keep raising.</source>
        <translation>No diagram yet. Start one for a problem your customers keep raising.</translation>
    </message>
    <message>
        <source>Add cause…</source>
        <translation>Add cause…</translation>
    </message>
    <message>
        <source>Add sub-cause…</source>
        <translation>Add sub-cause…</translation>
    </message>
    <message>
        <source>Reword…</source>
        <translation>Reword…</translation>
    </message>
    <message>
        <source>Move to branch…</source>
        <translation>Move to branch…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Save as PNG…</source>
        <translation>Save as PNG…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Cause</translation>
    </message>
    <message>
        <source>Add cause</source>
        <translation>Add cause</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Branch</translation>
    </message>
    <message>
        <source>Add cause: %1</source>
        <translation>Add cause: %1</translation>
    </message>
    <message>
        <source>Why? A cause of “%1”</source>
        <translation>Why? A cause of “%1”</translation>
    </message>
    <message>
        <source>Reword the cause</source>
        <translation>Reword the cause</translation>
    </message>
    <message>
        <source>Cause and effect: %1</source>
        <translation>Cause and effect: %1</translation>
    </message>
    <message>
        <source>Save diagram</source>
        <translation>Save diagram</translation>
    </message>
</context>
</TS>
