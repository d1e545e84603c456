<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Documents</name>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Enclosures</source>
        <translation>Enclosures</translation>
    </message>
    <message>
        <source>Reply on the {kind} of {customer} about {category} (tracking code {code})</source>
        <translation>Reply on the {kind} of {customer} about {category} (tracking code {code})</translation>
    </message>
    <message>
        <source>Further to your letter no. {number} of {date}, we respectfully report the following:</source>
        <translation>Further to your letter no. {number} of {date}, we respectfully report the following:</translation>
    </message>
    <message>
        <source>We respectfully report the following:</source>
        <translation>We respectfully report the following:</translation>
    </message>
    <message>
        <source>To: {recipient}</source>
        <translation>To: {recipient}</translation>
    </message>
    <message>
        <source>Subject: {subject}</source>
        <translation>Subject: {subject}</translation>
    </message>
    <message>
        <source>With greetings and respect,</source>
        <translation>With greetings and respect,</translation>
    </message>
    <message>
        <source>With thanks for your attention,</source>
        <translation>With thanks for your attention,</translation>
    </message>
    <message>
        <source>Enclosures:</source>
        <translation>Enclosures:</translation>
    </message>
    <message>
        <source>Copies to:</source>
        <translation>Copies to:</translation>
    </message>
    <message>
        <source>Letter no. {number}</source>
        <translation>Letter no. {number}</translation>
    </message>
</context>
</TS>
