<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Chart</name>
    <message>
        <source>Save as picture (PNG)…</source>
        <translation>Save as picture (PNG)…</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Save chart</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>PNG pictures (*.png)</translation>
    </message>
</context>
<context>
    <name>ParetoChart</name>
    <message>
        <source>%1% line</source>
        <translation>%1% line</translation>
    </message>
</context>
</TS>
