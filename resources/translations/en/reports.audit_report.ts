<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Documents</name>
    <message>
        <source>out of 100</source>
        <translation>out of 100</translation>
    </message>
    <message>
        <source>Audit score</source>
        <translation>Audit score</translation>
    </message>
    <message>
        <source>Capped at {cap} by a critical failure (before the cap: {score}).</source>
        <translation>Capped at {cap} by a critical failure (before the cap: {score}).</translation>
    </message>
    <message>
        <source>{count} sections, {failures} critical failures</source>
        <translation>{count} sections, {failures} critical failures</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Weight</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>capped at {cap}</source>
        <translation>capped at {cap}</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>not scored</translation>
    </message>
    <message>
        <source>Scores by section</source>
        <translation>Scores by section</translation>
    </message>
    <message>
        <source>Critical failures</source>
        <translation>Critical failures</translation>
    </message>
    <message>
        <source>No critical item failed.</source>
        <translation>No critical item failed.</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Effect</source>
        <translation>Effect</translation>
    </message>
    <message>
        <source>audit capped at {cap}</source>
        <translation>audit capped at {cap}</translation>
    </message>
    <message>
        <source>section capped at {cap}</source>
        <translation>section capped at {cap}</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>{earned} of {possible}</source>
        <translation>{earned} of {possible}</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>* critical question</source>
        <translation>* critical question</translation>
    </message>
    <message>
        <source>(this file is not an image)</source>
        <translation>(this file is not an image)</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>Dealership's reason</source>
        <translation>Dealership's reason</translation>
    </message>
    <message>
        <source>HQ's decision</source>
        <translation>HQ's decision</translation>
    </message>
    <message>
        <source>Appeals</source>
        <translation>Appeals</translation>
    </message>
    <message>
        <source>Mystery-shopper audit report</source>
        <translation>Mystery-shopper audit report</translation>
    </message>
    <message>
        <source>code {code}</source>
        <translation>code {code}</translation>
    </message>
    <message>
        <source>version {version}</source>
        <translation>version {version}</translation>
    </message>
    <message>
        <source>Dealership</source>
        <translation>Dealership</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visit</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Inspector</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Inspector's remarks</source>
        <translation>Inspector's remarks</translation>
    </message>
    <message>
        <source>Fingerprint of the frozen submission (SHA-256): {hash}</source>
        <translation>Fingerprint of the frozen submission (SHA-256): {hash}</translation>
    </message>
</context>
</TS>
