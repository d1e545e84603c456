"""Messages of the error codes only the command line raises."""

from desktop.i18n.catalog import QT_TRANSLATE_NOOP

MESSAGES: dict[str, str] = {
    "database_missing": QT_TRANSLATE_NOOP(
        "Errors",
        "There is no database file at {path}: check the --db path (setup creates a new database).",
    ),
}
