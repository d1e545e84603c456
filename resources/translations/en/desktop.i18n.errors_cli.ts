<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Errors</name>
    <message>
        <source>There is no database file at {path}: check the --db path (setup creates a new database).</source>
        <translation>There is no database file at {path}: check the --db path (setup creates a new database).</translation>
    </message>
</context>
</TS>
