<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa">
<context>
    <name>HeaderBar</name>
    <message>
        <source>Pishkhan</source>
        <translation>پیشخوان</translation>
    </message>
    <message>
        <source>Counter %1</source>
        <translation>باجهٔ %1</translation>
    </message>
    <message>
        <source>About</source>
        <translation>دربارهٔ برنامه</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>قفل</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>خروج</translation>
    </message>
    <message>
        <source>About Pishkhan</source>
        <translation>دربارهٔ پیشخوان</translation>
    </message>
    <message>
        <source>Pishkhan %1
The counter: customer relations for car dealerships.</source>
        <translation>پیشخوان %1
نرم‌افزار ارتباط با مشتریان برای پذیرش نمایندگی‌های خودرو.</translation>
    </message>
    <message>
        <source>Font: Vazirmatn, SIL Open Font License 1.1.</source>
        <translation>قلم: وزیرمتن، با پروانهٔ SIL Open Font License 1.1.</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <source>Pishkhan</source>
        <translation>پیشخوان</translation>
    </message>
</context>
</TS>
