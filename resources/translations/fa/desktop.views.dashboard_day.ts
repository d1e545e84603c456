<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa">
<context>
    <name>Dashboard</name>
    <message>
        <source>My day</source>
        <translation>روز من</translation>
    </message>
    <message>
        <source>Cases I registered today</source>
        <translation>پرونده‌هایی که امروز ثبت کردم</translation>
    </message>
    <message>
        <source>Solved on the spot</source>
        <translation>حل‌شده در همان لحظه</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>ارجاع به سطح بالاتر</translation>
    </message>
    <message>
        <source>Open cases in my hands</source>
        <translation>پرونده‌های باز در دست من</translation>
    </message>
    <message>
        <source>Of them past their due time</source>
        <translation>از این میان، گذشته از مهلت</translation>
    </message>
    <message>
        <source>Walk-in tickets I served</source>
        <translation>نوبت‌های حضوری که خدمت دادم</translation>
    </message>
    <message>
        <source>Happy calls waiting</source>
        <translation>تماس‌های رضایت‌سنجی در انتظار</translation>
    </message>
    <message>
        <source>Improvement actions I am on</source>
        <translation>اقدام‌های بهبودی که در آن هستم</translation>
    </message>
    <message>
        <source>Counters and summons</source>
        <translation>باجه‌ها و فراخوان‌ها</translation>
    </message>
    <message>
        <source>Summonses not answered yet</source>
        <translation>فراخوان‌های بی‌پاسخ</translation>
    </message>
    <message>
        <source>Tickets waiting</source>
        <translation>نوبت‌های در انتظار</translation>
    </message>
    <message>
        <source>Open cases past their due time</source>
        <translation>پرونده‌های باز گذشته از مهلت</translation>
    </message>
    <message>
        <source>Arrival after a summons today (median)</source>
        <translation>رسیدن پس از فراخوان، امروز (میانه)</translation>
    </message>
    <message>
        <source>Summoned to the counter</source>
        <translation>فراخوانده به باجه</translation>
    </message>
    <message>
        <source>Tracking code</source>
        <translation>کد رهگیری</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>سطح</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>باجه</translation>
    </message>
    <message>
        <source>Summoned at</source>
        <translation>زمان فراخوان</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>انتظار</translation>
    </message>
    <message>
        <source>No summons is waiting for an answer.</source>
        <translation>هیچ احضاری در انتظار پاسخ نیست.</translation>
    </message>
    <message>
        <source>Counters today</source>
        <translation>باجه‌ها، امروز</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>پرونده‌ها</translation>
    </message>
    <message>
        <source>At the counter now</source>
        <translation>اکنون در باجه</translation>
    </message>
    <message>
        <source>No counter has worked today.</source>
        <translation>امروز هیچ پیشخوانی کار نکرده است.</translation>
    </message>
</context>
</TS>
