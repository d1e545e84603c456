<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa">
<context>
    <name>SyncStatus</name>
    <message>
        <source>Sync now</source>
        <translation>همگام‌سازی اکنون</translation>
    </message>
    <message>
        <source>Refused by HQ: %1</source>
        <translation>ردشده از سوی ستاد: %1</translation>
    </message>
    <message>
        <source>HQ will not take these changes (outside this PC&apos;s scope or damaged). They stay on this PC.</source>
        <translation>ستاد این تغییرات را نمی‌پذیرد (خارج از حوزهٔ این رایانه یا آسیب‌دیده‌اند). این تغییرات روی همین رایانه می‌مانند.</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>آخرین همگام‌سازی: %1</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>هنوز همگام‌سازی نشده</translation>
    </message>
    <message>
        <source>Working offline (no HQ connection set up)</source>
        <translation>کار بدون شبکه (اتصال به ستاد تنظیم نشده است)</translation>
    </message>
    <message>
        <source>Syncing with HQ…</source>
        <translation>در حال همگام‌سازی با ستاد…</translation>
    </message>
    <message>
        <source>HQ refused this PC: connect it again in Settings → Connect to HQ</source>
        <translation>ستاد این رایانه را نپذیرفت: از «تنظیمات ← اتصال به ستاد» دوباره متصل شوید</translation>
    </message>
    <message>
        <source>HQ cannot be reached: working offline</source>
        <translation>ستاد در دسترس نیست: کار بدون شبکه ادامه دارد</translation>
    </message>
    <message>
        <source>next try in %1</source>
        <translation>تلاش بعدی تا %1 دیگر</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>همگام‌سازی ناموفق بود: %1</translation>
    </message>
    <message>
        <source>Connected to HQ</source>
        <translation>متصل به ستاد</translation>
    </message>
    <message>
        <source>In step with HQ</source>
        <translation>همگام با ستاد</translation>
    </message>
    <message>
        <source>Changes waiting for HQ: %1</source>
        <translation>تغییرات در انتظار ارسال به ستاد: %1</translation>
    </message>
</context>
</TS>
