<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa">
<context>
    <name>Dashboard</name>
    <message>
        <source>Figures</source>
        <translation>شاخص‌ها</translation>
    </message>
    <message>
        <source>Counters and summons</source>
        <translation>باجه‌ها و فراخوان‌ها</translation>
    </message>
    <message>
        <source>My day</source>
        <translation>روز من</translation>
    </message>
    <message>
        <source>There is no dashboard for your role.</source>
        <translation>برای نقش شما داشبوردی وجود ندارد.</translation>
    </message>
    <message>
        <source>The holidays of %1 are not entered, so due times may fall on them (Settings → Working week and holidays).</source>
        <translation>تعطیلات سال %1 وارد نشده است و مهلت‌ها ممکن است در آن روزها بیفتند (تنظیمات ← روزهای کاری و تعطیلات).</translation>
    </message>
</context>
</TS>
