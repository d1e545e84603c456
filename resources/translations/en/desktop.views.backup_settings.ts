<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>BackupPage</name>
    <message>
        <source>KB</source>
        <translation>KB</translation>
    </message>
    <message>
        <source>MB</source>
        <translation>MB</translation>
    </message>
    <message>
        <source>Pishkhan backs up this PC&apos;s database every day while it runs and keeps the last 7 days and 4 weeks. Backups made by hand or before an upgrade stay until you delete them. A folder on a USB stick or another disk also survives a broken PC.</source>
        <translation>Pishkhan backs up this PC&apos;s database every day while it runs and keeps the last 7 days and 4 weeks. Backups made by hand or before an upgrade stay until you delete them. A folder on a USB stick or another disk also survives a broken PC.</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Backup folder</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Use the default</source>
        <translation>Use the default</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Made</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Restore from a file…</source>
        <translation>Restore from a file…</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Restore…</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <source>%1 backups here; the newest was made %2.</source>
        <translation>%1 backups here; the newest was made %2.</translation>
    </message>
    <message>
        <source>No backups in this folder yet.</source>
        <translation>No backups in this folder yet.</translation>
    </message>
    <message>
        <source>Saved. New backups go to this folder.</source>
        <translation>Saved. New backups go to this folder.</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <source>Backed up and verified: %1 (%2).</source>
        <translation>Backed up and verified: %1 (%2).</translation>
    </message>
    <message>
        <source>Restore from a file</source>
        <translation>Restore from a file</translation>
    </message>
    <message>
        <source>Pishkhan backups (*.db);;All files (*)</source>
        <translation>Pishkhan backups (*.db);;All files (*)</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <source>Replace this PC&apos;s database with the backup of %1?</source>
        <translation>Replace this PC&apos;s database with the backup of %1?</translation>
    </message>
    <message>
        <source>Work saved on this PC after that backup is lost here, unless HQ already has it: sync sends it back. The current database is kept beside it, and everyone is signed out.</source>
        <translation>Work saved on this PC after that backup is lost here, unless HQ already has it: sync sends it back. The current database is kept beside it, and everyone is signed out.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Restoring…</translation>
    </message>
</context>
</TS>
