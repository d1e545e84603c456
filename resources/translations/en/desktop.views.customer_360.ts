<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Customer360</name>
    <message>
        <source>Back to lookup (Esc)</source>
        <translation>Back to lookup (Esc)</translation>
    </message>
    <message>
        <source>New case (Ctrl+R)</source>
        <translation>New case (Ctrl+R)</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Add vehicle</source>
        <translation>Add vehicle</translation>
    </message>
    <message>
        <source>Add document</source>
        <translation>Add document</translation>
    </message>
    <message>
        <source>Tracking code</source>
        <translation>Tracking code</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registered</translation>
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
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>Plate</translation>
    </message>
    <message>
        <source>VIN / chassis</source>
        <translation>VIN / chassis</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <source>Warranty until</source>
        <translation>Warranty until</translation>
    </message>
    <message>
        <source>Odometer</source>
        <translation>Odometer</translation>
    </message>
    <message>
        <source>Owners</source>
        <translation>Owners</translation>
    </message>
    <message>
        <source>Job card…</source>
        <translation>Job card…</translation>
    </message>
    <message>
        <source>Transfer to a new owner…</source>
        <translation>Transfer to a new owner…</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation>Vehicles</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Happy calls</source>
        <translation>Happy calls</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Contact: %1</source>
        <translation>Contact: %1</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>Phone: %1</translation>
    </message>
    <message>
        <source>%1 cases, %2 open</source>
        <translation>%1 cases, %2 open</translation>
    </message>
    <message>
        <source>%1 duplicate records merged into this one</source>
        <translation>%1 duplicate records merged into this one</translation>
    </message>
    <message>
        <source>(former)</source>
        <translation>(former)</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Customer record</source>
        <translation>Customer record</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Add a document</source>
        <translation>Add a document</translation>
    </message>
    <message>
        <source>PDF and images (*.pdf *.jpg *.jpeg *.png *.webp *.heic)</source>
        <translation>PDF and images (*.pdf *.jpg *.jpeg *.png *.webp *.heic)</translation>
    </message>
    <message>
        <source>Job card</source>
        <translation>Job card</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <source>Choose a vehicle first.</source>
        <translation>Choose a vehicle first.</translation>
    </message>
    <message>
        <source>The new owner</source>
        <translation>The new owner</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Save a copy</translation>
    </message>
</context>
</TS>
