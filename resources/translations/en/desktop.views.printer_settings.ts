<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>PrintersPage</name>
    <message>
        <source>Intake receipt</source>
        <translation>Intake receipt</translation>
    </message>
    <message>
        <source>Empty: the dealership&apos;s phone number</source>
        <translation>Empty: the dealership&apos;s phone number</translation>
    </message>
    <message>
        <source>How customers follow up</source>
        <translation>How customers follow up</translation>
    </message>
    <message>
        <source>Receipt printer</source>
        <translation>Receipt printer</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Vendor</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>USB IDs</source>
        <translation>USB IDs</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Device or file</source>
        <translation>Device or file</translation>
    </message>
    <message>
        <source>{dots} dots ({paper} mm paper)</source>
        <translation>{dots} dots ({paper} mm paper)</translation>
    </message>
    <message>
        <source>Print width</source>
        <translation>Print width</translation>
    </message>
    <message>
        <source>VAT on service bills</source>
        <translation>VAT on service bills</translation>
    </message>
    <message>
        <source>Thermal printers print the receipt as a picture, so Persian always prints right. A bill keeps the VAT rate of the day it was issued.</source>
        <translation>Thermal printers print the receipt as a picture, so Persian always prints right. A bill keeps the VAT rate of the day it was issued.</translation>
    </message>
    <message>
        <source>Test print</source>
        <translation>Test print</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Printer device or file</source>
        <translation>Printer device or file</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Sending a test receipt…</source>
        <translation>Sending a test receipt…</translation>
    </message>
    <message>
        <source>If you can read this receipt, the printer works. It is not a real case.</source>
        <translation>If you can read this receipt, the printer works. It is not a real case.</translation>
    </message>
    <message>
        <source>The test receipt was sent to the printer.</source>
        <translation>The test receipt was sent to the printer.</translation>
    </message>
</context>
</TS>
