<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa">
<context>
    <name>QuestionCard</name>
    <message>
        <source>Critical</source>
        <translation>حیاتی</translation>
    </message>
    <message>
        <source>Attach photo…</source>
        <translation>پیوست عکس…</translation>
    </message>
    <message>
        <source>Attach file…</source>
        <translation>پیوست فایل…</translation>
    </message>
    <message>
        <source>Evidence…</source>
        <translation>مدرک…</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>توضیح</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>پاک کردن</translation>
    </message>
    <message>
        <source>What you saw (goes into the report)</source>
        <translation>آنچه دیدید (در گزارش می‌آید)</translation>
    </message>
    <message>
        <source>Remove this attachment</source>
        <translation>حذف این پیوست</translation>
    </message>
</context>
<context>
    <name>TypedInput</name>
    <message>
        <source>minutes</source>
        <translation>دقیقه</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>اکنون</translation>
    </message>
</context>
</TS>
