<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>CalendarPage</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>Holiday</translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation>Working hours</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>For example %1; several spans joined by commas; empty: closed.</source>
        <translation>For example %1; several spans joined by commas; empty: closed.</translation>
    </message>
    <message>
        <source>Save working hours</source>
        <translation>Save working hours</translation>
    </message>
    <message>
        <source>Holidays</source>
        <translation>Holidays</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Add holiday</source>
        <translation>Add holiday</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>Remove selected</translation>
    </message>
    <message>
        <source>No holidays are entered for %1: service deadlines in that year count every working weekday. Enter the official holidays once they are announced.</source>
        <translation>No holidays are entered for %1: service deadlines in that year count every working weekday. Enter the official holidays once they are announced.</translation>
    </message>
</context>
<context>
    <name>LadderPage</name>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Minutes to reach the counter</source>
        <translation>Minutes to reach the counter</translation>
    </message>
    <message>
        <source>Use this ladder</source>
        <translation>Use this ladder</translation>
    </message>
    <message>
        <source>Ladder</source>
        <translation>Ladder</translation>
    </message>
    <message>
        <source>Roles who take this level</source>
        <translation>Roles who take this level</translation>
    </message>
    <message>
        <source>Save level</source>
        <translation>Save level</translation>
    </message>
</context>
<context>
    <name>SettingsCases</name>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
</context>
<context>
    <name>SlaPage</name>
    <message>
        <source>Case type</source>
        <translation>Case type</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Business hours</source>
        <translation>Business hours</translation>
    </message>
    <message>
        <source>Warn before (hours)</source>
        <translation>Warn before (hours)</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Any</translation>
    </message>
    <message>
        <source>Add policy</source>
        <translation>Add policy</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>Remove selected</translation>
    </message>
</context>
<context>
    <name>SubcategoriesPage</name>
    <message>
        <source>Persian name</source>
        <translation>Persian name</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>English name</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>The code is made from the English name and never changes: cases keep it. A retired sub-category stays on the cases that name it but is no longer offered.</source>
        <translation>The code is made from the English name and never changes: cases keep it. A retired sub-category stays on the cases that name it but is no longer offered.</translation>
    </message>
    <message>
        <source>Add sub-category</source>
        <translation>Add sub-category</translation>
    </message>
    <message>
        <source>Rename selected</source>
        <translation>Rename selected</translation>
    </message>
    <message>
        <source>Retire selected</source>
        <translation>Retire selected</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>In use</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Retired</translation>
    </message>
    <message>
        <source>Restore selected</source>
        <translation>Restore selected</translation>
    </message>
</context>
<context>
    <name>UnitsPage</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Persian name</source>
        <translation>Persian name</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>English name</translation>
    </message>
    <message>
        <source>Add unit</source>
        <translation>Add unit</translation>
    </message>
</context>
</TS>
