<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa">
<context>
    <name>Documents</name>
    <message>
        <source>none</source>
        <translation>ندارد</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>شماره</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>Enclosures</source>
        <translation>پیوست</translation>
    </message>
    <message>
        <source>Reply on the {kind} of {customer} about {category} (tracking code {code})</source>
        <translation>پاسخ به {kind} {customer} در خصوص {category} (کد رهگیری {code})</translation>
    </message>
    <message>
        <source>Further to your letter no. {number} of {date}, we respectfully report the following:</source>
        <translation>بازگشت به نامهٔ شمارهٔ {number} مورخ {date}، به استحضار می‌رساند:</translation>
    </message>
    <message>
        <source>We respectfully report the following:</source>
        <translation>به استحضار می‌رساند:</translation>
    </message>
    <message>
        <source>To: {recipient}</source>
        <translation>{recipient}</translation>
    </message>
    <message>
        <source>Subject: {subject}</source>
        <translation>موضوع: {subject}</translation>
    </message>
    <message>
        <source>With greetings and respect,</source>
        <translation>با سلام و احترام،</translation>
    </message>
    <message>
        <source>With thanks for your attention,</source>
        <translation>با سپاس از توجه شما،</translation>
    </message>
    <message>
        <source>Enclosures:</source>
        <translation>پیوست‌ها:</translation>
    </message>
    <message>
        <source>Copies to:</source>
        <translation>رونوشت:</translation>
    </message>
    <message>
        <source>Letter no. {number}</source>
        <translation>نامهٔ شمارهٔ {number}</translation>
    </message>
</context>
</TS>
