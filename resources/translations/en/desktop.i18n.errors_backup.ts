<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Errors</name>
    <message>
        <source>The backup could not be written (is the disk full?). The database is unchanged.</source>
        <translation>The backup could not be written (is the disk full?). The database is unchanged.</translation>
    </message>
    <message>
        <source>The backup copy failed its check, so it was not kept. The database itself may be damaged: restore the newest good backup.</source>
        <translation>The backup copy failed its check, so it was not kept. The database itself may be damaged: restore the newest good backup.</translation>
    </message>
    <message>
        <source>This backup file is damaged; nothing was changed.</source>
        <translation>This backup file is damaged; nothing was changed.</translation>
    </message>
    <message>
        <source>This file is not a Pishkhan database; nothing was changed.</source>
        <translation>This file is not a Pishkhan database; nothing was changed.</translation>
    </message>
    <message>
        <source>This backup was made by a newer version of Pishkhan. Install that version to restore it; nothing was changed.</source>
        <translation>This backup was made by a newer version of Pishkhan. Install that version to restore it; nothing was changed.</translation>
    </message>
    <message>
        <source>The backup file was not found.</source>
        <translation>The backup file was not found.</translation>
    </message>
    <message>
        <source>That file is the database itself, not a backup.</source>
        <translation>That file is the database itself, not a backup.</translation>
    </message>
    <message>
        <source>The backup folder is not available. Is the USB stick plugged in?</source>
        <translation>The backup folder is not available. Is the USB stick plugged in?</translation>
    </message>
    <message>
        <source>There is no database file to back up.</source>
        <translation>There is no database file to back up.</translation>
    </message>
    <message>
        <source>The database could not be replaced; it was left as it was.</source>
        <translation>The database could not be replaced; it was left as it was.</translation>
    </message>
    <message>
        <source>Type the folder&apos;s full path, or choose the folder with the button.</source>
        <translation>Type the folder&apos;s full path, or choose the folder with the button.</translation>
    </message>
    <message>
        <source>Pishkhan cannot write in this folder.</source>
        <translation>Pishkhan cannot write in this folder.</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Backup folder</translation>
    </message>
</context>
</TS>
