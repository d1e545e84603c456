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
    <message>
        <source>A sub-category code has Latin letters, digits and underscores, and starts with a letter; it is made from the English name.</source>
        <translation>A sub-category code has Latin letters, digits and underscores, and starts with a letter; it is made from the English name.</translation>
    </message>
    <message>
        <source>This category already has a sub-category with that code (perhaps a retired one: restore it).</source>
        <translation>This category already has a sub-category with that code (perhaps a retired one: restore it).</translation>
    </message>
    <message>
        <source>Sub-category name</source>
        <translation>Sub-category name</translation>
    </message>
</context>
</TS>
