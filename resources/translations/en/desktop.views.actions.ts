<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ActionDialog</name>
    <message>
        <source>Edit action</source>
        <translation>Edit action</translation>
    </message>
    <message>
        <source>New improvement action</source>
        <translation>New improvement action</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Name of an expert from outside (e.g. quality, production)</source>
        <translation>Name of an expert from outside (e.g. quality, production)</translation>
    </message>
    <message>
        <source>Add to the team</source>
        <translation>Add to the team</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>For failure mode</source>
        <translation>For failure mode</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>outside expert</source>
        <translation>outside expert</translation>
    </message>
    <message>
        <source>%1 people chosen (a team has %2 to %3)</source>
        <translation>%1 people chosen (a team has %2 to %3)</translation>
    </message>
</context>
<context>
    <name>ActionsModel</name>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Failure mode</source>
        <translation>Failure mode</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>overdue</translation>
    </message>
</context>
<context>
    <name>ActionsPage</name>
    <message>
        <source>Show finished and cancelled actions too</source>
        <translation>Show finished and cancelled actions too</translation>
    </message>
    <message>
        <source>New action…</source>
        <translation>New action…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Done…</source>
        <translation>Done…</translation>
    </message>
    <message>
        <source>Cancel the action</source>
        <translation>Cancel the action</translation>
    </message>
    <message>
        <source>Improvement actions</source>
        <translation>Improvement actions</translation>
    </message>
    <message>
        <source>Action done</source>
        <translation>Action done</translation>
    </message>
    <message>
        <source>What came of it? (what changed, by how much)</source>
        <translation>What came of it? (what changed, by how much)</translation>
    </message>
</context>
</TS>
