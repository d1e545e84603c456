<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Errors</name>
    <message>
        <source>This cannot be changed here.</source>
        <translation>This cannot be changed here.</translation>
    </message>
    <message>
        <source>No such user.</source>
        <translation>No such user.</translation>
    </message>
    <message>
        <source>The linked item no longer exists.</source>
        <translation>The linked item no longer exists.</translation>
    </message>
    <message>
        <source>Every team member needs a name.</source>
        <translation>Every team member needs a name.</translation>
    </message>
    <message>
        <source>{name} is already on the team.</source>
        <translation>{name} is already on the team.</translation>
    </message>
    <message>
        <source>An improvement team has {minimum} to {maximum} people; this one has {count}.</source>
        <translation>An improvement team has {minimum} to {maximum} people; this one has {count}.</translation>
    </message>
    <message>
        <source>The owner must be a member of the team.</source>
        <translation>The owner must be a member of the team.</translation>
    </message>
    <message>
        <source>That date has already passed.</source>
        <translation>That date has already passed.</translation>
    </message>
    <message>
        <source>A diagram holds at most {maximum} causes.</source>
        <translation>A diagram holds at most {maximum} causes.</translation>
    </message>
    <message>
        <source>Causes go at most {maximum} levels deep.</source>
        <translation>Causes go at most {maximum} levels deep.</translation>
    </message>
    <message>
        <source>A sub-cause stays on its cause&apos;s branch; move the cause instead.</source>
        <translation>A sub-cause stays on its cause&apos;s branch; move the cause instead.</translation>
    </message>
    <message>
        <source>This failure mode was taken off the table; restore it first.</source>
        <translation>This failure mode was taken off the table; restore it first.</translation>
    </message>
    <message>
        <source>The action cannot move to that status from where it is.</source>
        <translation>The action cannot move to that status from where it is.</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>The period ends before it starts.</translation>
    </message>
    <message>
        <source>A period covers at most {maximum} years.</source>
        <translation>A period covers at most {maximum} years.</translation>
    </message>
    <message>
        <source>A month is from 1 to 12.</source>
        <translation>A month is from 1 to 12.</translation>
    </message>
    <message>
        <source>A quarter is from 1 to 4.</source>
        <translation>A quarter is from 1 to 4.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Effect</source>
        <translation>Effect</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Cause</translation>
    </message>
    <message>
        <source>Current controls</source>
        <translation>Current controls</translation>
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
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Branch</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Failure mode</source>
        <translation>Failure mode</translation>
    </message>
    <message>
        <source>Cause-and-effect diagram</source>
        <translation>Cause-and-effect diagram</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
</context>
</TS>
