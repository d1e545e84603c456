<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>BackupGuard</name>
    <message>
        <source>The backup is back in place, with %1 events.</source>
        <translation>The backup is back in place, with %1 events.</translation>
    </message>
    <message>
        <source>The database it replaced is kept as %1.</source>
        <translation>The database it replaced is kept as %1.</translation>
    </message>
    <message>
        <source>Please sign in again.</source>
        <translation>Please sign in again.</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Backup restored</translation>
    </message>
    <message>
        <source>Today&apos;s automatic backup could not be made. Pishkhan tries again in an hour.</source>
        <translation>Today&apos;s automatic backup could not be made. Pishkhan tries again in an hour.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>This PC&apos;s database fails its integrity check, and no sound backup of it was found. Avoid entering new work on this PC and call your IT support.</source>
        <translation>This PC&apos;s database fails its integrity check, and no sound backup of it was found. Avoid entering new work on this PC and call your IT support.</translation>
    </message>
    <message>
        <source>Damaged database</source>
        <translation>Damaged database</translation>
    </message>
    <message>
        <source>This PC&apos;s database fails its integrity check: some of its data may be damaged. Restore the newest good backup, made %1 with %2 events?</source>
        <translation>This PC&apos;s database fails its integrity check: some of its data may be damaged. Restore the newest good backup, made %1 with %2 events?</translation>
    </message>
    <message>
        <source>Work saved after that backup is lost on this PC unless HQ already has it: sync sends it back. The damaged database is kept beside the restored one; everyone is signed out.</source>
        <translation>Work saved after that backup is lost on this PC unless HQ already has it: sync sends it back. The damaged database is kept beside the restored one; everyone is signed out.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Not now</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Restoring the backup…</translation>
    </message>
    <message>
        <source>Pishkhan</source>
        <translation>Pishkhan</translation>
    </message>
    <message>
        <source>The database file %1 is damaged and no sound backup of it was found. Call your IT support.</source>
        <translation>The database file %1 is damaged and no sound backup of it was found. Call your IT support.</translation>
    </message>
    <message>
        <source>The database file is damaged and cannot be opened. Restore the newest good backup, made %1 with %2 events? The damaged file is kept beside it.</source>
        <translation>The database file is damaged and cannot be opened. Restore the newest good backup, made %1 with %2 events? The damaged file is kept beside it.</translation>
    </message>
</context>
</TS>
