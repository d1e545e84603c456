<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa">
<context>
    <name>Errors</name>
    <message>
        <source>Sync with HQ did not finish; it will try again.</source>
        <translation>همگام‌سازی با ستاد کامل نشد؛ دوباره تلاش می‌شود.</translation>
    </message>
    <message>
        <source>HQ cannot be reached (no network, or HQ is down). Work goes on; sync will try again.</source>
        <translation>ارتباط با ستاد برقرار نمی‌شود (شبکه قطع است یا سرور ستاد در دسترس نیست). کار ادامه دارد و همگام‌سازی دوباره تلاش می‌کند.</translation>
    </message>
    <message>
        <source>HQ no longer accepts this PC. Ask HQ for a new enrolment code and connect again.</source>
        <translation>ستاد دیگر این رایانه را نمی‌پذیرد. از ستاد کد فعال‌سازی تازه بگیرید و دوباره متصل شوید.</translation>
    </message>
    <message>
        <source>This PC is not connected to HQ yet.</source>
        <translation>این رایانه هنوز به ستاد متصل نشده است.</translation>
    </message>
    <message>
        <source>HQ does not know this enrolment code: check it for typing errors.</source>
        <translation>این کد فعال‌سازی در ستاد شناخته نیست؛ آن را از نظر غلط تایپی بررسی کنید.</translation>
    </message>
    <message>
        <source>This enrolment code has expired: ask HQ for a new one.</source>
        <translation>مهلت این کد فعال‌سازی تمام شده است؛ از ستاد کد تازه بخواهید.</translation>
    </message>
    <message>
        <source>This enrolment code was already used: ask HQ for a new one.</source>
        <translation>این کد فعال‌سازی قبلاً به کار رفته است؛ از ستاد کد تازه بخواهید.</translation>
    </message>
    <message>
        <source>An enrolment code looks like ABCD-EFGH-JKMN.</source>
        <translation>کد فعال‌سازی به این شکل است: ABCD-EFGH-JKMN</translation>
    </message>
    <message>
        <source>This code is for another dealership than the one this PC is set up for.</source>
        <translation>این کد برای نمایندگی دیگری صادر شده است، نه نمایندگی‌ای که این رایانه برای آن راه‌اندازی شده.</translation>
    </message>
    <message>
        <source>HQ already has this PC connected. HQ must revoke the old connection first.</source>
        <translation>این رایانه پیش‌تر به ستاد متصل شده است. ستاد باید ابتدا اتصال قبلی را باطل کند.</translation>
    </message>
    <message>
        <source>Every device code of this dealership is taken at HQ: HQ must retire unused devices.</source>
        <translation>همهٔ کدهای دستگاه این نمایندگی در ستاد گرفته شده است؛ ستاد باید دستگاه‌های بی‌استفاده را کنار بگذارد.</translation>
    </message>
    <message>
        <source>Type HQ's address, for example https://hq.example.ir</source>
        <translation>نشانی ستاد را وارد کنید، مثلاً https://hq.example.ir</translation>
    </message>
    <message>
        <source>HQ did not understand the request.</source>
        <translation>درخواست برای ستاد قابل فهم نبود.</translation>
    </message>
    <message>
        <source>HQ's data went back in time several times in a row; sync stopped for now.</source>
        <translation>داده‌های ستاد چند بار پشت سر هم به عقب برگشت؛ همگام‌سازی فعلاً متوقف شد.</translation>
    </message>
    <message>
        <source>HQ sent an answer this version cannot read.</source>
        <translation>ستاد پاسخی فرستاد که این نسخه نمی‌تواند آن را بخواند.</translation>
    </message>
    <message>
        <source>HQ address</source>
        <translation>نشانی ستاد</translation>
    </message>
    <message>
        <source>Enrolment code</source>
        <translation>کد فعال‌سازی</translation>
    </message>
</context>
</TS>
