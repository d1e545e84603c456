<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AuditsScreen</name>
    <message>
        <source>Visits</source>
        <translation>Visits</translation>
    </message>
    <message>
        <source>All audits</source>
        <translation>All audits</translation>
    </message>
    <message>
        <source>My audits</source>
        <translation>My audits</translation>
    </message>
    <message>
        <source>Our audit reports</source>
        <translation>Our audit reports</translation>
    </message>
    <message>
        <source>Appeals</source>
        <translation>Appeals</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>Ranking</translation>
    </message>
    <message>
        <source>Forms</source>
        <translation>Forms</translation>
    </message>
    <message>
        <source>Dealership</source>
        <translation>Dealership</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Answered</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Inspector</translation>
    </message>
    <message>
        <source>Start or resume the visit</source>
        <translation>Start or resume the visit</translation>
    </message>
    <message>
        <source>Unplanned visit…</source>
        <translation>Unplanned visit…</translation>
    </message>
    <message>
        <source>Discard the draft</source>
        <translation>Discard the draft</translation>
    </message>
    <message>
        <source>Assign a visit…</source>
        <translation>Assign a visit…</translation>
    </message>
    <message>
        <source>Cancel the visit</source>
        <translation>Cancel the visit</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visit</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Critical</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Reports of covert visits to this dealership that HQ has released. You may appeal an item.</source>
        <translation>Reports of covert visits to this dealership that HQ has released. You may appeal an item.</translation>
    </message>
    <message>
        <source>Appeals waiting</source>
        <translation>Appeals waiting</translation>
    </message>
    <message>
        <source>Open the report</source>
        <translation>Open the report</translation>
    </message>
    <message>
        <source>Waiting for a decision</source>
        <translation>Waiting for a decision</translation>
    </message>
    <message>
        <source>All appeals</source>
        <translation>All appeals</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>Filed</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Imported</translation>
    </message>
    <message>
        <source>Import a form…</source>
        <translation>Import a form…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>Unplanned</source>
        <translation>Unplanned</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Released</translation>
    </message>
    <message>
        <source>Finalised</source>
        <translation>Finalised</translation>
    </message>
    <message>
        <source>amended</source>
        <translation>amended</translation>
    </message>
    <message>
        <source>%1 appeals</source>
        <translation>%1 appeals</translation>
    </message>
    <message>
        <source>Inspector %1</source>
        <translation>Inspector %1</translation>
    </message>
    <message>
        <source>Audits</source>
        <translation>Audits</translation>
    </message>
    <message>
        <source>Select a row first.</source>
        <translation>Select a row first.</translation>
    </message>
    <message>
        <source>Throw away every answer of this draft?</source>
        <translation>Throw away every answer of this draft?</translation>
    </message>
    <message>
        <source>Import a form</source>
        <translation>Import a form</translation>
    </message>
    <message>
        <source>XLSForm or JSON (*.xlsx *.json)</source>
        <translation>XLSForm or JSON (*.xlsx *.json)</translation>
    </message>
    <message>
        <source>Imported %1, version %2.</source>
        <translation>Imported %1, version %2.</translation>
    </message>
    <message>
        <source>Already held as %1, version %2.</source>
        <translation>Already held as %1, version %2.</translation>
    </message>
    <message>
        <source>Export a form</source>
        <translation>Export a form</translation>
    </message>
    <message>
        <source>XLSForm (*.xlsx);;JSON (*.json)</source>
        <translation>XLSForm (*.xlsx);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Saved at %1.</source>
        <translation>Saved at %1.</translation>
    </message>
</context>
</TS>
