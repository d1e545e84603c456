<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa">
<context>
    <name>IntakeDialog</name>
    <message>
        <source>New case for %1</source>
        <translation>پروندهٔ جدید برای %1</translation>
    </message>
    <message>
        <source>No vehicle</source>
        <translation>بدون خودرو</translation>
    </message>
    <message>
        <source>The customer's words</source>
        <translation>گفتهٔ مشتری، همان‌طور که بیان می‌کند</translation>
    </message>
    <message>
        <source>What the customer asks for (optional)</source>
        <translation>خواستهٔ مشتری (اختیاری)</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>خودرو</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>نحوهٔ مراجعه</translation>
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
        <source>Description</source>
        <translation>شرح</translation>
    </message>
    <message>
        <source>Remedy asked for</source>
        <translation>خواستهٔ مشتری</translation>
    </message>
    <message>
        <source>Add file…</source>
        <translation>افزودن فایل…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>فایل‌ها</translation>
    </message>
    <message>
        <source>Answered on the spot (closes the case: resolved at first contact)</source>
        <translation>در همان لحظه پاسخ داده شد (پرونده مختومه می‌شود: حل‌شده در همان مراجعه)</translation>
    </message>
    <message>
        <source>The answer given</source>
        <translation>پاسخی که داده شد</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation>پرسیده نشد</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>پاسخ</translation>
    </message>
    <message>
        <source>Customer's satisfaction</source>
        <translation>رضایت مشتری</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>انصراف</translation>
    </message>
    <message>
        <source>Register the case</source>
        <translation>ثبت پرونده</translation>
    </message>
    <message>
        <source>Referring authority</source>
        <translation>مرجع ارجاع‌دهنده</translation>
    </message>
    <message>
        <source>e.g. the consumer protection organisation</source>
        <translation>مثلاً سازمان حمایت از حقوق مصرف‌کنندگان</translation>
    </message>
    <message>
        <source>of</source>
        <translation>مورخ</translation>
    </message>
    <message>
        <source>Authority's name</source>
        <translation>نام مرجع</translation>
    </message>
    <message>
        <source>Answer due by</source>
        <translation>مهلت پاسخ تا</translation>
    </message>
    <message>
        <source>Their letter number and date</source>
        <translation>شماره و تاریخ نامهٔ مرجع</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بستن</translation>
    </message>
    <message>
        <source>Print receipt</source>
        <translation>چاپ رسید</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(هیچ)</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>پیوست فایل</translation>
    </message>
    <message>
        <source>PDF and images (*.pdf *.jpg *.jpeg *.png *.webp *.heic)</source>
        <translation>PDF و تصویر (*.pdf *.jpg *.jpeg *.png *.webp *.heic)</translation>
    </message>
    <message>
        <source>Answered and closed at first contact</source>
        <translation>پاسخ داده شد و پرونده در همان مراجعه مختومه شد</translation>
    </message>
    <message>
        <source>Case registered</source>
        <translation>پرونده ثبت شد</translation>
    </message>
    <message>
        <source>Read the tracking code out to the customer: it finds the case by phone too.</source>
        <translation>کد رهگیری را برای مشتری بخوانید؛ پیگیری تلفنی پرونده هم با همین کد انجام می‌شود.</translation>
    </message>
</context>
</TS>
