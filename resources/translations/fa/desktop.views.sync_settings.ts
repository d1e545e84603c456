<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa">
<context>
    <name>ConnectPage</name>
    <message>
        <source>This PC keeps working without HQ. Connected, it sends its changes to HQ and receives its dealership&apos;s cases, users and counters. Ask HQ for an enrolment code: it works once and expires.</source>
        <translation>این رایانه بدون ستاد هم کار می‌کند. پس از اتصال، تغییراتش را به ستاد می‌فرستد و پرونده‌ها، کاربران و باجه‌های نمایندگی خود را دریافت می‌کند. از ستاد کد فعال‌سازی بگیرید؛ این کد فقط یک بار کار می‌کند و مهلت محدودی دارد.</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>وضعیت اتصال</translation>
    </message>
    <message>
        <source>HQ address</source>
        <translation>نشانی ستاد</translation>
    </message>
    <message>
        <source>This PC&apos;s device ID</source>
        <translation>شناسهٔ دستگاه این رایانه</translation>
    </message>
    <message>
        <source>Last successful sync</source>
        <translation>آخرین همگام‌سازی موفق</translation>
    </message>
    <message>
        <source>Changes waiting for HQ</source>
        <translation>تغییرات در انتظار ارسال به ستاد</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>مشکل</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>همگام‌سازی اکنون</translation>
    </message>
    <message>
        <source>Connect to HQ</source>
        <translation>اتصال به ستاد</translation>
    </message>
    <message>
        <source>Enrolment code</source>
        <translation>کد فعال‌سازی</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>اتصال</translation>
    </message>
    <message>
        <source>Not connected: this PC works offline</source>
        <translation>متصل نیست: این رایانه بدون شبکه کار می‌کند</translation>
    </message>
    <message>
        <source>HQ refused this PC&apos;s token. Connect again with a new code.</source>
        <translation>ستاد مجوز این رایانه را باطل کرده است. با کد فعال‌سازی تازه دوباره متصل شوید.</translation>
    </message>
    <message>
        <source>HQ refused %1 change(s); they stay on this PC.</source>
        <translation>ستاد %1 تغییر را نپذیرفت؛ این تغییرات روی همین رایانه می‌مانند.</translation>
    </message>
    <message>
        <source>Connect again</source>
        <translation>اتصال دوباره</translation>
    </message>
    <message>
        <source>Connecting to HQ…</source>
        <translation>در حال اتصال به ستاد…</translation>
    </message>
    <message>
        <source>Connected. This PC now syncs with HQ.</source>
        <translation>متصل شد. این رایانه از این پس با ستاد همگام می‌شود.</translation>
    </message>
    <message>
        <source>Connected as an inspector&apos;s laptop: audits go to HQ.</source>
        <translation>به‌عنوان رایانهٔ بازرس متصل شد: بازرسی‌ها به ستاد فرستاده می‌شوند.</translation>
    </message>
</context>
</TS>
