<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Errors</name>
    <message>
        <source>The attached file was not saved; attach it again.</source>
        <translation>The attached file was not saved; attach it again.</translation>
    </message>
    <message>
        <source>The due date is before the letter's date.</source>
        <translation>The due date is before the letter's date.</translation>
    </message>
    <message>
        <source>This tracking code has a typing error: its last character does not match. Check it on the receipt.</source>
        <translation>This tracking code has a typing error: its last character does not match. Check it on the receipt.</translation>
    </message>
    <message>
        <source>Type working hours as 08:00-16:00 (several with commas).</source>
        <translation>Type working hours as 08:00-16:00 (several with commas).</translation>
    </message>
    <message>
        <source>Working hours must end after they start.</source>
        <translation>Working hours must end after they start.</translation>
    </message>
    <message>
        <source>Two spans of working hours overlap.</source>
        <translation>Two spans of working hours overlap.</translation>
    </message>
    <message>
        <source>The week needs at least one working day.</source>
        <translation>The week needs at least one working day.</translation>
    </message>
    <message>
        <source>The warning must come before the due time.</source>
        <translation>The warning must come before the due time.</translation>
    </message>
    <message>
        <source>A unit code has Latin letters, digits and underscores, e.g. paint_shop.</source>
        <translation>A unit code has Latin letters, digits and underscores, e.g. paint_shop.</translation>
    </message>
    <message>
        <source>This case belongs to a vehicle segment that this person does not handle.</source>
        <translation>This case belongs to a vehicle segment that this person does not handle.</translation>
    </message>
    <message>
        <source>This person cannot handle cases.</source>
        <translation>This person cannot handle cases.</translation>
    </message>
    <message>
        <source>This case is already registered.</source>
        <translation>This case is already registered.</translation>
    </message>
    <message>
        <source>This case has not reached this computer yet.</source>
        <translation>This case has not reached this computer yet.</translation>
    </message>
    <message>
        <source>This version of Pishkhan does not know that step.</source>
        <translation>This version of Pishkhan does not know that step.</translation>
    </message>
    <message>
        <source>Only a case still with the first person the customer met can be answered on the spot.</source>
        <translation>Only a case still with the first person the customer met can be answered on the spot.</translation>
    </message>
    <message>
        <source>The case is closed; reopen it first.</source>
        <translation>The case is closed; reopen it first.</translation>
    </message>
    <message>
        <source>The case is already closed.</source>
        <translation>The case is already closed.</translation>
    </message>
    <message>
        <source>Only a closed case can be reopened.</source>
        <translation>Only a closed case can be reopened.</translation>
    </message>
    <message>
        <source>The customer has already been answered; it can no longer be escalated.</source>
        <translation>The customer has already been answered; it can no longer be escalated.</translation>
    </message>
    <message>
        <source>The case is waiting on the customer; record their reply first.</source>
        <translation>The case is waiting on the customer; record their reply first.</translation>
    </message>
    <message>
        <source>Someone else has just escalated this case.</source>
        <translation>Someone else has just escalated this case.</translation>
    </message>
    <message>
        <source>A superior has been called to the counter; wait until they take the case over.</source>
        <translation>A superior has been called to the counter; wait until they take the case over.</translation>
    </message>
    <message>
        <source>The top level has decided; that decision is final.</source>
        <translation>The top level has decided; that decision is final.</translation>
    </message>
    <message>
        <source>The customer is not at a counter.</source>
        <translation>The customer is not at a counter.</translation>
    </message>
    <message>
        <source>Nobody has been called to the counter for this case.</source>
        <translation>Nobody has been called to the counter for this case.</translation>
    </message>
    <message>
        <source>The case has been escalated above your level; the person summoned decides now.</source>
        <translation>The case has been escalated above your level; the person summoned decides now.</translation>
    </message>
    <message>
        <source>This is the top of the ladder: there is nobody higher to escalate to.</source>
        <translation>This is the top of the ladder: there is nobody higher to escalate to.</translation>
    </message>
    <message>
        <source>A case in this state cannot be referred to a unit.</source>
        <translation>A case in this state cannot be referred to a unit.</translation>
    </message>
    <message>
        <source>This was already recorded.</source>
        <translation>This was already recorded.</translation>
    </message>
    <message>
        <source>That inquiry has already been answered or withdrawn.</source>
        <translation>That inquiry has already been answered or withdrawn.</translation>
    </message>
    <message>
        <source>Some units have not answered yet; record their answers first.</source>
        <translation>Some units have not answered yet; record their answers first.</translation>
    </message>
    <message>
        <source>The case is not waiting on the customer.</source>
        <translation>The case is not waiting on the customer.</translation>
    </message>
    <message>
        <source>This case has no satisfaction call due.</source>
        <translation>This case has no satisfaction call due.</translation>
    </message>
    <message>
        <source>Give the customer the answer first; only a withdrawal closes an unanswered case.</source>
        <translation>Give the customer the answer first; only a withdrawal closes an unanswered case.</translation>
    </message>
    <message>
        <source>An authority's case closes only after the formal reply letter is recorded.</source>
        <translation>An authority's case closes only after the formal reply letter is recorded.</translation>
    </message>
    <message>
        <source>Only cases referred by an authority take a reply letter.</source>
        <translation>Only cases referred by an authority take a reply letter.</translation>
    </message>
    <message>
        <source>The case is not past its due time.</source>
        <translation>The case is not past its due time.</translation>
    </message>
    <message>
        <source>You are already handling this case.</source>
        <translation>You are already handling this case.</translation>
    </message>
    <message>
        <source>Nothing was changed: choose the corrected values.</source>
        <translation>Nothing was changed: choose the corrected values.</translation>
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
        <source>Customer's reply</source>
        <translation>Customer's reply</translation>
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
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Reply letter number</source>
        <translation>Reply letter number</translation>
    </message>
    <message>
        <source>Reply letter date</source>
        <translation>Reply letter date</translation>
    </message>
    <message>
        <source>Reply letter text</source>
        <translation>Reply letter text</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>Handler</translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation>Working hours</translation>
    </message>
    <message>
        <source>Holiday date</source>
        <translation>Holiday date</translation>
    </message>
    <message>
        <source>Holiday name</source>
        <translation>Holiday name</translation>
    </message>
    <message>
        <source>Unit code</source>
        <translation>Unit code</translation>
    </message>
    <message>
        <source>Unit name</source>
        <translation>Unit name</translation>
    </message>
    <message>
        <source>Business hours allowed</source>
        <translation>Business hours allowed</translation>
    </message>
    <message>
        <source>Warn hours before</source>
        <translation>Warn hours before</translation>
    </message>
    <message>
        <source>Roles of the level</source>
        <translation>Roles of the level</translation>
    </message>
    <message>
        <source>Minutes to reach the counter</source>
        <translation>Minutes to reach the counter</translation>
    </message>
    <message>
        <source>Ladder</source>
        <translation>Ladder</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Case type</source>
        <translation>Case type</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>Vehicle segment</source>
        <translation>Vehicle segment</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Referring authority</source>
        <translation>Referring authority</translation>
    </message>
    <message>
        <source>Authority's name</source>
        <translation>Authority's name</translation>
    </message>
    <message>
        <source>Authority's letter number</source>
        <translation>Authority's letter number</translation>
    </message>
    <message>
        <source>Authority's letter date</source>
        <translation>Authority's letter date</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Case details</source>
        <translation>Case details</translation>
    </message>
</context>
</TS>
