<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa">
<context>
    <name>BackupPage</name>
    <message>
        <source>KB</source>
        <translation>کیلوبایت</translation>
    </message>
    <message>
        <source>MB</source>
        <translation>مگابایت</translation>
    </message>
    <message>
        <source>Pishkhan backs up this PC&apos;s database every day while it runs and keeps the last 7 days and 4 weeks. Backups made by hand or before an upgrade stay until you delete them. A folder on a USB stick or another disk also survives a broken PC.</source>
        <translation>پیشخوان هر روز که اجرا شود از پایگاه دادهٔ این رایانه نسخهٔ پشتیبان می‌گیرد و نسخه‌های ۷ روز و ۴ هفتهٔ اخیر را نگه می‌دارد. نسخه‌هایی که دستی یا پیش از به‌روزرسانی گرفته شده‌اند تا وقتی خودتان پاکشان نکنید می‌مانند. پوشه‌ای روی حافظهٔ فلش یا دیسکی دیگر، از خرابی خود رایانه هم در امان می‌ماند.</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>پوشهٔ پشتیبان</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>انتخاب…</translation>
    </message>
    <message>
        <source>Use the default</source>
        <translation>پوشهٔ پیش‌فرض</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>زمان</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>حجم</translation>
    </message>
    <message>
        <source>Restore from a file…</source>
        <translation>بازگردانی از پرونده…</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>بازگردانی…</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>همین حالا پشتیبان بگیر</translation>
    </message>
    <message>
        <source>%1 backups here; the newest was made %2.</source>
        <translation>%1 نسخهٔ پشتیبان در این پوشه است؛ تازه‌ترین در %2 گرفته شده است.</translation>
    </message>
    <message>
        <source>No backups in this folder yet.</source>
        <translation>هنوز نسخهٔ پشتیبانی در این پوشه نیست.</translation>
    </message>
    <message>
        <source>Saved. New backups go to this folder.</source>
        <translation>ذخیره شد. نسخه‌های پشتیبان بعدی در این پوشه نوشته می‌شوند.</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>در حال پشتیبان‌گیری…</translation>
    </message>
    <message>
        <source>Backed up and verified: %1 (%2).</source>
        <translation>نسخهٔ پشتیبان گرفته و بررسی شد: %1 (%2).</translation>
    </message>
    <message>
        <source>Restore from a file</source>
        <translation>بازگردانی از پرونده</translation>
    </message>
    <message>
        <source>Pishkhan backups (*.db);;All files (*)</source>
        <translation>نسخه‌های پشتیبان پیشخوان (*.db);;همهٔ پرونده‌ها (*)</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>بازگردانی نسخهٔ پشتیبان</translation>
    </message>
    <message>
        <source>Replace this PC&apos;s database with the backup of %1?</source>
        <translation>پایگاه دادهٔ این رایانه با نسخهٔ پشتیبانِ %1 جایگزین شود؟</translation>
    </message>
    <message>
        <source>Work saved on this PC after that backup is lost here, unless HQ already has it: sync sends it back. The current database is kept beside it, and everyone is signed out.</source>
        <translation>کارهایی که پس از آن نسخه در این رایانه ثبت شده‌اند از این رایانه پاک می‌شوند، مگر آن‌هایی که به ستاد رسیده‌اند: همگام‌سازی آن‌ها را برمی‌گرداند. پایگاه دادهٔ فعلی کنار آن نگه داشته می‌شود و همهٔ کاربران از سامانه خارج می‌شوند.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>بازگردانی</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>در حال بازگردانی…</translation>
    </message>
</context>
</TS>
