<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa">
<context>
    <name>PreviewDialog</name>
    <message>
        <source>Preview: {title}</source>
        <translation>پیش‌نمایش: {title}</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>چاپ…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>ذخیره به‌صورت PDF…</translation>
    </message>
    <message>
        <source>Receipt printer</source>
        <translation>چاپگر رسید</translation>
    </message>
    <message>
        <source>Print on the 80 mm receipt printer set up in Settings</source>
        <translation>چاپ با چاپگر رسید ۸۰ میلی‌متری که در تنظیمات تعیین شده است</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بستن</translation>
    </message>
    <message>
        <source>Pages: {pages}</source>
        <translation>تعداد صفحه‌ها: {pages}</translation>
    </message>
    <message>
        <source>Print {title}</source>
        <translation>چاپ {title}</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>در حال چاپ…</translation>
    </message>
    <message>
        <source>Sent to the printer ({pages} pages).</source>
        <translation>به چاپگر فرستاده شد ({pages} صفحه).</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>ذخیره به‌صورت PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>فایل‌های PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>در حال ذخیره…</translation>
    </message>
    <message>
        <source>Saved as {path}</source>
        <translation>ذخیره شد: {path}</translation>
    </message>
    <message>
        <source>Sending to the receipt printer…</source>
        <translation>در حال ارسال به چاپگر رسید…</translation>
    </message>
    <message>
        <source>Printed on the receipt printer.</source>
        <translation>با چاپگر رسید چاپ شد.</translation>
    </message>
    <message>
        <source>The document is still here: print it another way or save it as PDF.</source>
        <translation>سند همچنان اینجاست: آن را با چاپگر دیگری چاپ کنید یا به‌صورت PDF ذخیره کنید.</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Preparing the document…</source>
        <translation>در حال آماده‌سازی سند…</translation>
    </message>
</context>
</TS>
