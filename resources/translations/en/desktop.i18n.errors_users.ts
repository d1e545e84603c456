<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Errors</name>
    <message>
        <source>HQ manages this account: change it at HQ, and the change reaches this PC at the next sync.</source>
        <translation>HQ manages this account: change it at HQ, and the change reaches this PC at the next sync.</translation>
    </message>
    <message>
        <source>Nobody else could manage users then: keep at least one active administrator.</source>
        <translation>Nobody else could manage users then: keep at least one active administrator.</translation>
    </message>
</context>
</TS>
