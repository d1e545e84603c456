<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa">
<context>
    <name>Labels</name>
    <message>
        <source>Labour</source>
        <translation>اجرت</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>قطعه</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>مشتری</translation>
    </message>
    <message>
        <source>Warranty</source>
        <translation>گارانتی</translation>
    </message>
    <message>
        <source>Goodwill</source>
        <translation>ارفاق نمایندگی</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>باز</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>صادرشده</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>لغوشده</translation>
    </message>
    <message>
        <source>A5 sheet</source>
        <translation>برگهٔ A5</translation>
    </message>
    <message>
        <source>80 mm thermal roll</source>
        <translation>رول حرارتی ۸۰ میلی‌متری</translation>
    </message>
    <message>
        <source>No receipt printer</source>
        <translation>بدون چاپگر رسید</translation>
    </message>
    <message>
        <source>Network (IP address)</source>
        <translation>شبکه (نشانی IP)</translation>
    </message>
    <message>
        <source>USB (vendor and product ID)</source>
        <translation>USB (شناسهٔ سازنده و محصول)</translation>
    </message>
    <message>
        <source>Device or file path</source>
        <translation>مسیر دستگاه یا پرونده</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>ثبت‌شده</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>یادداشت</translation>
    </message>
    <message>
        <source>Document attached</source>
        <translation>پیوست مدرک</translation>
    </message>
    <message>
        <source>Answered at first contact</source>
        <translation>پاسخ در همان مراجعه</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>ارجاع به سطح بالاتر</translation>
    </message>
    <message>
        <source>Superior arrived at the counter</source>
        <translation>حضور مسئول بالاتر در باجه</translation>
    </message>
    <message>
        <source>Referred to a unit</source>
        <translation>ارجاع‌شده به واحد</translation>
    </message>
    <message>
        <source>Unit answered</source>
        <translation>پاسخ واحد</translation>
    </message>
    <message>
        <source>Response given</source>
        <translation>پاسخ داده شد</translation>
    </message>
    <message>
        <source>Customer informed</source>
        <translation>اطلاع‌رسانی به مشتری</translation>
    </message>
    <message>
        <source>Satisfaction call</source>
        <translation>تماس رضایت‌سنجی</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>مختومه</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>بازگشایی‌شده</translation>
    </message>
</context>
</TS>
