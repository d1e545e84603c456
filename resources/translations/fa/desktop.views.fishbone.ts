<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa">
<context>
    <name>DiagramDialog</name>
    <message>
        <source>Cause-and-effect diagram</source>
        <translation>نمودار علت و معلول</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(هیچ‌کدام)</translation>
    </message>
    <message>
        <source>Problem (the effect)</source>
        <translation>مسئله (معلول)</translation>
    </message>
    <message>
        <source>Complaint category</source>
        <translation>موضوع شکایت</translation>
    </message>
    <message>
        <source>Failure mode</source>
        <translation>حالت خطا</translation>
    </message>
</context>
<context>
    <name>FishbonePage</name>
    <message>
        <source>Problem</source>
        <translation>مسئله</translation>
    </message>
    <message>
        <source>New diagram…</source>
        <translation>نمودار تازه…</translation>
    </message>
    <message>
        <source>Edit the problem…</source>
        <translation>ویرایش مسئله…</translation>
    </message>
    <message>
        <source>No diagram yet. Start one for a problem your customers keep raising.</source>
        <translation>هنوز نموداری نیست. برای مشکلی که مشتریان بارها مطرح می‌کنند یکی بسازید.</translation>
    </message>
    <message>
        <source>Add cause…</source>
        <translation>افزودن علت…</translation>
    </message>
    <message>
        <source>Add sub-cause…</source>
        <translation>افزودن زیرعلت…</translation>
    </message>
    <message>
        <source>Reword…</source>
        <translation>بازنویسی…</translation>
    </message>
    <message>
        <source>Move to branch…</source>
        <translation>انتقال به شاخهٔ…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Save as PNG…</source>
        <translation>ذخیره به صورت PNG…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>ذخیره به صورت PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>چاپ…</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>علت</translation>
    </message>
    <message>
        <source>Add cause</source>
        <translation>افزودن علت</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>شاخه</translation>
    </message>
    <message>
        <source>Add cause: %1</source>
        <translation>افزودن علت: %1</translation>
    </message>
    <message>
        <source>Why? A cause of “%1”</source>
        <translation>چرا؟ علتی برای «%1»</translation>
    </message>
    <message>
        <source>Reword the cause</source>
        <translation>بازنویسی علت</translation>
    </message>
    <message>
        <source>Cause and effect: %1</source>
        <translation>علت و معلول: %1</translation>
    </message>
    <message>
        <source>Save diagram</source>
        <translation>ذخیرهٔ نمودار</translation>
    </message>
</context>
</TS>
