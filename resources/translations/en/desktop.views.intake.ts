<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>IntakeDialog</name>
    <message>
        <source>New case for %1</source>
        <translation>New case for %1</translation>
    </message>
    <message>
        <source>No vehicle</source>
        <translation>No vehicle</translation>
    </message>
    <message>
        <source>The customer's words</source>
        <translation>The customer's words</translation>
    </message>
    <message>
        <source>What the customer asks for (optional)</source>
        <translation>What the customer asks for (optional)</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>Vehicle</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
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
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Remedy asked for</source>
        <translation>Remedy asked for</translation>
    </message>
    <message>
        <source>Add file…</source>
        <translation>Add file…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Files</translation>
    </message>
    <message>
        <source>Answered on the spot (closes the case: resolved at first contact)</source>
        <translation>Answered on the spot (closes the case: resolved at first contact)</translation>
    </message>
    <message>
        <source>The answer given</source>
        <translation>The answer given</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation>Not asked</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>Customer's satisfaction</source>
        <translation>Customer's satisfaction</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Register the case</source>
        <translation>Register the case</translation>
    </message>
    <message>
        <source>Referring authority</source>
        <translation>Referring authority</translation>
    </message>
    <message>
        <source>e.g. the consumer protection organisation</source>
        <translation>e.g. the consumer protection organisation</translation>
    </message>
    <message>
        <source>of</source>
        <translation>of</translation>
    </message>
    <message>
        <source>Authority's name</source>
        <translation>Authority's name</translation>
    </message>
    <message>
        <source>Answer due by</source>
        <translation>Answer due by</translation>
    </message>
    <message>
        <source>Their letter number and date</source>
        <translation>Their letter number and date</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Print receipt</source>
        <translation>Print receipt</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Attach files</translation>
    </message>
    <message>
        <source>PDF and images (*.pdf *.jpg *.jpeg *.png *.webp *.heic)</source>
        <translation>PDF and images (*.pdf *.jpg *.jpeg *.png *.webp *.heic)</translation>
    </message>
    <message>
        <source>Answered and closed at first contact</source>
        <translation>Answered and closed at first contact</translation>
    </message>
    <message>
        <source>Case registered</source>
        <translation>Case registered</translation>
    </message>
    <message>
        <source>Read the tracking code out to the customer: it finds the case by phone too.</source>
        <translation>Read the tracking code out to the customer: it finds the case by phone too.</translation>
    </message>
</context>
</TS>
