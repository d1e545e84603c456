"""Messages of the backup and restore error codes (desktop.models.backup)."""

from desktop.i18n.catalog import QT_TRANSLATE_NOOP

MESSAGES: dict[str, str] = {
    "backup_failed": QT_TRANSLATE_NOOP(
        "Errors", "The backup could not be written (is the disk full?). The database is unchanged."
    ),
    "backup_unverified": QT_TRANSLATE_NOOP(
        "Errors",
        "The backup copy failed its check, so it was not kept. The database itself may be damaged:"
        " restore the newest good backup.",
    ),
    "backup_corrupt": QT_TRANSLATE_NOOP("Errors", "This backup file is damaged; nothing was changed."),
    "backup_not_pishkhan": QT_TRANSLATE_NOOP(
        "Errors", "This file is not a Pishkhan database; nothing was changed."
    ),
    "backup_too_new": QT_TRANSLATE_NOOP(
        "Errors",
        "This backup was made by a newer version of Pishkhan. Install that version to restore it;"
        " nothing was changed.",
    ),
    "backup_missing": QT_TRANSLATE_NOOP("Errors", "The backup file was not found."),
    "backup_is_database": QT_TRANSLATE_NOOP("Errors", "That file is the database itself, not a backup."),
    "folder_unavailable": QT_TRANSLATE_NOOP(
        "Errors", "The backup folder is not available. Is the USB stick plugged in?"
    ),
    "no_database": QT_TRANSLATE_NOOP("Errors", "There is no database file to back up."),
    "restore_failed": QT_TRANSLATE_NOOP(
        "Errors", "The database could not be replaced; it was left as it was."
    ),
    "folder_not_absolute": QT_TRANSLATE_NOOP(
        "Errors", "Type the folder's full path, or choose the folder with the button."
    ),
    "folder_not_writable": QT_TRANSLATE_NOOP("Errors", "Pishkhan cannot write in this folder."),
}

FIELDS: dict[str, str] = {
    "backup_dir": QT_TRANSLATE_NOOP("Errors", "Backup folder"),
}
