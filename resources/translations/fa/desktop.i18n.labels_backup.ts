<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa">
<context>
    <name>Labels</name>
    <message>
        <source>Daily (automatic)</source>
        <translation>روزانه (خودکار)</translation>
    </message>
    <message>
        <source>Made by hand</source>
        <translation>دستی</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation>پیش از به‌روزرسانی</translation>
    </message>
</context>
</TS>
