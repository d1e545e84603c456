<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>WalkinQueue</name>
    <message>
        <source>Walk-in queue</source>
        <translation>Walk-in queue</translation>
    </message>
    <message>
        <source>Call next</source>
        <translation>Call next</translation>
    </message>
    <message>
        <source>F2</source>
        <translation>F2</translation>
    </message>
    <message>
        <source>Call again</source>
        <translation>Call again</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>No-show</translation>
    </message>
    <message>
        <source>Issue a ticket</source>
        <translation>Issue a ticket</translation>
    </message>
    <message>
        <source>Serving ticket %1</source>
        <translation>Serving ticket %1</translation>
    </message>
    <message>
        <source>No ticket called</source>
        <translation>No ticket called</translation>
    </message>
    <message>
        <source>Ticket %1 · waiting %2</source>
        <translation>Ticket %1 · waiting %2</translation>
    </message>
    <message>
        <source>Waiting: %1 · served today: %2 · no-shows: %3</source>
        <translation>Waiting: %1 · served today: %2 · no-shows: %3</translation>
    </message>
    <message>
        <source>average wait %1</source>
        <translation>average wait %1</translation>
    </message>
    <message>
        <source>Ticket %1 issued.</source>
        <translation>Ticket %1 issued.</translation>
    </message>
</context>
</TS>
