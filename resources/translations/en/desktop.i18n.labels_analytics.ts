<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Labels</name>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Machines and equipment</source>
        <translation>Machines and equipment</translation>
    </message>
    <message>
        <source>Methods and procedures</source>
        <translation>Methods and procedures</translation>
    </message>
    <message>
        <source>Materials and parts</source>
        <translation>Materials and parts</translation>
    </message>
    <message>
        <source>Measurement</source>
        <translation>Measurement</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Environment</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Date range</source>
        <translation>Date range</translation>
    </message>
    <message>
        <source>Cases registered</source>
        <translation>Cases registered</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <source>First-contact resolution</source>
        <translation>First-contact resolution</translation>
    </message>
    <message>
        <source>Time to first response, median</source>
        <translation>Time to first response, median</translation>
    </message>
    <message>
        <source>Time to first response, P90</source>
        <translation>Time to first response, P90</translation>
    </message>
    <message>
        <source>Time to resolution, median</source>
        <translation>Time to resolution, median</translation>
    </message>
    <message>
        <source>Time to resolution, P90</source>
        <translation>Time to resolution, P90</translation>
    </message>
    <message>
        <source>Service-level breach rate</source>
        <translation>Service-level breach rate</translation>
    </message>
    <message>
        <source>Reopen rate</source>
        <translation>Reopen rate</translation>
    </message>
    <message>
        <source>Escalation rate per level</source>
        <translation>Escalation rate per level</translation>
    </message>
    <message>
        <source>Share resolved at each level</source>
        <translation>Share resolved at each level</translation>
    </message>
    <message>
        <source>Summons to arrival, median</source>
        <translation>Summons to arrival, median</translation>
    </message>
    <message>
        <source>Late arrivals</source>
        <translation>Late arrivals</translation>
    </message>
    <message>
        <source>Happy Call reach rate</source>
        <translation>Happy Call reach rate</translation>
    </message>
    <message>
        <source>Mean satisfaction</source>
        <translation>Mean satisfaction</translation>
    </message>
    <message>
        <source>Unhappy calls turned into reopened cases</source>
        <translation>Unhappy calls turned into reopened cases</translation>
    </message>
    <message>
        <source>Backlog</source>
        <translation>Backlog</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Walk-in waiting time, P50</source>
        <translation>Walk-in waiting time, P50</translation>
    </message>
    <message>
        <source>Walk-in waiting time, P90</source>
        <translation>Walk-in waiting time, P90</translation>
    </message>
    <message>
        <source>Walk-in serving time, P50</source>
        <translation>Walk-in serving time, P50</translation>
    </message>
    <message>
        <source>Walk-in serving time, P90</source>
        <translation>Walk-in serving time, P90</translation>
    </message>
    <message>
        <source>No-show rate</source>
        <translation>No-show rate</translation>
    </message>
    <message>
        <source>Defects per model and part</source>
        <translation>Defects per model and part</translation>
    </message>
    <message>
        <source>Audit score</source>
        <translation>Audit score</translation>
    </message>
    <message>
        <source>Critical failures</source>
        <translation>Critical failures</translation>
    </message>
    <message>
        <source>Appeals upheld</source>
        <translation>Appeals upheld</translation>
    </message>
    <message>
        <source>Requests, complaints and questions registered in the period (Iran local days).</source>
        <translation>Requests, complaints and questions registered in the period (Iran local days).</translation>
    </message>
    <message>
        <source>Cases of the type complaint registered in the period.</source>
        <translation>Cases of the type complaint registered in the period.</translation>
    </message>
    <message>
        <source>Cases resolved by the first person the customer met, before any escalation or referral, out of all cases registered in the period.</source>
        <translation>Cases resolved by the first person the customer met, before any escalation or referral, out of all cases registered in the period.</translation>
    </message>
    <message>
        <source>From registration to the first answer given to the customer, in working hours (the business calendar's hours, holidays excluded), over the cases first answered in the period. The median is the middle value (or the mean of the two middle values).</source>
        <translation>From registration to the first answer given to the customer, in working hours (the business calendar's hours, holidays excluded), over the cases first answered in the period. The median is the middle value (or the mean of the two middle values).</translation>
    </message>
    <message>
        <source>The same durations' 90th percentile: the value at rank ceil(0.9 n) of the n durations in ascending order; nine cases in ten were answered within it.</source>
        <translation>The same durations' 90th percentile: the value at rank ceil(0.9 n) of the n durations in ascending order; nine cases in ten were answered within it.</translation>
    </message>
    <message>
        <source>From registration to closing (resolved or rejected; withdrawn cases left out), in working hours, over the cases closed in the period and still closed.</source>
        <translation>From registration to closing (resolved or rejected; withdrawn cases left out), in working hours, over the cases closed in the period and still closed.</translation>
    </message>
    <message>
        <source>The 90th percentile (rank ceil(0.9 n)) of the same durations to resolution.</source>
        <translation>The 90th percentile (rank ceil(0.9 n)) of the same durations to resolution.</translation>
    </message>
    <message>
        <source>Cases that missed their service level (a breach or an automatic escalation was recorded, they were answered after their due time, or they are open past it now), out of the cases of the period that had a service-level clock.</source>
        <translation>Cases that missed their service level (a breach or an automatic escalation was recorded, they were answered after their due time, or they are open past it now), out of the cases of the period that had a service-level clock.</translation>
    </message>
    <message>
        <source>Cases of the period reopened at least once, out of those closed at least once.</source>
        <translation>Cases of the period reopened at least once, out of those closed at least once.</translation>
    </message>
    <message>
        <source>For each level above the counter: cases of the period escalated to that level or beyond, out of all cases of the period.</source>
        <translation>For each level above the counter: cases of the period escalated to that level or beyond, out of all cases of the period.</translation>
    </message>
    <message>
        <source>For each level: resolved cases of the period (closed, not withdrawn) that were closed at that level, out of all resolved cases of the period.</source>
        <translation>For each level: resolved cases of the period (closed, not withdrawn) that were closed at that level, out of all resolved cases of the period.</translation>
    </message>
    <message>
        <source>From a walk-in case's escalation, which summons the next level to the counter, to that person taking the case over at the counter; wall-clock time, because the customer waits all of it; over the summonses of the period.</source>
        <translation>From a walk-in case's escalation, which summons the next level to the counter, to that person taking the case over at the counter; wall-clock time, because the customer waits all of it; over the summonses of the period.</translation>
    </message>
    <message>
        <source>Summoned superiors who arrived after their level's arrival target, out of all arrivals.</source>
        <translation>Summoned superiors who arrived after their level's arrival target, out of all arrivals.</translation>
    </message>
    <message>
        <source>Happy calls of the period that reached the customer, out of all happy calls made in the period (each attempt counts).</source>
        <translation>Happy calls of the period that reached the customer, out of all happy calls made in the period (each attempt counts).</translation>
    </message>
    <message>
        <source>The mean satisfaction score (1 to 5) of the happy calls of the period that reached the customer.</source>
        <translation>The mean satisfaction score (1 to 5) of the happy calls of the period that reached the customer.</translation>
    </message>
    <message>
        <source>Unhappy happy calls of the period (satisfaction below 3) that reopened the case, out of all unhappy calls; a top level's final decision is recorded, not reopened.</source>
        <translation>Unhappy happy calls of the period (satisfaction below 3) that reopened the case, out of all unhappy calls; a top level's final decision is recorded, not reopened.</translation>
    </message>
    <message>
        <source>Cases open at the time of the report, per unit (open referrals) and per handler.</source>
        <translation>Cases open at the time of the report, per unit (open referrals) and per handler.</translation>
    </message>
    <message>
        <source>Open cases that have missed their service level: past their due time now, or breached earlier (and escalated) and still open.</source>
        <translation>Open cases that have missed their service level: past their due time now, or breached earlier (and escalated) and still open.</translation>
    </message>
    <message>
        <source>From a walk-in ticket's issue to its first call to a counter, median, for the tickets of the period.</source>
        <translation>From a walk-in ticket's issue to its first call to a counter, median, for the tickets of the period.</translation>
    </message>
    <message>
        <source>The same waiting times' 90th percentile.</source>
        <translation>The same waiting times' 90th percentile.</translation>
    </message>
    <message>
        <source>From a ticket's first call to its being finished, median, for tickets served in the period.</source>
        <translation>From a ticket's first call to its being finished, median, for tickets served in the period.</translation>
    </message>
    <message>
        <source>The same serving times' 90th percentile.</source>
        <translation>The same serving times' 90th percentile.</translation>
    </message>
    <message>
        <source>Tickets marked as no-show, out of the tickets issued in the period.</source>
        <translation>Tickets marked as no-show, out of the tickets issued in the period.</translation>
    </message>
    <message>
        <source>Product-quality cases of the period that name a vehicle, counted per vehicle model and per part (the quality sub-category).</source>
        <translation>Product-quality cases of the period that name a vehicle, counted per vehicle model and per part (the quality sub-category).</translation>
    </message>
    <message>
        <source>The mean score (0 to 100) of the covert audits visited in the period, after amendments and after decided appeals; a dealership sees only its released reports.</source>
        <translation>The mean score (0 to 100) of the covert audits visited in the period, after amendments and after decided appeals; a dealership sees only its released reports.</translation>
    </message>
    <message>
        <source>Critical items failed, over all audits of the period.</source>
        <translation>Critical items failed, over all audits of the period.</translation>
    </message>
    <message>
        <source>Appeals decided in the dealership's favour, out of the appeals decided, for the audits of the period.</source>
        <translation>Appeals decided in the dealership's favour, out of the appeals decided, for the audits of the period.</translation>
    </message>
</context>
</TS>
