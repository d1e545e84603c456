<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa">
<context>
    <name>CasesScreen</name>
    <message>
        <source>Tracking code</source>
        <translation>کد رهگیری</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>تازه‌سازی</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>همهٔ وضعیت‌ها</translation>
    </message>
    <message>
        <source>Any type</source>
        <translation>همهٔ انواع</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>همهٔ موضوع‌ها</translation>
    </message>
    <message>
        <source>Any priority</source>
        <translation>همهٔ اولویت‌ها</translation>
    </message>
    <message>
        <source>Any segment</source>
        <translation>همهٔ گروه‌های خودرو</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>در حال بارگذاری…</translation>
    </message>
    <message>
        <source>No cases in this queue.</source>
        <translation>پرونده‌ای در این صف نیست.</translation>
    </message>
    <message>
        <source>%1 cases shown; scroll for more.</source>
        <translation>%1 پرونده نمایش داده شد؛ برای دیدن بقیه پایین بروید.</translation>
    </message>
    <message>
        <source>%1 cases.</source>
        <translation>%1 پرونده.</translation>
    </message>
</context>
</TS>
