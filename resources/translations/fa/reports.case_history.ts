<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa">
<context>
    <name>Documents</name>
    <message>
        <source>Customer</source>
        <translation>مشتری</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>تلفن همراه</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>خودرو</translation>
    </message>
    <message>
        <source>VIN</source>
        <translation>شمارهٔ شاسی (VIN)</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>موضوع</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>روش مراجعه</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>اولویت</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>سطح رسیدگی</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>زمان ثبت</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>زمان مختومه شدن</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>باجه</translation>
    </message>
    <message>
        <source>When</source>
        <translation>زمان</translation>
    </message>
    <message>
        <source>What</source>
        <translation>رویداد</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>شرح</translation>
    </message>
    <message>
        <source>By</source>
        <translation>توسط</translation>
    </message>
    <message>
        <source>Timeline ({count} events)</source>
        <translation>سابقهٔ رسیدگی ({count} رویداد)</translation>
    </message>
    <message>
        <source>Case history {code}</source>
        <translation>سابقهٔ پروندهٔ {code}</translation>
    </message>
    <message>
        <source>The customer&apos;s words</source>
        <translation>اظهارات مشتری</translation>
    </message>
    <message>
        <source>Printed {when} by {who}.</source>
        <translation>چاپ‌شده در {when} توسط {who}.</translation>
    </message>
    <message>
        <source>Printed {when}.</source>
        <translation>چاپ‌شده در {when}.</translation>
    </message>
</context>
</TS>
