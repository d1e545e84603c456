<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>QuestionCard</name>
    <message>
        <source>Critical</source>
        <translation>Critical</translation>
    </message>
    <message>
        <source>Attach photo…</source>
        <translation>Attach photo…</translation>
    </message>
    <message>
        <source>Attach file…</source>
        <translation>Attach file…</translation>
    </message>
    <message>
        <source>Evidence…</source>
        <translation>Evidence…</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>Remark</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>What you saw (goes into the report)</source>
        <translation>What you saw (goes into the report)</translation>
    </message>
    <message>
        <source>Remove this attachment</source>
        <translation>Remove this attachment</translation>
    </message>
</context>
<context>
    <name>TypedInput</name>
    <message>
        <source>minutes</source>
        <translation>minutes</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Now</translation>
    </message>
</context>
</TS>
