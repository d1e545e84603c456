"""The views' language: Qt translators, layout direction, and number and date formatting."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from desktop.i18n import errors as error_texts
from desktop.i18n import labels
from desktop.models import calendar
from desktop.models.errors import PishkhanError
from desktop.paths import resources

_state: dict[str, object] = {"lang": "fa", "translators": []}


def lang() -> str:
    return str(_state["lang"])


def is_rtl() -> bool:
    return lang() == "fa"


def install(app: QApplication, language: str) -> None:
    """Load the catalogues of ``language`` ("fa" or "en") and set the layout direction."""
    language = language if language in ("fa", "en") else "fa"
    for old in _state["translators"]:  # type: ignore[attr-defined]
        app.removeTranslator(old)
    loaded: list[QTranslator] = []
    ours = QTranslator(app)
    if ours.load(str(resources() / "translations" / f"pishkhan_{language}.qm")):
        app.installTranslator(ours)
        loaded.append(ours)
    qt_own = QTranslator(app)
    if qt_own.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_own)
        loaded.append(qt_own)
    _state["translators"] = loaded
    _state["lang"] = language
    if language == "fa":
        QLocale.setDefault(QLocale(QLocale.Language.Persian, QLocale.Country.Iran))
        app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    else:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def label(kind: str, code: str | None) -> str:
    """The translated display name of a model code (category, status, role ...)."""
    if not code:
        return ""
    return QCoreApplication.translate(labels.CONTEXT, labels.source(kind, code))


def error_text(error: PishkhanError) -> str:
    """The translated message of a model error, with its field's name."""
    text, field = error_texts.message_source(error)
    return error_texts.format_message(
        QCoreApplication.translate(error_texts.CONTEXT, text),
        QCoreApplication.translate(error_texts.CONTEXT, field) if field else None,
        {k: digits(str(v)) for k, v in error.params.items()},
    )


def join_list(items: list[str]) -> str:
    """Items joined by the language's comma (، in Persian)."""
    return ("، " if is_rtl() else ", ").join(items)


def digits(text: str) -> str:
    """Digits in the script of the interface language."""
    return calendar.digits(text, lang())


def text(value: str | None) -> str:
    """Stored free text (names, addresses) for display: Persian digits in Persian.

    Identifiers people read out or type elsewhere (VIN, plate, tracking code) keep
    their stored form; use :func:`digits` only where a Persian reader expects it.
    """
    return calendar.digits(value or "", lang())


def ltr(value: str | None) -> str:
    """A left-to-right identifier (tracking code, VIN) kept in reading order in RTL text.

    Without the isolate, ``1420-NX22V6`` in a Persian table cell shows as ``NX22V6-1420``.
    """
    return f"\u2066{value}\u2069" if value else ""


def num(value: int | float, decimals: int = 0) -> str:
    return calendar.format_number(value, lang(), decimals)


def fmt_date(day: date | datetime | None, style: str = "short") -> str:
    return calendar.format_date(day, lang(), style) if day else ""


def fmt_datetime(moment: datetime | None, style: str = "short") -> str:
    return calendar.format_datetime(moment, lang(), style) if moment else ""


def fmt_duration(seconds: float) -> str:
    return calendar.format_duration(seconds, lang())
