<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa">
<context>
    <name>Crash</name>
    <message>
        <source>Pishkhan: unexpected error</source>
        <translation>پیشخوان: خطای پیش‌بینی‌نشده</translation>
    </message>
    <message>
        <source>Something unexpected went wrong. Your saved work is safe in the database. Please send the details below to your IT support.</source>
        <translation>خطایی پیش‌بینی‌نشده رخ داد. کارهای ذخیره‌شده در پایگاه داده محفوظ است. لطفاً جزئیات زیر را برای پشتیبانی فناوری اطلاعات بفرستید.</translation>
    </message>
    <message>
        <source>The same details are in the log file:
%1</source>
        <translation>همین جزئیات در پروندهٔ گزارش هم هست:
%1</translation>
    </message>
</context>
</TS>
