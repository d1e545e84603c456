<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa">
<context>
    <name>CorrectDialog</name>
    <message>
        <source>Correct the case's details</source>
        <translation>اصلاح مشخصات پرونده</translation>
    </message>
    <message>
        <source>The registration stays on record; the correction is added to the timeline with its reason, and the due time is counted again.</source>
        <translation>ثبت اولیه در سابقه می‌ماند؛ اصلاح با دلیلش به گردش کار افزوده می‌شود و مهلت پاسخ دوباره حساب می‌شود.</translation>
    </message>
    <message>
        <source>Why the details were wrong</source>
        <translation>چرا مشخصات نادرست بود</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>موضوع</translation>
    </message>
    <message>
        <source>Sub-category</source>
        <translation>زیرموضوع</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>اولویت</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>دلیل</translation>
    </message>
    <message>
        <source>Record the correction</source>
        <translation>ثبت اصلاح</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(هیچ)</translation>
    </message>
</context>
</TS>
