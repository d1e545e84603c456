"""Display names of the analysis and improvement codes (context "Labels")."""

from __future__ import annotations

from desktop.i18n.catalog import QT_TRANSLATE_NOOP

LABELS: dict[str, dict[str, str]] = {
    "fishbone_branch": {
        "man": QT_TRANSLATE_NOOP("Labels", "People"),
        "machine": QT_TRANSLATE_NOOP("Labels", "Machines and equipment"),
        "method": QT_TRANSLATE_NOOP("Labels", "Methods and procedures"),
        "material": QT_TRANSLATE_NOOP("Labels", "Materials and parts"),
        "measurement": QT_TRANSLATE_NOOP("Labels", "Measurement"),
        "environment": QT_TRANSLATE_NOOP("Labels", "Environment"),
    },
    "action_status": {
        "planned": QT_TRANSLATE_NOOP("Labels", "Planned"),
        "in_progress": QT_TRANSLATE_NOOP("Labels", "In progress"),
        "done": QT_TRANSLATE_NOOP("Labels", "Done"),
        "cancelled": QT_TRANSLATE_NOOP("Labels", "Cancelled"),
    },
    "period_kind": {
        "month": QT_TRANSLATE_NOOP("Labels", "Month"),
        "quarter": QT_TRANSLATE_NOOP("Labels", "Quarter"),
        "year": QT_TRANSLATE_NOOP("Labels", "Year"),
        "range": QT_TRANSLATE_NOOP("Labels", "Date range"),
    },
}
