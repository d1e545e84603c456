<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa">
<context>
    <name>AmendDialog</name>
    <message>
        <source>Amend an answer</source>
        <translation>اصلاح پاسخ</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>بند</translation>
    </message>
    <message>
        <source>Recorded answer</source>
        <translation>پاسخ ثبت‌شده</translation>
    </message>
    <message>
        <source>Corrected answer</source>
        <translation>پاسخ اصلاحی</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>دلیل</translation>
    </message>
    <message>
        <source>The original answer stays on record beside the amendment.</source>
        <translation>پاسخ اصلی در کنار اصلاحیه در سابقه می‌ماند.</translation>
    </message>
</context>
<context>
    <name>DecideDialog</name>
    <message>
        <source>Decide an appeal</source>
        <translation>تصمیم دربارهٔ اعتراض</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>بند</translation>
    </message>
    <message>
        <source>Inspector&apos;s answer</source>
        <translation>پاسخ بازرس</translation>
    </message>
    <message>
        <source>Dealership&apos;s reason</source>
        <translation>دلیل نمایندگی</translation>
    </message>
    <message>
        <source>Uphold: the finding was wrong</source>
        <translation>پذیرش: یافتهٔ بازرس نادرست بود</translation>
    </message>
    <message>
        <source>Reject: the finding stands</source>
        <translation>رد: یافتهٔ بازرس به قوت خود باقی است</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>تصمیم</translation>
    </message>
    <message>
        <source>Set the right answer (otherwise the item is struck out of the score)</source>
        <translation>ثبت پاسخ درست (وگرنه این بند از امتیازدهی حذف می‌شود)</translation>
    </message>
    <message>
        <source>Right answer</source>
        <translation>پاسخ درست</translation>
    </message>
    <message>
        <source>Reason for the decision</source>
        <translation>دلیل تصمیم</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Appeal an item</source>
        <translation>اعتراض به یک بند</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>بند</translation>
    </message>
    <message>
        <source>Inspector&apos;s answer</source>
        <translation>پاسخ بازرس</translation>
    </message>
    <message>
        <source>Why the finding is wrong, and what shows it</source>
        <translation>چرا این یافته نادرست است و چه مدرکی آن را نشان می‌دهد</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>دلیل</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <source>Assign a visit</source>
        <translation>تعیین بازدید</translation>
    </message>
    <message>
        <source>Unplanned visit</source>
        <translation>بازدید برنامه‌ریزی‌نشده</translation>
    </message>
    <message>
        <source>Leave empty to use the form&apos;s scenario</source>
        <translation>برای استفاده از سناریوی فرم، خالی بگذارید</translation>
    </message>
    <message>
        <source>Dealership code</source>
        <translation>کد نمایندگی</translation>
    </message>
    <message>
        <source>Dealership name</source>
        <translation>نام نمایندگی</translation>
    </message>
    <message>
        <source>City</source>
        <translation>شهر</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>فرم</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>بازرس</translation>
    </message>
    <message>
        <source>Visit from</source>
        <translation>بازدید از تاریخ</translation>
    </message>
    <message>
        <source>Visit until</source>
        <translation>تا تاریخ</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>سناریو</translation>
    </message>
</context>
</TS>
