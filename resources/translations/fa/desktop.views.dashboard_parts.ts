<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa">
<context>
    <name>Dashboard</name>
    <message>
        <source>%1 min</source>
        <translation>%1 دقیقه</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 ساعت</translation>
    </message>
    <message>
        <source>before: %1</source>
        <translation>دورهٔ قبل: %1</translation>
    </message>
    <message>
        <source>Nothing in this period.</source>
        <translation>در این دوره موردی نیست.</translation>
    </message>
</context>
</TS>
