"""Choosing a reporting period (Solar Hijri month, quarter, year or any range) and filters."""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QSpinBox, QWidget

from desktop.models.analytics import period as periods
from desktop.models.analytics.figures import Filters
from desktop.models.analytics.period import Period
from desktop.models.calendar import MONTHS_EN, MONTHS_FA, local, to_jalali, utcnow
from desktop.models.cases import CASE_TYPES, CATEGORIES, CHANNELS, SEGMENTS
from desktop.views import i18n
from desktop.views.forms import shrinkable


def period_title(p: Period) -> str:
    """A period as people name it: «آذر ۱۴۰۵», «بهار ۱۴۰۵», «سال ۱۴۰۵», or its two days."""
    from desktop.views.dashboard_parts import translate

    if p.kind == "month":
        months = MONTHS_FA if i18n.lang() == "fa" else MONTHS_EN
        return f"{months[p.number - 1]} {i18n.digits(str(p.year))}"
    if p.kind == "quarter":
        return quarter_name(p.number) + " " + i18n.digits(str(p.year))
    if p.kind == "year":
        return translate("PeriodPicker", "Year %1").replace("%1", i18n.digits(str(p.year)))
    return (
        translate("PeriodPicker", "%1 to %2")
        .replace("%1", i18n.fmt_date(p.start))
        .replace("%2", i18n.fmt_date(p.last_day))
    )


def quarter_name(number: int) -> str:
    from PySide6.QtCore import QCoreApplication

    names = (
        QCoreApplication.translate("PeriodPicker", "Spring (Q1)"),
        QCoreApplication.translate("PeriodPicker", "Summer (Q2)"),
        QCoreApplication.translate("PeriodPicker", "Autumn (Q3)"),
        QCoreApplication.translate("PeriodPicker", "Winter (Q4)"),
    )
    return names[number - 1]


def short_month(year: int, month: int) -> str:
    """A month on a chart's axis: «آذر ۰۵» / «Azar 05»."""
    months = MONTHS_FA if i18n.lang() == "fa" else MONTHS_EN
    return f"{months[month - 1]} {i18n.digits(f'{year % 100:02d}')}"


class PeriodPicker(QWidget):
    """Kind, year and month/quarter, or two dates for a range.

    Signals:
        changed: the choice changed (read :meth:`period`; it may raise for a bad range).
    """

    changed = Signal()

    def __init__(self, kinds: tuple[str, ...] = periods.KINDS, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.kind = QComboBox()
        self.kind.setObjectName("periodKind")
        for kind in kinds:
            self.kind.addItem(i18n.label("period_kind", kind), kind)
        self.year = QSpinBox()
        self.year.setObjectName("periodYear")
        self.year.setRange(1390, 1450)
        self.month = QComboBox()
        self.month.setObjectName("periodMonth")
        for number, name in enumerate(MONTHS_FA if i18n.lang() == "fa" else MONTHS_EN, start=1):
            self.month.addItem(name, number)
        self.quarter = QComboBox()
        self.quarter.setObjectName("periodQuarter")
        for number in range(1, 5):
            self.quarter.addItem(quarter_name(number), number)
        self.first = QLineEdit()
        self.first.setObjectName("periodFrom")
        self.last = QLineEdit()
        self.last.setObjectName("periodTo")
        for edit in (self.first, self.last):
            edit.setPlaceholderText(i18n.digits("1405/09/01"))
            edit.setMaximumWidth(120)
            edit.editingFinished.connect(self.changed)
        self.to_label = QLabel(self.tr("to"))
        for widget in (self.kind, self.month, self.quarter, self.year, self.first, self.to_label, self.last):
            layout.addWidget(widget)
        y, m, _ = to_jalali(local(utcnow()).date())
        self.year.setValue(y)
        self.month.setCurrentIndex(m - 1)
        self.quarter.setCurrentIndex((m - 1) // 3)
        self.kind.currentIndexChanged.connect(self._on_kind_currentIndexChanged)
        self.year.valueChanged.connect(self.changed)
        self.month.currentIndexChanged.connect(self.changed)
        self.quarter.currentIndexChanged.connect(self.changed)
        self._show_fields()

    @Slot(int)
    def _on_kind_currentIndexChanged(self, _index: int) -> None:
        self._show_fields()
        self.changed.emit()

    def _show_fields(self) -> None:
        kind = self.kind.currentData()
        self.month.setVisible(kind == "month")
        self.quarter.setVisible(kind == "quarter")
        self.year.setVisible(kind != "range")
        for widget in (self.first, self.to_label, self.last):
            widget.setVisible(kind == "range")

    def period(self) -> Period:
        """The chosen period. Raises ValidationError for a bad range."""
        kind = self.kind.currentData()
        if kind == "month":
            return periods.month(self.year.value(), self.month.currentData())
        if kind == "quarter":
            return periods.quarter(self.year.value(), self.quarter.currentData())
        if kind == "year":
            return periods.year(self.year.value())
        return periods.parse_range(self.first.text(), self.last.text())

    def set_period(self, p: Period) -> None:
        self.blockSignals(True)
        self.kind.setCurrentIndex(max(self.kind.findData(p.kind), 0))
        if p.kind != "range":
            self.year.setValue(p.year)
        if p.kind == "month":
            self.month.setCurrentIndex(p.number - 1)
        elif p.kind == "quarter":
            self.quarter.setCurrentIndex(p.number - 1)
        elif p.kind == "range":
            self.first.setText(i18n.fmt_date(p.start))
            self.last.setText(i18n.fmt_date(p.last_day))
        self._show_fields()
        self.blockSignals(False)


class FilterBar(QWidget):
    """Dealership (for HQ), category, channel, segment, type, unit and clerk.

    Signals:
        changed: a filter changed (read :meth:`filters`).
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.combos: dict[str, QComboBox] = {}
        everything = {
            "dealership_id": self.tr("All dealerships"),
            "category": self.tr("All categories"),
            "channel": self.tr("All channels"),
            "segment": self.tr("All segments"),
            "case_type": self.tr("All types"),
            "unit": self.tr("All units"),
            "clerk": self.tr("All staff"),
        }
        codes = {"category": CATEGORIES, "channel": CHANNELS, "segment": SEGMENTS, "case_type": CASE_TYPES}
        for name, text in everything.items():
            combo = QComboBox()
            combo.setObjectName(f"filter_{name}")
            combo.addItem(text, None)
            for code in codes.get(name, ()):
                combo.addItem(i18n.label(name, code), code)
            combo.currentIndexChanged.connect(self.changed)
            layout.addWidget(combo)
            self.combos[name] = combo
        shrinkable(*self.combos.values())
        self.combos["dealership_id"].hide()

    def set_choices(
        self,
        dealerships: list[tuple[str, str]] | None,
        units: list[tuple[str, str]],
        staff: list[tuple[str, str]],
    ) -> None:
        """Fill the choices that are data: dealerships (None hides it), units and staff."""
        for name, items in (("dealership_id", dealerships or []), ("unit", units), ("clerk", staff)):
            combo = self.combos[name]
            combo.blockSignals(True)
            while combo.count() > 1:
                combo.removeItem(1)
            for code, text in items:
                combo.addItem(text, code)
            combo.blockSignals(False)
        self.combos["dealership_id"].setVisible(dealerships is not None)

    def filters(self) -> Filters:
        return Filters(**{name: combo.currentData() for name, combo in self.combos.items()})
