<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa">
<context>
    <name>AuditsScreen</name>
    <message>
        <source>Visits</source>
        <translation>بازدیدها</translation>
    </message>
    <message>
        <source>All audits</source>
        <translation>همهٔ بازرسی‌ها</translation>
    </message>
    <message>
        <source>My audits</source>
        <translation>بازرسی‌های من</translation>
    </message>
    <message>
        <source>Our audit reports</source>
        <translation>گزارش‌های بازرسی ما</translation>
    </message>
    <message>
        <source>Appeals</source>
        <translation>اعتراض‌ها</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>رتبه‌بندی</translation>
    </message>
    <message>
        <source>Forms</source>
        <translation>فرم‌ها</translation>
    </message>
    <message>
        <source>Dealership</source>
        <translation>نمایندگی</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>فرم</translation>
    </message>
    <message>
        <source>When</source>
        <translation>زمان</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>پاسخ‌داده</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>بازرس</translation>
    </message>
    <message>
        <source>Start or resume the visit</source>
        <translation>شروع یا ادامهٔ بازدید</translation>
    </message>
    <message>
        <source>Unplanned visit…</source>
        <translation>بازدید برنامه‌ریزی‌نشده…</translation>
    </message>
    <message>
        <source>Discard the draft</source>
        <translation>دور انداختن پیش‌نویس</translation>
    </message>
    <message>
        <source>Assign a visit…</source>
        <translation>تعیین بازدید…</translation>
    </message>
    <message>
        <source>Cancel the visit</source>
        <translation>لغو بازدید</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>بازدید</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>امتیاز</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>حیاتی</translation>
    </message>
    <message>
        <source>State</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>باز کردن</translation>
    </message>
    <message>
        <source>Reports of covert visits to this dealership that HQ has released. You may appeal an item.</source>
        <translation>گزارش بازدیدهای نامحسوس از این نمایندگی که ستاد منتشر کرده است. می‌توانید به هر بند اعتراض کنید.</translation>
    </message>
    <message>
        <source>Appeals waiting</source>
        <translation>اعتراض‌های در انتظار</translation>
    </message>
    <message>
        <source>Open the report</source>
        <translation>باز کردن گزارش</translation>
    </message>
    <message>
        <source>Waiting for a decision</source>
        <translation>در انتظار تصمیم</translation>
    </message>
    <message>
        <source>All appeals</source>
        <translation>همهٔ اعتراض‌ها</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>تاریخ ثبت</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>بند</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>دلیل</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>نسخه</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>پرسش‌ها</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>زمان ورود</translation>
    </message>
    <message>
        <source>Import a form…</source>
        <translation>ورود فرم…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>خروجی…</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>از %1 تا %2</translation>
    </message>
    <message>
        <source>Unplanned</source>
        <translation>برنامه‌ریزی‌نشده</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 از %2</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>منتشرشده</translation>
    </message>
    <message>
        <source>Finalised</source>
        <translation>نهایی‌شده</translation>
    </message>
    <message>
        <source>amended</source>
        <translation>اصلاح‌شده</translation>
    </message>
    <message>
        <source>%1 appeals</source>
        <translation>%1 اعتراض</translation>
    </message>
    <message>
        <source>Inspector %1</source>
        <translation>بازرس %1</translation>
    </message>
    <message>
        <source>Audits</source>
        <translation>بازرسی‌ها</translation>
    </message>
    <message>
        <source>Select a row first.</source>
        <translation>نخست یک سطر را انتخاب کنید.</translation>
    </message>
    <message>
        <source>Throw away every answer of this draft?</source>
        <translation>همهٔ پاسخ‌های این پیش‌نویس دور ریخته شود؟</translation>
    </message>
    <message>
        <source>Import a form</source>
        <translation>ورود فرم</translation>
    </message>
    <message>
        <source>XLSForm or JSON (*.xlsx *.json)</source>
        <translation>XLSForm یا JSON (*.xlsx *.json)</translation>
    </message>
    <message>
        <source>Imported %1, version %2.</source>
        <translation>«%1» نسخهٔ %2 وارد شد.</translation>
    </message>
    <message>
        <source>Already held as %1, version %2.</source>
        <translation>این محتوا پیش‌تر با عنوان «%1» نسخهٔ %2 وارد شده است.</translation>
    </message>
    <message>
        <source>Export a form</source>
        <translation>خروجی فرم</translation>
    </message>
    <message>
        <source>XLSForm (*.xlsx);;JSON (*.json)</source>
        <translation>XLSForm (*.xlsx);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Saved at %1.</source>
        <translation>ساعت %1 ذخیره شد.</translation>
    </message>
</context>
</TS>
