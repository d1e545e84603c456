<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa">
<context>
    <name>Errors</name>
    <message>
        <source>The backup could not be written (is the disk full?). The database is unchanged.</source>
        <translation>نسخهٔ پشتیبان نوشته نشد (آیا دیسک پر است؟). پایگاه داده دست نخورده است.</translation>
    </message>
    <message>
        <source>The backup copy failed its check, so it was not kept. The database itself may be damaged: restore the newest good backup.</source>
        <translation>نسخهٔ پشتیبان در بررسی سلامت رد شد و نگه داشته نشد. ممکن است خود پایگاه داده آسیب دیده باشد: تازه‌ترین نسخهٔ پشتیبان سالم را بازگردانی کنید.</translation>
    </message>
    <message>
        <source>This backup file is damaged; nothing was changed.</source>
        <translation>این پروندهٔ پشتیبان آسیب دیده است؛ چیزی تغییر نکرد.</translation>
    </message>
    <message>
        <source>This file is not a Pishkhan database; nothing was changed.</source>
        <translation>این پرونده پایگاه دادهٔ پیشخوان نیست؛ چیزی تغییر نکرد.</translation>
    </message>
    <message>
        <source>This backup was made by a newer version of Pishkhan. Install that version to restore it; nothing was changed.</source>
        <translation>این نسخهٔ پشتیبان با نسخهٔ جدیدتری از پیشخوان ساخته شده است. برای بازگردانی، همان نسخه را نصب کنید؛ چیزی تغییر نکرد.</translation>
    </message>
    <message>
        <source>The backup file was not found.</source>
        <translation>پروندهٔ پشتیبان پیدا نشد.</translation>
    </message>
    <message>
        <source>That file is the database itself, not a backup.</source>
        <translation>این پرونده خودِ پایگاه داده است، نه نسخهٔ پشتیبان.</translation>
    </message>
    <message>
        <source>The backup folder is not available. Is the USB stick plugged in?</source>
        <translation>پوشهٔ پشتیبان در دسترس نیست. آیا حافظهٔ فلش وصل است؟</translation>
    </message>
    <message>
        <source>There is no database file to back up.</source>
        <translation>پروندهٔ پایگاه داده‌ای برای پشتیبان‌گیری وجود ندارد.</translation>
    </message>
    <message>
        <source>The database could not be replaced; it was left as it was.</source>
        <translation>پایگاه داده جایگزین نشد و همان‌طور که بود باقی ماند.</translation>
    </message>
    <message>
        <source>Type the folder&apos;s full path, or choose the folder with the button.</source>
        <translation>نشانی کامل پوشه را بنویسید یا پوشه را با دکمه انتخاب کنید.</translation>
    </message>
    <message>
        <source>Pishkhan cannot write in this folder.</source>
        <translation>پیشخوان نمی‌تواند در این پوشه بنویسد.</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>پوشهٔ پشتیبان</translation>
    </message>
</context>
</TS>
