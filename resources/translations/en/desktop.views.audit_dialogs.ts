<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AmendDialog</name>
    <message>
        <source>Amend an answer</source>
        <translation>Amend an answer</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Recorded answer</source>
        <translation>Recorded answer</translation>
    </message>
    <message>
        <source>Corrected answer</source>
        <translation>Corrected answer</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>The original answer stays on record beside the amendment.</source>
        <translation>The original answer stays on record beside the amendment.</translation>
    </message>
</context>
<context>
    <name>DecideDialog</name>
    <message>
        <source>Decide an appeal</source>
        <translation>Decide an appeal</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Inspector&apos;s answer</source>
        <translation>Inspector&apos;s answer</translation>
    </message>
    <message>
        <source>Dealership&apos;s reason</source>
        <translation>Dealership&apos;s reason</translation>
    </message>
    <message>
        <source>Uphold: the finding was wrong</source>
        <translation>Uphold: the finding was wrong</translation>
    </message>
    <message>
        <source>Reject: the finding stands</source>
        <translation>Reject: the finding stands</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Set the right answer (otherwise the item is struck out of the score)</source>
        <translation>Set the right answer (otherwise the item is struck out of the score)</translation>
    </message>
    <message>
        <source>Right answer</source>
        <translation>Right answer</translation>
    </message>
    <message>
        <source>Reason for the decision</source>
        <translation>Reason for the decision</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Appeal an item</source>
        <translation>Appeal an item</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Inspector&apos;s answer</source>
        <translation>Inspector&apos;s answer</translation>
    </message>
    <message>
        <source>Why the finding is wrong, and what shows it</source>
        <translation>Why the finding is wrong, and what shows it</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <source>Assign a visit</source>
        <translation>Assign a visit</translation>
    </message>
    <message>
        <source>Unplanned visit</source>
        <translation>Unplanned visit</translation>
    </message>
    <message>
        <source>Leave empty to use the form&apos;s scenario</source>
        <translation>Leave empty to use the form&apos;s scenario</translation>
    </message>
    <message>
        <source>Dealership code</source>
        <translation>Dealership code</translation>
    </message>
    <message>
        <source>Dealership name</source>
        <translation>Dealership name</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Inspector</translation>
    </message>
    <message>
        <source>Visit from</source>
        <translation>Visit from</translation>
    </message>
    <message>
        <source>Visit until</source>
        <translation>Visit until</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
</context>
</TS>
