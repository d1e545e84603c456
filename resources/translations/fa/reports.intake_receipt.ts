<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa">
<context>
    <name>Documents</name>
    <message>
        <source>counter {counter}</source>
        <translation>باجهٔ {counter}</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>مشتری</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>خودرو</translation>
    </message>
    <message>
        <source>VIN</source>
        <translation>شمارهٔ شاسی (VIN)</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>زمان ثبت</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>موضوع</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>پذیرش‌کننده</translation>
    </message>
    <message>
        <source>We will answer you by {when}.</source>
        <translation>پاسخ شما حداکثر تا {when} داده خواهد شد.</translation>
    </message>
    <message>
        <source>To follow up, quote your tracking code at any counter or call {how}. Keep this receipt until your case is closed.</source>
        <translation>برای پیگیری، کد رهگیری را در هر یک از باجه‌ها اعلام کنید یا با {how} تماس بگیرید. خواهشمند است این رسید را تا مختومه شدن پرونده نزد خود نگه دارید.</translation>
    </message>
    <message>
        <source>To follow up, quote your tracking code at any counter. Keep this receipt until your case is closed.</source>
        <translation>برای پیگیری، کد رهگیری را در هر یک از باجه‌ها اعلام کنید. خواهشمند است این رسید را تا مختومه شدن پرونده نزد خود نگه دارید.</translation>
    </message>
    <message>
        <source>Tracking code</source>
        <translation>کد رهگیری</translation>
    </message>
    <message>
        <source>Scan the code or read it out</source>
        <translation>کد را اسکن کنید یا برای کارشناس بخوانید</translation>
    </message>
    <message>
        <source>Case receipt</source>
        <translation>رسید ثبت پرونده</translation>
    </message>
    <message>
        <source>In your words</source>
        <translation>شرح درخواست به بیان شما</translation>
    </message>
</context>
</TS>
