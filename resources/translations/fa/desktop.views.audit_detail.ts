<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa">
<context>
    <name>AuditDetail</name>
    <message>
        <source>Back</source>
        <translation>بازگشت</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>بخش</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>وزن</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>امتیاز</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>بند</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>پاسخ</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>امتیاز بند</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>توضیح بازرس</translation>
    </message>
    <message>
        <source>Appeal</source>
        <translation>اعتراض</translation>
    </message>
    <message>
        <source>Preview and print</source>
        <translation>پیش‌نمایش و چاپ</translation>
    </message>
    <message>
        <source>Amend the selected answer…</source>
        <translation>اصلاح پاسخ انتخاب‌شده…</translation>
    </message>
    <message>
        <source>Release to the dealership</source>
        <translation>انتشار برای نمایندگی</translation>
    </message>
    <message>
        <source>Appeal the selected item…</source>
        <translation>اعتراض به بند انتخاب‌شده…</translation>
    </message>
    <message>
        <source>Decide the appeal…</source>
        <translation>تصمیم دربارهٔ اعتراض…</translation>
    </message>
    <message>
        <source>(at release: %1)</source>
        <translation>(هنگام انتشار: %1)</translation>
    </message>
    <message>
        <source>Score: %1</source>
        <translation>امتیاز: %1</translation>
    </message>
    <message>
        <source>Inspector %1</source>
        <translation>بازرس %1</translation>
    </message>
    <message>
        <source>Released to the dealership</source>
        <translation>برای نمایندگی منتشر شده</translation>
    </message>
    <message>
        <source>Not released</source>
        <translation>منتشر نشده</translation>
    </message>
    <message>
        <source>%1 amendments</source>
        <translation>%1 اصلاحیه</translation>
    </message>
    <message>
        <source>Visit: %1, %2 to %3</source>
        <translation>بازدید: %1، ساعت %2 تا %3</translation>
    </message>
    <message>
        <source>Scenario: %1</source>
        <translation>سناریو: %1</translation>
    </message>
    <message>
        <source>Note for HQ: %1</source>
        <translation>یادداشت برای ستاد: %1</translation>
    </message>
    <message>
        <source>Critical failures: %1</source>
        <translation>موارد حیاتی ناموفق: %1</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>بدون امتیاز</translation>
    </message>
    <message>
        <source>struck out</source>
        <translation>حذف از امتیاز</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 از %2</translation>
    </message>
    <message>
        <source>Audits</source>
        <translation>بازرسی‌ها</translation>
    </message>
    <message>
        <source>Select an item in the table first.</source>
        <translation>نخست یک بند را در جدول انتخاب کنید.</translation>
    </message>
    <message>
        <source>The dealership will see this report, with the inspector only as a pseudonym, and may appeal its items. Release it?</source>
        <translation>نمایندگی این گزارش را خواهد دید (بازرس فقط با نام مستعار) و می‌تواند به بندهای آن اعتراض کند. منتشر شود؟</translation>
    </message>
    <message>
        <source>Select an item whose appeal is waiting.</source>
        <translation>بندی را انتخاب کنید که اعتراضش در انتظار تصمیم است.</translation>
    </message>
</context>
</TS>
