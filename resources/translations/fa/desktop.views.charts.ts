<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa">
<context>
    <name>Chart</name>
    <message>
        <source>Save as picture (PNG)…</source>
        <translation>ذخیره به صورت تصویر (PNG)…</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>ذخیرهٔ نمودار</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>تصویر PNG (*.png)</translation>
    </message>
</context>
<context>
    <name>ParetoChart</name>
    <message>
        <source>%1% line</source>
        <translation>خط %1٪</translation>
    </message>
</context>
</TS>
