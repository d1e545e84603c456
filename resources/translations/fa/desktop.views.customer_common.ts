<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa">
<context>
    <name>CustomerPicker</name>
    <message>
        <source>Name, national ID, mobile, VIN or plate</source>
        <translation>نام، کد ملی، موبایل، VIN یا پلاک</translation>
    </message>
    <message>
        <source>No customer found.</source>
        <translation>مشتری‌ای پیدا نشد.</translation>
    </message>
</context>
<context>
    <name>ResultsTable</name>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>National ID</source>
        <translation>کد ملی</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>موبایل</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation>خودروها</translation>
    </message>
</context>
</TS>
