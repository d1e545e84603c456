<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>CaseDetail</name>
    <message>
        <source>Take up</source>
        <translation>Take up</translation>
    </message>
    <message>
        <source>Escalate</source>
        <translation>Escalate</translation>
    </message>
    <message>
        <source>Take over (PIN)</source>
        <translation>Take over (PIN)</translation>
    </message>
    <message>
        <source>Refer to a unit</source>
        <translation>Refer to a unit</translation>
    </message>
    <message>
        <source>Record unit's answer</source>
        <translation>Record unit's answer</translation>
    </message>
    <message>
        <source>Respond to customer</source>
        <translation>Respond to customer</translation>
    </message>
    <message>
        <source>Wait on customer</source>
        <translation>Wait on customer</translation>
    </message>
    <message>
        <source>Customer replied</source>
        <translation>Customer replied</translation>
    </message>
    <message>
        <source>Happy call</source>
        <translation>Happy call</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <source>Reply letter</source>
        <translation>Reply letter</translation>
    </message>
    <message>
        <source>Correct details</source>
        <translation>Correct details</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Add note</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Hand back to the clerk</source>
        <translation>Hand back to the clerk</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>Handler</translation>
    </message>
    <message>
        <source>Type and category</source>
        <translation>Type and category</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Answer due</source>
        <translation>Answer due</translation>
    </message>
    <message>
        <source>Promised at registration</source>
        <translation>Promised at registration</translation>
    </message>
    <message>
        <source>Referring authority</source>
        <translation>Referring authority</translation>
    </message>
    <message>
        <source>Print the intake receipt</source>
        <translation>Print the intake receipt</translation>
    </message>
    <message>
        <source>Case history</source>
        <translation>Case history</translation>
    </message>
    <message>
        <source>Service receipt (job card)…</source>
        <translation>Service receipt (job card)…</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>Case %1</translation>
    </message>
    <message>
        <source>Counter %1</source>
        <translation>Counter %1</translation>
    </message>
    <message>
        <source>%1 · letter no. %2 of %3 · answer due by %4</source>
        <translation>%1 · letter no. %2 of %3 · answer due by %4</translation>
    </message>
    <message>
        <source>%1 has taken over at this counter; actions are recorded under their name.</source>
        <translation>%1 has taken over at this counter; actions are recorded under their name.</translation>
    </message>
    <message>
        <source>%1 summoned to counter %2 · waiting %3 (target %4)</source>
        <translation>%1 summoned to counter %2 · waiting %3 (target %4)</translation>
    </message>
    <message>
        <source>Not applied: the case had already moved on elsewhere.</source>
        <translation>Not applied: the case had already moved on elsewhere.</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Inquiry</source>
        <translation>Inquiry</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>How the customer was told</source>
        <translation>How the customer was told</translation>
    </message>
    <message>
        <source>What we wait for</source>
        <translation>What we wait for</translation>
    </message>
    <message>
        <source>Call result</source>
        <translation>Call result</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <source>sub-category %1</source>
        <translation>sub-category %1</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Letter number</source>
        <translation>Letter number</translation>
    </message>
    <message>
        <source>Letter date</source>
        <translation>Letter date</translation>
    </message>
    <message>
        <source>Text of the reply</source>
        <translation>Text of the reply</translation>
    </message>
    <message>
        <source>— choose when reached —</source>
        <translation>— choose when reached —</translation>
    </message>
    <message>
        <source>summoned to counter %1</source>
        <translation>summoned to counter %1</translation>
    </message>
    <message>
        <source>final decision</source>
        <translation>final decision</translation>
    </message>
    <message>
        <source>satisfaction %1 of 5</source>
        <translation>satisfaction %1 of 5</translation>
    </message>
    <message>
        <source>sent back to %1</source>
        <translation>sent back to %1</translation>
    </message>
</context>
</TS>
