<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Dashboard</name>
    <message>
        <source>Figures</source>
        <translation>Figures</translation>
    </message>
    <message>
        <source>Counters and summons</source>
        <translation>Counters and summons</translation>
    </message>
    <message>
        <source>My day</source>
        <translation>My day</translation>
    </message>
    <message>
        <source>There is no dashboard for your role.</source>
        <translation>There is no dashboard for your role.</translation>
    </message>
    <message>
        <source>The holidays of %1 are not entered, so due times may fall on them (Settings → Working week and holidays).</source>
        <translation>The holidays of %1 are not entered, so due times may fall on them (Settings → Working week and holidays).</translation>
    </message>
</context>
</TS>
