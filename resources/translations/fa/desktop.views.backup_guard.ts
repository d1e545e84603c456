<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa">
<context>
    <name>BackupGuard</name>
    <message>
        <source>The backup is back in place, with %1 events.</source>
        <translation>نسخهٔ پشتیبان با %1 رویداد ثبت‌شده بازگردانده شد.</translation>
    </message>
    <message>
        <source>The database it replaced is kept as %1.</source>
        <translation>پایگاه داده‌ای که جایگزین شد با نام %1 نگه داشته شده است.</translation>
    </message>
    <message>
        <source>Please sign in again.</source>
        <translation>لطفاً دوباره وارد شوید.</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>نسخهٔ پشتیبان بازگردانده شد</translation>
    </message>
    <message>
        <source>Today&apos;s automatic backup could not be made. Pishkhan tries again in an hour.</source>
        <translation>پشتیبان‌گیری خودکار امروز انجام نشد. پیشخوان یک ساعت دیگر دوباره تلاش می‌کند.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>پشتیبان‌گیری</translation>
    </message>
    <message>
        <source>This PC&apos;s database fails its integrity check, and no sound backup of it was found. Avoid entering new work on this PC and call your IT support.</source>
        <translation>پایگاه دادهٔ این رایانه در بررسی سلامت رد شد و هیچ نسخهٔ پشتیبان سالمی از آن پیدا نشد. کار تازه‌ای در این رایانه ثبت نکنید و با پشتیبانی فنی تماس بگیرید.</translation>
    </message>
    <message>
        <source>Damaged database</source>
        <translation>پایگاه دادهٔ آسیب‌دیده</translation>
    </message>
    <message>
        <source>This PC&apos;s database fails its integrity check: some of its data may be damaged. Restore the newest good backup, made %1 with %2 events?</source>
        <translation>پایگاه دادهٔ این رایانه در بررسی سلامت رد شد و ممکن است بخشی از داده‌هایش آسیب دیده باشد. تازه‌ترین نسخهٔ پشتیبان سالم، گرفته‌شده در %1 با %2 رویداد، بازگردانده شود؟</translation>
    </message>
    <message>
        <source>Work saved after that backup is lost on this PC unless HQ already has it: sync sends it back. The damaged database is kept beside the restored one; everyone is signed out.</source>
        <translation>کارهایی که پس از آن نسخه ثبت شده‌اند از این رایانه پاک می‌شوند، مگر آن‌هایی که به ستاد رسیده‌اند: همگام‌سازی آن‌ها را برمی‌گرداند. پایگاه دادهٔ آسیب‌دیده کنار نسخهٔ بازگردانده نگه داشته می‌شود و همهٔ کاربران از سامانه خارج می‌شوند.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>بازگردانی</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>فعلاً نه</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>در حال بازگردانی نسخهٔ پشتیبان…</translation>
    </message>
    <message>
        <source>Pishkhan</source>
        <translation>پیشخوان</translation>
    </message>
    <message>
        <source>The database file %1 is damaged and no sound backup of it was found. Call your IT support.</source>
        <translation>پروندهٔ پایگاه دادهٔ %1 آسیب دیده است و هیچ نسخهٔ پشتیبان سالمی از آن پیدا نشد. با پشتیبانی فنی تماس بگیرید.</translation>
    </message>
    <message>
        <source>The database file is damaged and cannot be opened. Restore the newest good backup, made %1 with %2 events? The damaged file is kept beside it.</source>
        <translation>پروندهٔ پایگاه داده آسیب دیده است و باز نمی‌شود. تازه‌ترین نسخهٔ پشتیبان سالم، گرفته‌شده در %1 با %2 رویداد، بازگردانده شود؟ پروندهٔ آسیب‌دیده کنار آن نگه داشته می‌شود.</translation>
    </message>
</context>
</TS>
