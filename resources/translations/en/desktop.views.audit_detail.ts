<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AuditDetail</name>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Weight</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>Remark</translation>
    </message>
    <message>
        <source>Appeal</source>
        <translation>Appeal</translation>
    </message>
    <message>
        <source>Preview and print</source>
        <translation>Preview and print</translation>
    </message>
    <message>
        <source>Amend the selected answer…</source>
        <translation>Amend the selected answer…</translation>
    </message>
    <message>
        <source>Release to the dealership</source>
        <translation>Release to the dealership</translation>
    </message>
    <message>
        <source>Appeal the selected item…</source>
        <translation>Appeal the selected item…</translation>
    </message>
    <message>
        <source>Decide the appeal…</source>
        <translation>Decide the appeal…</translation>
    </message>
    <message>
        <source>(at release: %1)</source>
        <translation>(at release: %1)</translation>
    </message>
    <message>
        <source>Score: %1</source>
        <translation>Score: %1</translation>
    </message>
    <message>
        <source>Inspector %1</source>
        <translation>Inspector %1</translation>
    </message>
    <message>
        <source>Released to the dealership</source>
        <translation>Released to the dealership</translation>
    </message>
    <message>
        <source>Not released</source>
        <translation>Not released</translation>
    </message>
    <message>
        <source>%1 amendments</source>
        <translation>%1 amendments</translation>
    </message>
    <message>
        <source>Visit: %1, %2 to %3</source>
        <translation>Visit: %1, %2 to %3</translation>
    </message>
    <message>
        <source>Scenario: %1</source>
        <translation>Scenario: %1</translation>
    </message>
    <message>
        <source>Note for HQ: %1</source>
        <translation>Note for HQ: %1</translation>
    </message>
    <message>
        <source>Critical failures: %1</source>
        <translation>Critical failures: %1</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>not scored</translation>
    </message>
    <message>
        <source>struck out</source>
        <translation>struck out</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>Audits</source>
        <translation>Audits</translation>
    </message>
    <message>
        <source>Select an item in the table first.</source>
        <translation>Select an item in the table first.</translation>
    </message>
    <message>
        <source>The dealership will see this report, with the inspector only as a pseudonym, and may appeal its items. Release it?</source>
        <translation>The dealership will see this report, with the inspector only as a pseudonym, and may appeal its items. Release it?</translation>
    </message>
    <message>
        <source>Select an item whose appeal is waiting.</source>
        <translation>Select an item whose appeal is waiting.</translation>
    </message>
</context>
</TS>
