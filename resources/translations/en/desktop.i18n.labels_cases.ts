<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Labels</name>
    <message>
        <source>Handler assigned</source>
        <translation>Handler assigned</translation>
    </message>
    <message>
        <source>Waiting on the customer</source>
        <translation>Waiting on the customer</translation>
    </message>
    <message>
        <source>Customer replied</source>
        <translation>Customer replied</translation>
    </message>
    <message>
        <source>Reply letter to the authority recorded</source>
        <translation>Reply letter to the authority recorded</translation>
    </message>
    <message>
        <source>Details corrected</source>
        <translation>Details corrected</translation>
    </message>
    <message>
        <source>Past the due time at the top level</source>
        <translation>Past the due time at the top level</translation>
    </message>
    <message>
        <source>Customer not convinced</source>
        <translation>Customer not convinced</translation>
    </message>
    <message>
        <source>Beyond my authority</source>
        <translation>Beyond my authority</translation>
    </message>
    <message>
        <source>Customer asked for a superior</source>
        <translation>Customer asked for a superior</translation>
    </message>
    <message>
        <source>Complex case</source>
        <translation>Complex case</translation>
    </message>
    <message>
        <source>Past the due time (automatic)</source>
        <translation>Past the due time (automatic)</translation>
    </message>
    <message>
        <source>My cases</source>
        <translation>My cases</translation>
    </message>
    <message>
        <source>This counter's walk-ins</source>
        <translation>This counter's walk-ins</translation>
    </message>
    <message>
        <source>Summons waiting for me</source>
        <translation>Summons waiting for me</translation>
    </message>
    <message>
        <source>Referred to my unit</source>
        <translation>Referred to my unit</translation>
    </message>
    <message>
        <source>To take up (my segments)</source>
        <translation>To take up (my segments)</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Due soon</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Awaiting happy call</source>
        <translation>Awaiting happy call</translation>
    </message>
    <message>
        <source>All cases</source>
        <translation>All cases</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Newest first</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>Oldest first</translation>
    </message>
    <message>
        <source>Due soonest</source>
        <translation>Due soonest</translation>
    </message>
    <message>
        <source>Latest activity</source>
        <translation>Latest activity</translation>
    </message>
    <message>
        <source>Longest waiting</source>
        <translation>Longest waiting</translation>
    </message>
    <message>
        <source>Referred earliest</source>
        <translation>Referred earliest</translation>
    </message>
    <message>
        <source>Waiting longest</source>
        <translation>Waiting longest</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>On time</translation>
    </message>
    <message>
        <source>Paused: waiting on the customer</source>
        <translation>Paused: waiting on the customer</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Answered</translation>
    </message>
    <message>
        <source>Counter clerk, supervisor, CRM manager</source>
        <translation>Counter clerk, supervisor, CRM manager</translation>
    </message>
    <message>
        <source>Counter clerk, supervisor, head of unit, CRM manager</source>
        <translation>Counter clerk, supervisor, head of unit, CRM manager</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Monday</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Friday</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <source>System (automatic)</source>
        <translation>System (automatic)</translation>
    </message>
</context>
</TS>
