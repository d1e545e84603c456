<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa">
<context>
    <name>FailureModeDialog</name>
    <message>
        <source>Edit failure mode</source>
        <translation>ویرایش حالت خطا</translation>
    </message>
    <message>
        <source>New failure mode</source>
        <translation>حالت خطای تازه</translation>
    </message>
    <message>
        <source>Use it</source>
        <translation>همین را بگذار</translation>
    </message>
    <message>
        <source>Failure mode</source>
        <translation>حالت خطا</translation>
    </message>
    <message>
        <source>Complaint category</source>
        <translation>موضوع شکایت</translation>
    </message>
    <message>
        <source>Sub-category</source>
        <translation>زیرموضوع</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>علت ریشه‌ای</translation>
    </message>
    <message>
        <source>Effect on the customer</source>
        <translation>اثر بر مشتری</translation>
    </message>
    <message>
        <source>Current controls</source>
        <translation>کنترل‌های فعلی</translation>
    </message>
    <message>
        <source>Severity (1 = hardly noticed, 10 = unsafe or unlawful)</source>
        <translation>شدت (۱ = به‌سختی دیده می‌شود، ۱۰ = ناایمن یا خلاف قانون)</translation>
    </message>
    <message>
        <source>Occurrence (1 = almost never, 10 = all the time)</source>
        <translation>وقوع (۱ = تقریباً هرگز، ۱۰ = همیشه)</translation>
    </message>
    <message>
        <source>Detection (1 = always caught in time, 10 = never)</source>
        <translation>کشف (۱ = همیشه به‌موقع کشف می‌شود، ۱۰ = هرگز)</translation>
    </message>
    <message>
        <source>Risk priority number</source>
        <translation>عدد اولویت ریسک</translation>
    </message>
    <message>
        <source>(the whole category)</source>
        <translation>(کل موضوع)</translation>
    </message>
    <message>
        <source>Suggested from the cases: </source>
        <translation>پیشنهاد بر پایهٔ پرونده‌ها: </translation>
    </message>
</context>
<context>
    <name>FmeaModel</name>
    <message>
        <source>#</source>
        <translation>ردیف</translation>
    </message>
    <message>
        <source>Failure mode</source>
        <translation>حالت خطا</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>موضوع</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>علت ریشه‌ای</translation>
    </message>
    <message>
        <source>Effect on the customer</source>
        <translation>اثر بر مشتری</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>شدت</translation>
    </message>
    <message>
        <source>Occurrence</source>
        <translation>وقوع</translation>
    </message>
    <message>
        <source>Detection</source>
        <translation>کشف</translation>
    </message>
    <message>
        <source>RPN</source>
        <translation>RPN</translation>
    </message>
    <message>
        <source>Suggested occurrence</source>
        <translation>وقوع پیشنهادی</translation>
    </message>
    <message>
        <source>Open actions</source>
        <translation>اقدام‌های باز</translation>
    </message>
    <message>
        <source>Severity 9 or 10: act on it whatever the RPN.</source>
        <translation>شدت ۹ یا ۱۰: هر RPN که داشته باشد، باید برایش اقدام کرد.</translation>
    </message>
</context>
<context>
    <name>FmeaPage</name>
    <message>
        <source>%1 complaints in %2 cases over the last %3 days (%4 per thousand): rating %5</source>
        <translation>%1 شکایت در %2 پرونده در %3 روز گذشته (%4 در هزار): امتیاز %5</translation>
    </message>
    <message>
        <source>Root causes of dissatisfaction, ranked by risk priority number (RPN = severity × occurrence × detection). Work on the top of the table first.</source>
        <translation>علت‌های ریشه‌ای نارضایتی، به ترتیب عدد اولویت ریسک (RPN = شدت × وقوع × کشف). کار را از بالای جدول آغاز کنید.</translation>
    </message>
    <message>
        <source>No failure modes yet. Add the first root cause your team found.</source>
        <translation>هنوز حالت خطایی نیست. نخستین علت ریشه‌ای را که تیم شما یافته است بیفزایید.</translation>
    </message>
    <message>
        <source>Add failure mode…</source>
        <translation>افزودن حالت خطا…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>ویرایش…</translation>
    </message>
    <message>
        <source>Use suggested occurrence</source>
        <translation>به‌کارگیری وقوع پیشنهادی</translation>
    </message>
    <message>
        <source>Take off the table</source>
        <translation>کنار گذاشتن از جدول</translation>
    </message>
    <message>
        <source>Plan an action…</source>
        <translation>برنامه‌ریزی اقدام…</translation>
    </message>
    <message>
        <source>Cause-and-effect diagram</source>
        <translation>نمودار علت و معلول</translation>
    </message>
    <message>
        <source>FMEA</source>
        <translation>FMEA</translation>
    </message>
</context>
</TS>
