<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AuditForm</name>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Note for HQ only (never shown to the dealership)</source>
        <translation>Note for HQ only (never shown to the dealership)</translation>
    </message>
    <message>
        <source>One long page</source>
        <translation>One long page</translation>
    </message>
    <message>
        <source>Show score</source>
        <translation>Show score</translation>
    </message>
    <message>
        <source>Scenario: %1</source>
        <translation>Scenario: %1</translation>
    </message>
    <message>
        <source>I left just now</source>
        <translation>I left just now</translation>
    </message>
    <message>
        <source>Visit date</source>
        <translation>Visit date</translation>
    </message>
    <message>
        <source>Entered at</source>
        <translation>Entered at</translation>
    </message>
    <message>
        <source>Left at</source>
        <translation>Left at</translation>
    </message>
    <message>
        <source>Previous section</source>
        <translation>Previous section</translation>
    </message>
    <message>
        <source>Next section</source>
        <translation>Next section</translation>
    </message>
    <message>
        <source>Close (kept as a draft)</source>
        <translation>Close (kept as a draft)</translation>
    </message>
    <message>
        <source>Finalise audit</source>
        <translation>Finalise audit</translation>
    </message>
    <message>
        <source>Hide score</source>
        <translation>Hide score</translation>
    </message>
    <message>
        <source>Score so far: %1</source>
        <translation>Score so far: %1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png *.webp *.heic)</source>
        <translation>Photos (*.jpg *.jpeg *.png *.webp *.heic)</translation>
    </message>
    <message>
        <source>Photos and PDF files (*.jpg *.jpeg *.png *.webp *.heic *.pdf)</source>
        <translation>Photos and PDF files (*.jpg *.jpeg *.png *.webp *.heic *.pdf)</translation>
    </message>
    <message>
        <source>Attach evidence</source>
        <translation>Attach evidence</translation>
    </message>
    <message>
        <source>After finalising, answers can only be corrected by a recorded amendment. Finalise now?</source>
        <translation>After finalising, answers can only be corrected by a recorded amendment. Finalise now?</translation>
    </message>
</context>
</TS>
