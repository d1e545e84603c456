<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Errors</name>
    <message>
        <source>Sync with HQ did not finish; it will try again.</source>
        <translation>Sync with HQ did not finish; it will try again.</translation>
    </message>
    <message>
        <source>HQ cannot be reached (no network, or HQ is down). Work goes on; sync will try again.</source>
        <translation>HQ cannot be reached (no network, or HQ is down). Work goes on; sync will try again.</translation>
    </message>
    <message>
        <source>HQ no longer accepts this PC. Ask HQ for a new enrolment code and connect again.</source>
        <translation>HQ no longer accepts this PC. Ask HQ for a new enrolment code and connect again.</translation>
    </message>
    <message>
        <source>This PC is not connected to HQ yet.</source>
        <translation>This PC is not connected to HQ yet.</translation>
    </message>
    <message>
        <source>HQ does not know this enrolment code: check it for typing errors.</source>
        <translation>HQ does not know this enrolment code: check it for typing errors.</translation>
    </message>
    <message>
        <source>This enrolment code has expired: ask HQ for a new one.</source>
        <translation>This enrolment code has expired: ask HQ for a new one.</translation>
    </message>
    <message>
        <source>This enrolment code was already used: ask HQ for a new one.</source>
        <translation>This enrolment code was already used: ask HQ for a new one.</translation>
    </message>
    <message>
        <source>An enrolment code looks like ABCD-EFGH-JKMN.</source>
        <translation>An enrolment code looks like ABCD-EFGH-JKMN.</translation>
    </message>
    <message>
        <source>This code is for another dealership than the one this PC is set up for.</source>
        <translation>This code is for another dealership than the one this PC is set up for.</translation>
    </message>
    <message>
        <source>HQ already has this PC connected. HQ must revoke the old connection first.</source>
        <translation>HQ already has this PC connected. HQ must revoke the old connection first.</translation>
    </message>
    <message>
        <source>Every device code of this dealership is taken at HQ: HQ must retire unused devices.</source>
        <translation>Every device code of this dealership is taken at HQ: HQ must retire unused devices.</translation>
    </message>
    <message>
        <source>Type HQ's address, for example https://hq.example.ir</source>
        <translation>Type HQ's address, for example https://hq.example.ir</translation>
    </message>
    <message>
        <source>HQ did not understand the request.</source>
        <translation>HQ did not understand the request.</translation>
    </message>
    <message>
        <source>HQ's data went back in time several times in a row; sync stopped for now.</source>
        <translation>HQ's data went back in time several times in a row; sync stopped for now.</translation>
    </message>
    <message>
        <source>HQ sent an answer this version cannot read.</source>
        <translation>HQ sent an answer this version cannot read.</translation>
    </message>
    <message>
        <source>HQ address</source>
        <translation>HQ address</translation>
    </message>
    <message>
        <source>Enrolment code</source>
        <translation>Enrolment code</translation>
    </message>
</context>
</TS>
