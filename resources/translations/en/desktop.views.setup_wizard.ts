<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AdminPage</name>
    <message>
        <source>The first administrator</source>
        <translation>The first administrator</translation>
    </message>
    <message>
        <source>This account adds the other users (clerks, supervisors, managers) afterwards.</source>
        <translation>This account adds the other users (clerks, supervisors, managers) afterwards.</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Password again</translation>
    </message>
    <message>
        <source>PIN (optional, 4 to 8 digits)</source>
        <translation>PIN (optional, 4 to 8 digits)</translation>
    </message>
    <message>
        <source>The PIN lets you take over a case at someone else&apos;s counter.</source>
        <translation>The PIN lets you take over a case at someone else&apos;s counter.</translation>
    </message>
</context>
<context>
    <name>DealershipPage</name>
    <message>
        <source>Your dealership</source>
        <translation>Your dealership</translation>
    </message>
    <message>
        <source>As it should appear on receipts and letters. The code is the one HQ gave you.</source>
        <translation>As it should appear on receipts and letters. The code is the one HQ gave you.</translation>
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
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Pishkhan set-up</source>
        <translation>Pishkhan set-up</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Create</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Pishkhan</source>
        <translation>Welcome to Pishkhan</translation>
    </message>
    <message>
        <source>Set up this counter PC for your dealership. It takes a minute; it works without a network.</source>
        <translation>Set up this counter PC for your dealership. It takes a minute; it works without a network.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
</context>
</TS>
