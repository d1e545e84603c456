<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Dashboard</name>
    <message>
        <source>Export all (Excel)…</source>
        <translation>Export all (Excel)…</translation>
    </message>
    <message>
        <source>Cases registered</source>
        <translation>Cases registered</translation>
    </message>
    <message>
        <source>First-contact resolution</source>
        <translation>First-contact resolution</translation>
    </message>
    <message>
        <source>First response (median, working hours)</source>
        <translation>First response (median, working hours)</translation>
    </message>
    <message>
        <source>Resolution (median, working hours)</source>
        <translation>Resolution (median, working hours)</translation>
    </message>
    <message>
        <source>Service level missed</source>
        <translation>Service level missed</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Reopened</translation>
    </message>
    <message>
        <source>Satisfaction (1 to 5)</source>
        <translation>Satisfaction (1 to 5)</translation>
    </message>
    <message>
        <source>Happy calls reaching the customer</source>
        <translation>Happy calls reaching the customer</translation>
    </message>
    <message>
        <source>Click a bar to see its cases.</source>
        <translation>Click a bar to see its cases.</translation>
    </message>
    <message>
        <source>Cases per month</source>
        <translation>Cases per month</translation>
    </message>
    <message>
        <source>Pareto of complaint causes</source>
        <translation>Pareto of complaint causes</translation>
    </message>
    <message>
        <source>Cases per category</source>
        <translation>Cases per category</translation>
    </message>
    <message>
        <source>Cases per channel</source>
        <translation>Cases per channel</translation>
    </message>
    <message>
        <source>Escalation ladder</source>
        <translation>Escalation ladder</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Cases reaching it</source>
        <translation>Cases reaching it</translation>
    </message>
    <message>
        <source>Resolved there</source>
        <translation>Resolved there</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Figure</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Summons to arrival at the counter</source>
        <translation>Summons to arrival at the counter</translation>
    </message>
    <message>
        <source>Happy calls</source>
        <translation>Happy calls</translation>
    </message>
    <message>
        <source>Backlog by unit (now)</source>
        <translation>Backlog by unit (now)</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Open referrals</source>
        <translation>Open referrals</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Backlog by handler (now)</source>
        <translation>Backlog by handler (now)</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>Handler</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>Open cases</translation>
    </message>
    <message>
        <source>Walk-in queue</source>
        <translation>Walk-in queue</translation>
    </message>
    <message>
        <source>Defects per model and part</source>
        <translation>Defects per model and part</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>Audit ranking</source>
        <translation>Audit ranking</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>Dealership</source>
        <translation>Dealership</translation>
    </message>
    <message>
        <source>Audits</source>
        <translation>Audits</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Critical failures</source>
        <translation>Critical failures</translation>
    </message>
    <message>
        <source>Computing the figures…</source>
        <translation>Computing the figures…</translation>
    </message>
    <message>
        <source>Figures of %1</source>
        <translation>Figures of %1</translation>
    </message>
    <message>
        <source>compared with %1</source>
        <translation>compared with %1</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <source>Cumulative share</source>
        <translation>Cumulative share</translation>
    </message>
    <message>
        <source>Summonses answered</source>
        <translation>Summonses answered</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>P90</source>
        <translation>P90</translation>
    </message>
    <message>
        <source>Arrived after the target</source>
        <translation>Arrived after the target</translation>
    </message>
    <message>
        <source>Calls made</source>
        <translation>Calls made</translation>
    </message>
    <message>
        <source>Calls that reached the customer</source>
        <translation>Calls that reached the customer</translation>
    </message>
    <message>
        <source>Mean satisfaction (1 to 5)</source>
        <translation>Mean satisfaction (1 to 5)</translation>
    </message>
    <message>
        <source>Unhappy calls that reopened the case</source>
        <translation>Unhappy calls that reopened the case</translation>
    </message>
    <message>
        <source>(not taken up yet)</source>
        <translation>(not taken up yet)</translation>
    </message>
    <message>
        <source>Tickets issued</source>
        <translation>Tickets issued</translation>
    </message>
    <message>
        <source>Waiting, median</source>
        <translation>Waiting, median</translation>
    </message>
    <message>
        <source>Waiting, P90</source>
        <translation>Waiting, P90</translation>
    </message>
    <message>
        <source>Serving, median</source>
        <translation>Serving, median</translation>
    </message>
    <message>
        <source>Serving, P90</source>
        <translation>Serving, P90</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>No-shows</translation>
    </message>
    <message>
        <source>(not named)</source>
        <translation>(not named)</translation>
    </message>
    <message>
        <source>Audits (released reports)</source>
        <translation>Audits (released reports)</translation>
    </message>
    <message>
        <source>Complaint causes</source>
        <translation>Complaint causes</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
</context>
</TS>
