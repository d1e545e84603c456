<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Dashboard</name>
    <message>
        <source>My day</source>
        <translation>My day</translation>
    </message>
    <message>
        <source>Cases I registered today</source>
        <translation>Cases I registered today</translation>
    </message>
    <message>
        <source>Solved on the spot</source>
        <translation>Solved on the spot</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Escalated</translation>
    </message>
    <message>
        <source>Open cases in my hands</source>
        <translation>Open cases in my hands</translation>
    </message>
    <message>
        <source>Of them past their due time</source>
        <translation>Of them past their due time</translation>
    </message>
    <message>
        <source>Walk-in tickets I served</source>
        <translation>Walk-in tickets I served</translation>
    </message>
    <message>
        <source>Happy calls waiting</source>
        <translation>Happy calls waiting</translation>
    </message>
    <message>
        <source>Improvement actions I am on</source>
        <translation>Improvement actions I am on</translation>
    </message>
    <message>
        <source>Counters and summons</source>
        <translation>Counters and summons</translation>
    </message>
    <message>
        <source>Summonses not answered yet</source>
        <translation>Summonses not answered yet</translation>
    </message>
    <message>
        <source>Tickets waiting</source>
        <translation>Tickets waiting</translation>
    </message>
    <message>
        <source>Open cases past their due time</source>
        <translation>Open cases past their due time</translation>
    </message>
    <message>
        <source>Arrival after a summons today (median)</source>
        <translation>Arrival after a summons today (median)</translation>
    </message>
    <message>
        <source>Summoned to the counter</source>
        <translation>Summoned to the counter</translation>
    </message>
    <message>
        <source>Tracking code</source>
        <translation>Tracking code</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>Counter</translation>
    </message>
    <message>
        <source>Summoned at</source>
        <translation>Summoned at</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>No summons is waiting for an answer.</source>
        <translation>No summons is waiting for an answer.</translation>
    </message>
    <message>
        <source>Counters today</source>
        <translation>Counters today</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>At the counter now</source>
        <translation>At the counter now</translation>
    </message>
    <message>
        <source>No counter has worked today.</source>
        <translation>No counter has worked today.</translation>
    </message>
</context>
</TS>
