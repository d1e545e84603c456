<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Documents</name>
    <message>
        <source>spring</source>
        <translation>spring</translation>
    </message>
    <message>
        <source>summer</source>
        <translation>summer</translation>
    </message>
    <message>
        <source>autumn</source>
        <translation>autumn</translation>
    </message>
    <message>
        <source>winter</source>
        <translation>winter</translation>
    </message>
    <message>
        <source>quarter {number} ({season}) of {year}</source>
        <translation>quarter {number} ({season}) of {year}</translation>
    </message>
    <message>
        <source>the year {year}</source>
        <translation>the year {year}</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start} to {end}</translation>
    </message>
    <message>
        <source>{n} min</source>
        <translation>{n} min</translation>
    </message>
    <message>
        <source>{n} h</source>
        <translation>{n} h</translation>
    </message>
    <message>
        <source>{n} points</source>
        <translation>{n} points</translation>
    </message>
    <message>
        <source>cases</source>
        <translation>cases</translation>
    </message>
    <message>
        <source>complaints</source>
        <translation>complaints</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Figure</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Headline figures</source>
        <translation>Headline figures</translation>
    </message>
    <message>
        <source>Cases and complaints per month</source>
        <translation>Cases and complaints per month</translation>
    </message>
    <message>
        <source>Pareto of complaint causes</source>
        <translation>Pareto of complaint causes</translation>
    </message>
    <message>
        <source>Bars: complaints per cause, most frequent first; line: their cumulative share. The causes up to the dashed 80% line bring most of the complaints.</source>
        <translation>Bars: complaints per cause, most frequent first; line: their cumulative share. The causes up to the dashed 80% line bring most of the complaints.</translation>
    </message>
    <message>
        <source>Cases per category</source>
        <translation>Cases per category</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Cause</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Share</translation>
    </message>
    <message>
        <source>Cumulative</source>
        <translation>Cumulative</translation>
    </message>
    <message>
        <source>Top causes of complaints</source>
        <translation>Top causes of complaints</translation>
    </message>
    <message>
        <source>FMEA: the ten highest risks</source>
        <translation>FMEA: the ten highest risks</translation>
    </message>
    <message>
        <source>No failure mode has been recorded yet.</source>
        <translation>No failure mode has been recorded yet.</translation>
    </message>
    <message>
        <source>Failure mode</source>
        <translation>Failure mode</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>RPN</source>
        <translation>RPN</translation>
    </message>
    <message>
        <source>S severity, O occurrence, D detection (1 to 10); RPN = S × O × D. In red: severity 9 or 10.</source>
        <translation>S severity, O occurrence, D detection (1 to 10); RPN = S × O × D. In red: severity 9 or 10.</translation>
    </message>
    <message>
        <source>Open improvement actions</source>
        <translation>Open improvement actions</translation>
    </message>
    <message>
        <source>No improvement action is open.</source>
        <translation>No improvement action is open.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>overdue</translation>
    </message>
    <message>
        <source>Audits of this dealership (released reports)</source>
        <translation>Audits of this dealership (released reports)</translation>
    </message>
    <message>
        <source>Audit ranking of the dealerships</source>
        <translation>Audit ranking of the dealerships</translation>
    </message>
    <message>
        <source>No audit in this period.</source>
        <translation>No audit in this period.</translation>
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
        <source>Appeals upheld: {rate} of {decided} decided.</source>
        <translation>Appeals upheld: {rate} of {decided} decided.</translation>
    </message>
    <message>
        <source>Glossary: how each figure is computed</source>
        <translation>Glossary: how each figure is computed</translation>
    </message>
    <message>
        <source>Cases count in the period of the local (Iran) day they were registered, unless a definition says otherwise. Working hours are those of the business calendar, holidays excluded. A rate is left blank when there was nothing to count.</source>
        <translation>Cases count in the period of the local (Iran) day they were registered, unless a definition says otherwise. Working hours are those of the business calendar, holidays excluded. A rate is left blank when there was nothing to count.</translation>
    </message>
    <message>
        <source>Monthly management report</source>
        <translation>Monthly management report</translation>
    </message>
    <message>
        <source>Quarterly management report</source>
        <translation>Quarterly management report</translation>
    </message>
    <message>
        <source>Yearly management report</source>
        <translation>Yearly management report</translation>
    </message>
    <message>
        <source>Management report</source>
        <translation>Management report</translation>
    </message>
    <message>
        <source>All dealerships</source>
        <translation>All dealerships</translation>
    </message>
    <message>
        <source>Covers</source>
        <translation>Covers</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filters</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Made</translation>
    </message>
    <message>
        <source>Open now: {open} cases, of which {overdue} past their due time.</source>
        <translation>Open now: {open} cases, of which {overdue} past their due time.</translation>
    </message>
</context>
</TS>
