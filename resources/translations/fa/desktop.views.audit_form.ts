<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa">
<context>
    <name>AuditForm</name>
    <message>
        <source>General</source>
        <translation>عمومی</translation>
    </message>
    <message>
        <source>Note for HQ only (never shown to the dealership)</source>
        <translation>یادداشت فقط برای ستاد (هرگز به نمایندگی نشان داده نمی‌شود)</translation>
    </message>
    <message>
        <source>One long page</source>
        <translation>همه در یک صفحه</translation>
    </message>
    <message>
        <source>Show score</source>
        <translation>نمایش امتیاز</translation>
    </message>
    <message>
        <source>Scenario: %1</source>
        <translation>سناریو: %1</translation>
    </message>
    <message>
        <source>I left just now</source>
        <translation>همین الان خارج شدم</translation>
    </message>
    <message>
        <source>Visit date</source>
        <translation>تاریخ بازدید</translation>
    </message>
    <message>
        <source>Entered at</source>
        <translation>ساعت ورود</translation>
    </message>
    <message>
        <source>Left at</source>
        <translation>ساعت خروج</translation>
    </message>
    <message>
        <source>Previous section</source>
        <translation>بخش قبلی</translation>
    </message>
    <message>
        <source>Next section</source>
        <translation>بخش بعدی</translation>
    </message>
    <message>
        <source>Close (kept as a draft)</source>
        <translation>بستن (به‌صورت پیش‌نویس می‌ماند)</translation>
    </message>
    <message>
        <source>Finalise audit</source>
        <translation>نهایی کردن بازرسی</translation>
    </message>
    <message>
        <source>Hide score</source>
        <translation>پنهان کردن امتیاز</translation>
    </message>
    <message>
        <source>Score so far: %1</source>
        <translation>امتیاز تا اینجا: %1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>ذخیره شد %1</translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png *.webp *.heic)</source>
        <translation>عکس (*.jpg *.jpeg *.png *.webp *.heic)</translation>
    </message>
    <message>
        <source>Photos and PDF files (*.jpg *.jpeg *.png *.webp *.heic *.pdf)</source>
        <translation>عکس و PDF (*.jpg *.jpeg *.png *.webp *.heic *.pdf)</translation>
    </message>
    <message>
        <source>Attach evidence</source>
        <translation>پیوست مدرک</translation>
    </message>
    <message>
        <source>After finalising, answers can only be corrected by a recorded amendment. Finalise now?</source>
        <translation>پس از نهایی شدن، پاسخ‌ها فقط با اصلاحیهٔ ثبت‌شده تغییر می‌کنند. اکنون نهایی شود؟</translation>
    </message>
</context>
</TS>
