<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>SyncStatus</name>
    <message>
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <source>Refused by HQ: %1</source>
        <translation>Refused by HQ: %1</translation>
    </message>
    <message>
        <source>HQ will not take these changes (outside this PC&apos;s scope or damaged). They stay on this PC.</source>
        <translation>HQ will not take these changes (outside this PC&apos;s scope or damaged). They stay on this PC.</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>Last sync: %1</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>Never synced</translation>
    </message>
    <message>
        <source>Working offline (no HQ connection set up)</source>
        <translation>Working offline (no HQ connection set up)</translation>
    </message>
    <message>
        <source>Syncing with HQ…</source>
        <translation>Syncing with HQ…</translation>
    </message>
    <message>
        <source>HQ refused this PC: connect it again in Settings → Connect to HQ</source>
        <translation>HQ refused this PC: connect it again in Settings → Connect to HQ</translation>
    </message>
    <message>
        <source>HQ cannot be reached: working offline</source>
        <translation>HQ cannot be reached: working offline</translation>
    </message>
    <message>
        <source>next try in %1</source>
        <translation>next try in %1</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>Sync failed: %1</translation>
    </message>
    <message>
        <source>Connected to HQ</source>
        <translation>Connected to HQ</translation>
    </message>
    <message>
        <source>In step with HQ</source>
        <translation>In step with HQ</translation>
    </message>
    <message>
        <source>Changes waiting for HQ: %1</source>
        <translation>Changes waiting for HQ: %1</translation>
    </message>
</context>
</TS>
