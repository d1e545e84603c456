<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AccountPage</name>
    <message>
        <source>Current password</source>
        <translation>Current password</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>New password</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>New password again</translation>
    </message>
    <message>
        <source>New PIN (leave empty to keep)</source>
        <translation>New PIN (leave empty to keep)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
</context>
<context>
    <name>DealershipPage</name>
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
    <message>
        <source>Counters</source>
        <translation>Counters</translation>
    </message>
    <message>
        <source>Number of a new counter</source>
        <translation>Number of a new counter</translation>
    </message>
    <message>
        <source>Add counter</source>
        <translation>Add counter</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
</context>
<context>
    <name>GeneralPage</name>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minutes</translation>
    </message>
    <message>
        <source>Lock the screen after idle</source>
        <translation>Lock the screen after idle</translation>
    </message>
    <message>
        <source>Counters are public places: the screen locks itself when nobody uses it.</source>
        <translation>Counters are public places: the screen locks itself when nobody uses it.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
</context>
<context>
    <name>SettingsPages</name>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>My account</source>
        <translation>My account</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>Dealership</source>
        <translation>Dealership</translation>
    </message>
    <message>
        <source>Printers</source>
        <translation>Printers</translation>
    </message>
    <message>
        <source>Escalation ladder</source>
        <translation>Escalation ladder</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Units</translation>
    </message>
    <message>
        <source>Sub-categories</source>
        <translation>Sub-categories</translation>
    </message>
    <message>
        <source>Service levels</source>
        <translation>Service levels</translation>
    </message>
    <message>
        <source>Working week and holidays</source>
        <translation>Working week and holidays</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Connect to HQ</source>
        <translation>Connect to HQ</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <source>New user</source>
        <translation>New user</translation>
    </message>
    <message>
        <source>Change user</source>
        <translation>Change user</translation>
    </message>
    <message>
        <source>No unit</source>
        <translation>No unit</translation>
    </message>
    <message>
        <source>May sign in</source>
        <translation>May sign in</translation>
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
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>First password</source>
        <translation>First password</translation>
    </message>
    <message>
        <source>PIN (optional)</source>
        <translation>PIN (optional)</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Vehicle segments</source>
        <translation>Vehicle segments</translation>
    </message>
    <message>
        <source>No segment ticked: this person handles cases of every segment.</source>
        <translation>No segment ticked: this person handles cases of every segment.</translation>
    </message>
    <message>
        <source>HQ manages this account: change it at HQ (python -m sync.hq update-user); the change reaches this PC at the next sync.</source>
        <translation>HQ manages this account: change it at HQ (python -m sync.hq update-user); the change reaches this PC at the next sync.</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Vehicle segments</source>
        <translation>Vehicle segments</translation>
    </message>
    <message>
        <source>Change user…</source>
        <translation>Change user…</translation>
    </message>
    <message>
        <source>Add user…</source>
        <translation>Add user…</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>(disabled)</source>
        <translation>(disabled)</translation>
    </message>
</context>
</TS>
