<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ConnectPage</name>
    <message>
        <source>This PC keeps working without HQ. Connected, it sends its changes to HQ and receives its dealership&apos;s cases, users and counters. Ask HQ for an enrolment code: it works once and expires.</source>
        <translation>This PC keeps working without HQ. Connected, it sends its changes to HQ and receives its dealership&apos;s cases, users and counters. Ask HQ for an enrolment code: it works once and expires.</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connection</translation>
    </message>
    <message>
        <source>HQ address</source>
        <translation>HQ address</translation>
    </message>
    <message>
        <source>This PC&apos;s device ID</source>
        <translation>This PC&apos;s device ID</translation>
    </message>
    <message>
        <source>Last successful sync</source>
        <translation>Last successful sync</translation>
    </message>
    <message>
        <source>Changes waiting for HQ</source>
        <translation>Changes waiting for HQ</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <source>Connect to HQ</source>
        <translation>Connect to HQ</translation>
    </message>
    <message>
        <source>Enrolment code</source>
        <translation>Enrolment code</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Connect</translation>
    </message>
    <message>
        <source>Not connected: this PC works offline</source>
        <translation>Not connected: this PC works offline</translation>
    </message>
    <message>
        <source>HQ refused this PC&apos;s token. Connect again with a new code.</source>
        <translation>HQ refused this PC&apos;s token. Connect again with a new code.</translation>
    </message>
    <message>
        <source>HQ refused %1 change(s); they stay on this PC.</source>
        <translation>HQ refused %1 change(s); they stay on this PC.</translation>
    </message>
    <message>
        <source>Connect again</source>
        <translation>Connect again</translation>
    </message>
    <message>
        <source>Connecting to HQ…</source>
        <translation>Connecting to HQ…</translation>
    </message>
    <message>
        <source>Connected. This PC now syncs with HQ.</source>
        <translation>Connected. This PC now syncs with HQ.</translation>
    </message>
    <message>
        <source>Connected as an inspector&apos;s laptop: audits go to HQ.</source>
        <translation>Connected as an inspector&apos;s laptop: audits go to HQ.</translation>
    </message>
</context>
</TS>
