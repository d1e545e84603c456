<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa">
<context>
    <name>Documents</name>
    <message>
        <source>out of 100</source>
        <translation>از ۱۰۰</translation>
    </message>
    <message>
        <source>Audit score</source>
        <translation>امتیاز ارزیابی</translation>
    </message>
    <message>
        <source>Capped at {cap} by a critical failure (before the cap: {score}).</source>
        <translation>به‌دلیل خطای بحرانی به {cap} محدود شد (امتیاز پیش از محدودیت: {score}).</translation>
    </message>
    <message>
        <source>{count} sections, {failures} critical failures</source>
        <translation>{count} بخش، {failures} خطای بحرانی</translation>
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
        <source>capped at {cap}</source>
        <translation>محدود به {cap}</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>بدون امتیاز</translation>
    </message>
    <message>
        <source>Scores by section</source>
        <translation>امتیاز بخش‌ها</translation>
    </message>
    <message>
        <source>Critical failures</source>
        <translation>خطاهای بحرانی</translation>
    </message>
    <message>
        <source>No critical item failed.</source>
        <translation>هیچ مورد بحرانی‌ای مردود نشد.</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>پرسش</translation>
    </message>
    <message>
        <source>Effect</source>
        <translation>اثر</translation>
    </message>
    <message>
        <source>audit capped at {cap}</source>
        <translation>امتیاز کل محدود به {cap}</translation>
    </message>
    <message>
        <source>section capped at {cap}</source>
        <translation>امتیاز بخش محدود به {cap}</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>پاسخ</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>امتیاز</translation>
    </message>
    <message>
        <source>{earned} of {possible}</source>
        <translation>{earned} از {possible}</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>یافته‌ها</translation>
    </message>
    <message>
        <source>* critical question</source>
        <translation>* پرسش بحرانی</translation>
    </message>
    <message>
        <source>(this file is not an image)</source>
        <translation>(این پرونده تصویر نیست)</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>مستندات</translation>
    </message>
    <message>
        <source>Dealership's reason</source>
        <translation>دلیل نمایندگی</translation>
    </message>
    <message>
        <source>HQ's decision</source>
        <translation>رأی ستاد</translation>
    </message>
    <message>
        <source>Appeals</source>
        <translation>اعتراض‌ها</translation>
    </message>
    <message>
        <source>Mystery-shopper audit report</source>
        <translation>گزارش بازدید نامحسوس</translation>
    </message>
    <message>
        <source>code {code}</source>
        <translation>کد {code}</translation>
    </message>
    <message>
        <source>version {version}</source>
        <translation>نسخهٔ {version}</translation>
    </message>
    <message>
        <source>Dealership</source>
        <translation>نمایندگی</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>زمان بازدید</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>فرم</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>سناریو</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>بازرس</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>شماره</translation>
    </message>
    <message>
        <source>Inspector's remarks</source>
        <translation>جمع‌بندی بازرس</translation>
    </message>
    <message>
        <source>Fingerprint of the frozen submission (SHA-256): {hash}</source>
        <translation>اثر انگشت فرم نهایی‌شده (SHA-256): {hash}</translation>
    </message>
</context>
</TS>
