<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Crash</name>
    <message>
        <source>Pishkhan: unexpected error</source>
        <translation>Pishkhan: unexpected error</translation>
    </message>
    <message>
        <source>Something unexpected went wrong. Your saved work is safe in the database. Please send the details below to your IT support.</source>
        <translation>Something unexpected went wrong. Your saved work is safe in the database. Please send the details below to your IT support.</translation>
    </message>
    <message>
        <source>The same details are in the log file:
%1</source>
        <translation>The same details are in the log file:
%1</translation>
    </message>
</context>
</TS>
