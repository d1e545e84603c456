"""Display names of backup kinds (desktop.models.backup.KINDS)."""

from desktop.i18n.catalog import QT_TRANSLATE_NOOP

LABELS: dict[str, dict[str, str]] = {
    "backup_kind": {
        "daily": QT_TRANSLATE_NOOP("Labels", "Daily (automatic)"),
        "manual": QT_TRANSLATE_NOOP("Labels", "Made by hand"),
        "upgrade": QT_TRANSLATE_NOOP("Labels", "Before an upgrade"),
    },
}
