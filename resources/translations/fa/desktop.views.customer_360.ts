<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa">
<context>
    <name>Customer360</name>
    <message>
        <source>Back to lookup (Esc)</source>
        <translation>بازگشت به جست‌وجو (Esc)</translation>
    </message>
    <message>
        <source>New case (Ctrl+R)</source>
        <translation>پروندهٔ جدید (Ctrl+R)</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>ویرایش</translation>
    </message>
    <message>
        <source>Add vehicle</source>
        <translation>افزودن خودرو</translation>
    </message>
    <message>
        <source>Add document</source>
        <translation>افزودن مدرک</translation>
    </message>
    <message>
        <source>Tracking code</source>
        <translation>کد رهگیری</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>تاریخ ثبت</translation>
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
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>پرونده‌ها</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>مدل</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>پلاک</translation>
    </message>
    <message>
        <source>VIN / chassis</source>
        <translation>VIN / شاسی</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>گروه</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>تحویل</translation>
    </message>
    <message>
        <source>Warranty until</source>
        <translation>گارانتی تا</translation>
    </message>
    <message>
        <source>Odometer</source>
        <translation>کارکرد</translation>
    </message>
    <message>
        <source>Owners</source>
        <translation>مالکان</translation>
    </message>
    <message>
        <source>Job card…</source>
        <translation>کارت تعمیر…</translation>
    </message>
    <message>
        <source>Transfer to a new owner…</source>
        <translation>انتقال به مالک جدید…</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation>خودروها</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>رضایت</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>نتیجه</translation>
    </message>
    <message>
        <source>Happy calls</source>
        <translation>تماس‌های رضایت‌سنجی</translation>
    </message>
    <message>
        <source>File</source>
        <translation>فایل</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>پرونده</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>تاریخ افزودن</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>مدارک</translation>
    </message>
    <message>
        <source>Contact: %1</source>
        <translation>رابط: %1</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>تلفن: %1</translation>
    </message>
    <message>
        <source>%1 cases, %2 open</source>
        <translation>%1 پرونده، %2 باز</translation>
    </message>
    <message>
        <source>%1 duplicate records merged into this one</source>
        <translation>%1 پروندهٔ تکراری در این پرونده ادغام شده است</translation>
    </message>
    <message>
        <source>(former)</source>
        <translation>(مالکیت پیشین)</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 کیلومتر</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>تصویر</translation>
    </message>
    <message>
        <source>Customer record</source>
        <translation>پروندهٔ مشتری</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>مشتری</translation>
    </message>
    <message>
        <source>Add a document</source>
        <translation>افزودن مدرک</translation>
    </message>
    <message>
        <source>PDF and images (*.pdf *.jpg *.jpeg *.png *.webp *.heic)</source>
        <translation>PDF و تصویر (*.pdf *.jpg *.jpeg *.png *.webp *.heic)</translation>
    </message>
    <message>
        <source>Job card</source>
        <translation>کارت تعمیر</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>انتقال</translation>
    </message>
    <message>
        <source>Choose a vehicle first.</source>
        <translation>ابتدا خودرو را انتخاب کنید.</translation>
    </message>
    <message>
        <source>The new owner</source>
        <translation>مالک جدید</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>ذخیرهٔ یک نسخه</translation>
    </message>
</context>
</TS>
