"""The periodic management report: monthly, quarterly or yearly, Persian or English.

:func:`gather` reads everything the report shows for a period (the figures, the previous
period's to compare, complaint causes, the FMEA table's top ten, open improvement actions
and, only for a reader the covert rules let see them, audit figures); :func:`build` sets
it as an A4 PDF with ReportLab charts. The last page is the glossary: every figure with
its one definition (``desktop/i18n/labels_analytics.py``, shared with the dashboards).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any

from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, PageBreak
from sqlalchemy import Connection

from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.models import improvement
from desktop.models.analytics import audits as audit_figures
from desktop.models.analytics import dashboard
from desktop.models.analytics import figures as fg
from desktop.models.analytics.better import verdict
from desktop.models.analytics.dashboard import ManagerFigures
from desktop.models.analytics.figures import FIGURES, Filters
from desktop.models.analytics.pareto import pareto
from desktop.models.analytics.period import Period
from desktop.models.calendar import MONTHS_EN, MONTHS_FA, local
from desktop.models.cases import CATEGORIES, list_subcategories
from desktop.models.cases.ladder import load_ladder
from desktop.models.improvement import Action, FailureMode
from desktop.models.users import User, list_users
from reports.charts import bar_chart, trend_chart
from reports.common import Letterhead, letterhead
from reports.typeset import (
    A4,
    ALERT,
    BODY,
    HEADING,
    MUTED,
    SMALL,
    Doc,
    Meta,
    ltr,
    render,
    visual,
)

CONTENT_WIDTH = A4[0] - 2 * 14 * mm
GOOD = colors.HexColor("#1e7b34")
TOP_CAUSES = 10
TOP_MODES = 10


@dataclass(frozen=True)
class ManagementReport:
    """Everything the report shows, as read by :func:`gather`."""

    issuer: Letterhead
    period: Period
    generated_at: datetime
    figures: ManagerFigures
    previous_arrivals: fg.ArrivalFigures
    previous_queue: fg.QueueFigures
    levels: tuple[str, ...]
    fmea: tuple[FailureMode, ...]
    actions: tuple[Action, ...]
    mode_titles: dict[str, str]
    people: dict[str, str]
    subcategories: dict[tuple[str, str], tuple[str, str]]  # (category, code) -> (fa, en)
    audits: audit_figures.AuditFigures | None = None
    filters: Filters = field(default_factory=Filters)
    scope: str = ""  # the dealership's name, or "" for every dealership


def gather(
    conn: Connection,
    actor: User,
    period: Period,
    *,
    now: datetime,
    issuer: Letterhead,
    filters: Filters = fg.NO_FILTERS,
    scope: str = "",
) -> ManagementReport:
    """Read the report's figures (``report.view`` needed; audits only as the covert rules allow)."""
    before = period.previous()
    figures = dashboard.manager_figures(conn, actor, period, filters, now=now)
    modes = improvement.list_failure_modes(conn, actor, include_retired=True)
    seen_audits = (
        audit_figures.audit_figures(conn, actor, period, filters.dealership_id)
        if audit_figures.may_see(actor)
        else None
    )
    return ManagementReport(
        issuer=issuer,
        period=period,
        generated_at=now,
        figures=figures,
        previous_arrivals=fg.arrival_figures(conn, actor, before, filters),
        previous_queue=fg.queue_figures(conn, actor, before, filters),
        levels=tuple(lv.code for lv in load_ladder(conn).levels),
        fmea=tuple(m for m in modes if not m.retired)[:TOP_MODES],
        actions=tuple(improvement.list_actions(conn, actor, statuses=("planned", "in_progress"))),
        mode_titles={m.id: m.title for m in modes},
        people={u.id: u.display_name for u in list_users(conn, active_only=False)},
        subcategories={
            (c, s.code): (s.name_fa, s.name_en) for c in CATEGORIES for s in list_subcategories(conn, c)
        },
        audits=seen_audits,
        filters=filters,
        scope=scope,
    )


# -- words and numbers --------------------------------------------------------------------------


def _t(doc: Doc, text: str, **params: Any) -> str:
    return doc.tr(text, **params)


def period_name(doc: Doc, p: Period) -> str:
    if p.kind == "month":
        months = MONTHS_FA if doc.lang == "fa" else MONTHS_EN
        return f"{months[p.number - 1]} {doc.digits(str(p.year))}"
    if p.kind == "quarter":
        seasons = (
            QT_TRANSLATE_NOOP("Documents", "spring"),
            QT_TRANSLATE_NOOP("Documents", "summer"),
            QT_TRANSLATE_NOOP("Documents", "autumn"),
            QT_TRANSLATE_NOOP("Documents", "winter"),
        )
        return _t(
            doc,
            QT_TRANSLATE_NOOP("Documents", "quarter {number} ({season}) of {year}"),
            number=doc.digits(str(p.number)),
            season=_t(doc, seasons[p.number - 1]),
            year=doc.digits(str(p.year)),
        )
    if p.kind == "year":
        return _t(doc, QT_TRANSLATE_NOOP("Documents", "the year {year}"), year=doc.digits(str(p.year)))
    return _t(
        doc,
        QT_TRANSLATE_NOOP("Documents", "{start} to {end}"),
        start=doc.date(p.start),
        end=doc.date(p.last_day),
    )


def pct(doc: Doc, value: float | None, decimals: int = 1) -> str:
    if value is None:
        return "—"
    return doc.num(100 * value, decimals) + ("٪" if doc.rtl else "%")


def hours(doc: Doc, seconds: float | None) -> str:
    if seconds is None:
        return "—"
    if seconds < 3600:
        decimals = 1 if seconds < 600 else 0
        return _t(doc, QT_TRANSLATE_NOOP("Documents", "{n} min"), n=doc.num(seconds / 60, decimals))
    return _t(doc, QT_TRANSLATE_NOOP("Documents", "{n} h"), n=doc.num(seconds / 3600, 1))


def minutes(doc: Doc, seconds: float | None) -> str:
    if seconds is None:
        return "—"
    return _t(doc, QT_TRANSLATE_NOOP("Documents", "{n} min"), n=doc.num(seconds / 60, 1))


def count(doc: Doc, value: float | None, decimals: int = 0) -> str:
    return "—" if value is None else doc.num(value, decimals)


Shown = Callable[[float | None], str]


@dataclass(frozen=True)
class Headline:
    code: str
    name: str
    now: float | None
    before: float | None
    shown: Shown
    points: bool = False  # a rate: the change is in percentage points


def _change(doc: Doc, h: Headline) -> tuple[str, Any]:
    if h.now is None or h.before is None:
        return "—", MUTED
    diff = h.now - h.before
    if abs(diff) < 1e-9:
        return "=", MUTED
    # A sign, not an arrow: the font has no arrows, and a sign reads the same in both directions.
    sign = "+" if diff > 0 else "-"
    if h.points:
        points = ltr(sign + doc.num(abs(100 * diff), 1))
        text = _t(doc, QT_TRANSLATE_NOOP("Documents", "{n} points"), n=points)
    else:
        shown = h.shown(abs(diff))
        number, space, unit = shown.partition(" ") if doc.rtl else ("", "", shown)
        text = f"{ltr(sign + number)}{space}{unit}" if doc.rtl else sign + shown
    color = {"better": GOOD, "worse": ALERT}.get(verdict(h.code, h.now, h.before), MUTED)
    return text, color


def headlines(doc: Doc, r: ManagementReport) -> list[Headline]:
    f, p = r.figures.cases, r.figures.previous
    calls, calls_before = r.figures.calls, r.figures.previous_calls
    arr, arr_before = r.figures.arrivals, r.previous_arrivals
    q, q_before = r.figures.queue, r.previous_queue

    def as_count(v: float | None) -> str:
        return count(doc, v)

    def as_rate(v: float | None) -> str:
        return pct(doc, v)

    def as_hours(v: float | None) -> str:
        return hours(doc, v)

    def as_minutes(v: float | None) -> str:
        return minutes(doc, v)

    def as_score(v: float | None) -> str:
        return count(doc, v, 2)

    def line(code: str, now: float | None, before: float | None, shown: Shown) -> Headline:
        # The change of a rate is shown in percentage points.
        return Headline(code, doc.label("figure", code), now, before, shown, shown is as_rate)

    rows = [
        line("cases", f.cases, p.cases, as_count),
        line("complaints", f.complaints, p.complaints, as_count),
        line("fcr_rate", f.fcr_rate, p.fcr_rate, as_rate),
        line("first_response_median", f.first_response.median, p.first_response.median, as_hours),
        line("first_response_p90", f.first_response.p90, p.first_response.p90, as_hours),
        line("resolution_median", f.resolution.median, p.resolution.median, as_hours),
        line("resolution_p90", f.resolution.p90, p.resolution.p90, as_hours),
        line("sla_breach_rate", f.sla_breach_rate, p.sla_breach_rate, as_rate),
        line("reopen_rate", f.reopen_rate, p.reopen_rate, as_rate),
    ]
    for level in r.levels[1:]:
        escalated = line("escalation_rate", f.escalation_rate(level), p.escalation_rate(level), as_rate)
        rows.append(replace(escalated, name=escalated.name + " — " + doc.label("level", level)))
    rows += [
        line("arrival_median", arr.median, arr_before.median, as_minutes),
        line("happy_call_reach_rate", calls.reach_rate, calls_before.reach_rate, as_rate),
        line("satisfaction_mean", calls.satisfaction_mean, calls_before.satisfaction_mean, as_score),
        line("unhappy_reopen_rate", calls.unhappy_reopen_rate, calls_before.unhappy_reopen_rate, as_rate),
        line("queue_wait_p50", q.wait.median, q_before.wait.median, as_minutes),
        line("queue_wait_p90", q.wait.p90, q_before.wait.p90, as_minutes),
        line("no_show_rate", q.no_show_rate, q_before.no_show_rate, as_rate),
    ]
    return rows


# -- charts -------------------------------------------------------------------------------------


def _trend_chart(doc: Doc, r: ManagementReport) -> Drawing:
    months = r.figures.months
    names = MONTHS_FA if doc.lang == "fa" else MONTHS_EN
    labels = [visual(f"{names[p.month - 1]} {doc.digits(f'{p.year % 100:02d}')}", doc.rtl) for p in months]
    legend = (
        _t(doc, QT_TRANSLATE_NOOP("Documents", "cases")),
        _t(doc, QT_TRANSLATE_NOOP("Documents", "complaints")),
    )
    cases, complaints = [p.cases for p in months], [p.complaints for p in months]
    return trend_chart(doc, labels, cases, complaints, legend, width=CONTENT_WIDTH)


# -- sections -----------------------------------------------------------------------------------


def _cause_name(doc: Doc, r: ManagementReport, category: str, sub: str | None) -> str:
    name = doc.label("category", category)
    if sub:
        fa, en = r.subcategories.get((category, sub), (sub, sub))
        name += ": " + (fa if doc.lang == "fa" else en or fa)
    return name


def _headline_table(doc: Doc, r: ManagementReport) -> list[Any]:
    t = doc.tr
    rows: list[list[Any]] = [
        [
            t(QT_TRANSLATE_NOOP("Documents", "Figure")),
            period_name(doc, r.period),
            period_name(doc, r.period.previous()),
            t(QT_TRANSLATE_NOOP("Documents", "Change")),
        ]
    ]
    for h in headlines(doc, r):
        change, color = _change(doc, h)
        rows.append(
            [
                h.name,
                h.shown(h.now),
                h.shown(h.before),
                doc.p(change, BODY(size=8.5, color=color, align="center")),
            ]
        )
    widths = [CONTENT_WIDTH * 0.46, CONTENT_WIDTH * 0.18, CONTENT_WIDTH * 0.18, CONTENT_WIDTH * 0.18]
    return [
        doc.p(t(QT_TRANSLATE_NOOP("Documents", "Headline figures")), HEADING),
        doc.table(rows, widths, aligns=["start", "center", "center", "center"], size=8.5),
    ]


def _top_causes(r: ManagementReport) -> list[Any]:
    """The complaint causes of the charts and of the causes' table: one Pareto ranking."""
    return pareto(r.figures.causes, lambda c: c.complaints)[:TOP_CAUSES]


def _charts(doc: Doc, r: ManagementReport) -> list[Any]:
    t = doc.tr
    ranked = _top_causes(r)
    causes = [row.item for row in ranked]
    cumulative = [row.cumulative for row in ranked]
    cats = r.figures.cases.breakdown.get("category", {})
    story: list[Any] = [
        KeepTogether(
            [
                doc.p(t(QT_TRANSLATE_NOOP("Documents", "Cases and complaints per month")), HEADING),
                _trend_chart(doc, r),
            ]
        )
    ]
    if causes:
        story.append(
            KeepTogether(
                [
                    doc.p(t(QT_TRANSLATE_NOOP("Documents", "Pareto of complaint causes")), HEADING),
                    bar_chart(
                        doc,
                        [_cause_name(doc, r, c.category, c.subcategory) for c in causes],
                        [c.complaints for c in causes],
                        width=CONTENT_WIDTH,
                        height=70 * mm,
                        cumulative=cumulative,
                    ),
                    doc.p(
                        t(
                            QT_TRANSLATE_NOOP(
                                "Documents",
                                "Bars: complaints per cause, most frequent first; line: their cumulative"
                                " share. The causes up to the dashed 80% line bring most of the complaints.",
                            )
                        ),
                        SMALL,
                    ),
                ]
            )
        )
    if cats:
        ordered = [c for c in CATEGORIES if cats.get(c)]
        story.append(
            KeepTogether(
                [
                    doc.p(t(QT_TRANSLATE_NOOP("Documents", "Cases per category")), HEADING),
                    bar_chart(
                        doc,
                        [doc.label("category", c) for c in ordered],
                        [cats[c] for c in ordered],
                        width=CONTENT_WIDTH,
                        height=55 * mm,
                    ),
                ]
            )
        )
    return story


def _causes_table(doc: Doc, r: ManagementReport) -> list[Any]:
    t = doc.tr
    ranked = _top_causes(r)
    if not ranked:
        return []
    rows: list[list[Any]] = [
        [
            "#",
            t(QT_TRANSLATE_NOOP("Documents", "Cause")),
            t(QT_TRANSLATE_NOOP("Documents", "Complaints")),
            t(QT_TRANSLATE_NOOP("Documents", "Share")),
            t(QT_TRANSLATE_NOOP("Documents", "Cumulative")),
        ]
    ]
    for i, row in enumerate(ranked, start=1):
        c = row.item
        rows.append(
            [
                doc.num(i),
                _cause_name(doc, r, c.category, c.subcategory),
                doc.num(c.complaints),
                pct(doc, row.share / 100),
                pct(doc, row.cumulative / 100),
            ]
        )
    widths = [CONTENT_WIDTH * w for w in (0.07, 0.48, 0.15, 0.15, 0.15)]
    return [
        CondPageBreak(50 * mm),
        doc.p(t(QT_TRANSLATE_NOOP("Documents", "Top causes of complaints")), HEADING),
        doc.table(rows, widths, aligns=["center", "start", "center", "center", "center"], size=8.5),
    ]


def _fmea_table(doc: Doc, r: ManagementReport) -> list[Any]:
    t = doc.tr
    story: list[Any] = [
        CondPageBreak(50 * mm),
        doc.p(t(QT_TRANSLATE_NOOP("Documents", "FMEA: the ten highest risks")), HEADING),
    ]
    if not r.fmea:
        return [
            *story,
            doc.p(t(QT_TRANSLATE_NOOP("Documents", "No failure mode has been recorded yet.")), SMALL),
        ]
    rows: list[list[Any]] = [
        [
            "#",
            t(QT_TRANSLATE_NOOP("Documents", "Failure mode")),
            t(QT_TRANSLATE_NOOP("Documents", "Category")),
            "S",
            "O",
            "D",
            t(QT_TRANSLATE_NOOP("Documents", "RPN")),
        ]
    ]
    for i, m in enumerate(r.fmea, start=1):
        rows.append(
            [
                doc.num(i),
                doc.digits(m.title),
                _cause_name(doc, r, m.category, m.subcategory),
                doc.num(m.severity),
                doc.num(m.occurrence),
                doc.num(m.detection),
                doc.p(
                    doc.num(m.rpn),
                    BODY(
                        size=8.5,
                        bold=m.risk == "high" or m.critical,
                        align="center",
                        color=ALERT if m.critical else BODY.color,
                    ),
                ),
            ]
        )
    widths = [CONTENT_WIDTH * w for w in (0.06, 0.40, 0.24, 0.065, 0.065, 0.065, 0.105)]
    story.append(
        doc.table(
            rows,
            widths,
            aligns=["center", "start", "start", "center", "center", "center", "center"],
            size=8.5,
        )
    )
    story.append(
        doc.p(
            t(
                QT_TRANSLATE_NOOP(
                    "Documents",
                    "S severity, O occurrence, D detection (1 to 10); RPN = S × O × D."
                    " In red: severity 9 or 10.",
                )
            ),
            SMALL,
        )
    )
    return story


def _actions_table(doc: Doc, r: ManagementReport) -> list[Any]:
    t = doc.tr
    story: list[Any] = [
        CondPageBreak(40 * mm),
        doc.p(t(QT_TRANSLATE_NOOP("Documents", "Open improvement actions")), HEADING),
    ]
    if not r.actions:
        return [*story, doc.p(t(QT_TRANSLATE_NOOP("Documents", "No improvement action is open.")), SMALL)]
    rows: list[list[Any]] = [
        [
            t(QT_TRANSLATE_NOOP("Documents", "Action")),
            t(QT_TRANSLATE_NOOP("Documents", "Failure mode")),
            t(QT_TRANSLATE_NOOP("Documents", "Owner")),
            t(QT_TRANSLATE_NOOP("Documents", "Team")),
            t(QT_TRANSLATE_NOOP("Documents", "Due")),
            t(QT_TRANSLATE_NOOP("Documents", "Status")),
        ]
    ]
    for a in r.actions:
        late = a.overdue(r.generated_at)
        status = doc.label("action_status", a.status)
        if late:
            status += " — " + t(QT_TRANSLATE_NOOP("Documents", "overdue"))
        rows.append(
            [
                doc.digits(a.title),
                doc.digits(r.mode_titles.get(a.failure_mode_id or "", "")),
                r.people.get(a.owner_id, ""),
                doc.num(len(a.team)),
                doc.date(a.due_date),
                doc.p(status, BODY(size=8.5, color=ALERT if late else BODY.color)),
            ]
        )
    widths = [CONTENT_WIDTH * w for w in (0.30, 0.24, 0.14, 0.07, 0.11, 0.14)]
    story.append(
        doc.table(rows, widths, aligns=["start", "start", "start", "center", "center", "start"], size=8.5)
    )
    return story


def _audits_table(doc: Doc, r: ManagementReport) -> list[Any]:
    seen = r.audits
    if seen is None:
        return []
    t = doc.tr
    title = (
        t(QT_TRANSLATE_NOOP("Documents", "Audits of this dealership (released reports)"))
        if seen.released_only
        else t(QT_TRANSLATE_NOOP("Documents", "Audit ranking of the dealerships"))
    )
    story: list[Any] = [CondPageBreak(40 * mm), doc.p(title, HEADING)]
    if not seen.rows:
        return [*story, doc.p(t(QT_TRANSLATE_NOOP("Documents", "No audit in this period.")), SMALL)]
    rows: list[list[Any]] = [
        [
            "#",
            t(QT_TRANSLATE_NOOP("Documents", "Dealership")),
            t(QT_TRANSLATE_NOOP("Documents", "Audits")),
            t(QT_TRANSLATE_NOOP("Documents", "Score")),
            t(QT_TRANSLATE_NOOP("Documents", "Critical failures")),
        ]
    ]
    for row in seen.rows:
        rows.append(
            [
                doc.num(row.rank),
                f"{row.dealership_name} ({doc.digits(row.dealership_id)})",
                doc.num(row.audits),
                count(doc, row.score, 1),
                doc.num(row.critical_failures),
            ]
        )
    widths = [CONTENT_WIDTH * w for w in (0.07, 0.45, 0.14, 0.14, 0.20)]
    story.append(doc.table(rows, widths, aligns=["center", "start", "center", "center", "center"], size=8.5))
    story.append(
        doc.p(
            t(
                QT_TRANSLATE_NOOP("Documents", "Appeals upheld: {rate} of {decided} decided."),
                rate=pct(doc, seen.appeals_upheld_rate),
                decided=doc.num(seen.appeals_decided),
            ),
            SMALL,
        )
    )
    return story


AUDIT_FIGURES = ("audit_score", "audit_critical_failures", "appeals_upheld_rate")


def _glossary(doc: Doc, with_audits: bool) -> list[Any]:
    t = doc.tr
    story: list[Any] = [
        PageBreak(),
        doc.p(t(QT_TRANSLATE_NOOP("Documents", "Glossary: how each figure is computed")), HEADING),
    ]
    story.append(
        doc.p(
            t(
                QT_TRANSLATE_NOOP(
                    "Documents",
                    "Cases count in the period of the local (Iran) day they were registered, unless a"
                    " definition says otherwise. Working hours are those of the business calendar,"
                    " holidays excluded. A rate is left blank when there was nothing to count.",
                )
            ),
            SMALL,
        )
    )
    codes = [c for c in FIGURES if with_audits or c not in AUDIT_FIGURES]
    rows = [[doc.label("figure", code), doc.label("figure_definition", code)] for code in codes]
    story.append(doc.table(rows, [CONTENT_WIDTH * 0.28, CONTENT_WIDTH * 0.72], header=False, size=8.5))
    return story


def build(report: ManagementReport, lang: str) -> bytes:
    """The management report as a PDF (A4) in ``lang`` ("fa" right to left, or "en")."""
    doc = Doc(lang)
    t = doc.tr
    kind = {
        "month": QT_TRANSLATE_NOOP("Documents", "Monthly management report"),
        "quarter": QT_TRANSLATE_NOOP("Documents", "Quarterly management report"),
        "year": QT_TRANSLATE_NOOP("Documents", "Yearly management report"),
        "range": QT_TRANSLATE_NOOP("Documents", "Management report"),
    }[report.period.kind]
    title = t(kind) + " — " + period_name(doc, report.period)
    scope = report.scope or t(QT_TRANSLATE_NOOP("Documents", "All dealerships"))
    filters = [
        doc.label(name, getattr(report.filters, name))
        for name in ("category", "channel", "segment", "case_type", "unit")
        if getattr(report.filters, name)
    ]
    if report.filters.clerk:
        filters.append(report.people.get(report.filters.clerk, report.filters.clerk))
    pairs = [
        (t(QT_TRANSLATE_NOOP("Documents", "Covers")), scope),
        (
            t(QT_TRANSLATE_NOOP("Documents", "Period")),
            t(
                QT_TRANSLATE_NOOP("Documents", "{start} to {end}"),
                start=doc.date(report.period.start, "long"),
                end=doc.date(report.period.last_day, "long"),
            ),
        ),
        (t(QT_TRANSLATE_NOOP("Documents", "Filters")), "، ".join(filters) if doc.rtl else ", ".join(filters)),
        (t(QT_TRANSLATE_NOOP("Documents", "Made")), doc.datetime(local(report.generated_at))),
    ]
    b = report.figures.backlog
    story: list[Flowable] = [
        *letterhead(doc, report.issuer, title, CONTENT_WIDTH),
        doc.fields(pairs, CONTENT_WIDTH, 0.16),
        doc.p(
            t(
                QT_TRANSLATE_NOOP(
                    "Documents", "Open now: {open} cases, of which {overdue} past their due time."
                ),
                open=doc.num(b.open),
                overdue=doc.num(b.overdue),
            ),
            BODY(bold=True, space_before=4),
        ),
        *_headline_table(doc, report),
        *_charts(doc, report),
        *_causes_table(doc, report),
        *_fmea_table(doc, report),
        *_actions_table(doc, report),
        *_audits_table(doc, report),
        *_glossary(doc, report.audits is not None),
    ]
    meta = Meta(title=title, author=report.issuer.name, subject=title, footer=report.issuer.name)
    return render(doc, story, meta)
