<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa">
<context>
    <name>Documents</name>
    <message>
        <source>plate {plate}</source>
        <translation>پلاک {plate}</translation>
    </message>
    <message>
        <source>Tel. {phone}</source>
        <translation>تلفن {phone}</translation>
    </message>
</context>
</TS>
