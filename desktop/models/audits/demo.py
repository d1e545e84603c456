"""Demo audits (``main.py --demo``): the two shipped forms, visits, drafts and six months of
finalised audits of neighbouring dealerships for the demo inspector, the inspection unit
and HQ; one released report of the demo dealership itself with an appeal for its manager.
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Connection

from desktop.models import users
from desktop.models.audits import drafts, library, records, release, visits, xlsform
from desktop.models.audits.answers import relevance
from desktop.models.audits.template import Question, Template
from desktop.models.calendar import local
from desktop.paths import resources

FORMS = ("sales_showroom.xlsx", "after_sales_reception.xlsx")

# code, name, city, how well they treat customers (0..1)
DEALERSHIPS = (
    ("1433", "نمایندگی پارس‌خودرو", "تهران", 0.9),
    ("1507", "کرج موتور", "کرج", 0.55),
    ("1612", "نمایندگی سپهر", "قزوین", 0.75),
    ("1701", "آذرخودرو", "تبریز", 0.82),
    ("1288", "نمایندگی البرز", "شهریار", 0.4),
)
REMARKS = (
    "کارشناس فروش با حوصله توضیح داد.",
    "سالن شلوغ بود و کسی سراغ مشتری نیامد.",
    "قیمت را فقط شفاهی گفتند.",
    "برخورد محترمانه بود اما اطلاعات فنی کافی نداشت.",
    "پذیرشگر با تلفن شخصی صحبت می‌کرد.",
)


def _answer(question: Question, quality: float, rng: random.Random) -> Any:
    # Critical failures (a bribe, a refused complaint) are rarer than ordinary lapses.
    good = rng.random() < (1 - (1 - quality) * 0.35 if question.critical else quality)
    if question.type == "yes_no":
        if not question.required and rng.random() < 0.08:
            return "na"
        return "yes" if good else "no"
    if question.type == "scale5":
        return max(1, min(5, round(1 + 4 * quality + rng.uniform(-1.2, 1.2))))
    if question.type == "select_one":
        scored = [c for c in question.choices if c.points is not None]
        if not scored:
            return rng.choice(question.choices).name
        ranked = sorted(scored, key=lambda c: -(c.points or 0))
        return ranked[0 if good else rng.randrange(len(ranked))].name
    if question.type == "select_multiple":
        return [c.name for c in question.choices if rng.random() < quality] or [question.choices[0].name]
    if question.type == "duration":
        return rng.randint(1, 4) if good else rng.randint(5, 25)
    if question.type == "time":
        return f"{rng.randint(9, 17):02d}:{rng.choice((0, 15, 30, 45)):02d}"
    if question.type == "integer":
        limits = {
            "delivery_days": (20, 120),
            "mileage": (4_000, 95_000),
            "estimate_amount": (8_000_000, 45_000_000),
        }
        low, high = limits.get(question.name, (1, 6))
        return rng.randint(low, high)
    if question.type == "text":
        return rng.choice(REMARKS)
    return None


def answers_for(template: Template, quality: float, rng: random.Random) -> dict[str, Any]:
    """Answers a visit to a dealership of this quality might get, following the skip logic."""
    given: dict[str, Any] = {}
    for question in template.questions:
        if not relevance(template, given)[question.name]:
            continue
        value = _answer(question, quality, rng)
        if value is not None:
            given[question.name] = value
    return given


def _audit(
    conn: Connection,
    inspector: users.User,
    dealer: tuple[str, str, str, float],
    form_id: str,
    when: datetime,
    rng: random.Random,
) -> records.Audit:
    code, name, city, quality = dealer
    draft = drafts.start_unplanned(
        conn,
        inspector,
        dealership_id=code,
        dealership_name=name,
        dealership_city=city,
        form_id=form_id,
        now=when,
    )
    for question, value in answers_for(draft.template, quality, rng).items():
        drafts.save_answer(conn, inspector, draft.id, question, value, when)
    drafts.set_visit_times(
        conn,
        inspector,
        draft.id,
        started_at=when,
        ended_at=when + timedelta(minutes=rng.randint(25, 70)),
        now=when + timedelta(hours=2),
    )
    return records.finalise(conn, inspector, draft.id, when + timedelta(hours=2))


def fill(conn: Connection, ctx: Any) -> None:
    """The demo filler (``FILLERS`` in :mod:`desktop.models.demo`)."""
    rng: random.Random = ctx.rng
    now: datetime = ctx.now
    for name in FORMS:
        path = resources() / "audit_templates" / name
        library.import_template(conn, None, xlsform.load(path), now - timedelta(days=200))
    inspector, unit, hq, manager = (ctx.users[n] for n in ("inspector", "inspmanager", "hq", "manager"))
    home = ("1420", "نمایندگی مجاز آرین‌خودرو", "تهران", 0.7)
    forms = ("sales_showroom", "after_sales_reception")
    done: list[tuple[records.Audit, tuple[str, str, str, float]]] = []
    start = local(now).replace(hour=10, minute=0, second=0, microsecond=0)
    for index, days_ago in enumerate(range(175, 5, -9)):
        dealer = DEALERSHIPS[days_ago % len(DEALERSHIPS)]
        when = start - timedelta(days=days_ago) + timedelta(minutes=rng.randint(-60, 360))
        who = unit if index % 3 == 2 else inspector
        done.append((_audit(conn, who, dealer, forms[days_ago % 2], when, rng), dealer))
    # The demo dealership itself: one report released (appealed), one still covert.
    released = _audit(conn, inspector, home, "after_sales_reception", start - timedelta(days=40), rng)
    _audit(conn, inspector, home, "sales_showroom", start - timedelta(days=3), rng)
    release.release(conn, hq, released.id, now - timedelta(days=30))
    contested = next(
        (
            n
            for n in ("no_extra_charge", "written_estimate", "ready_on_time")
            if released.answers.get(n) == "no"
        ),
        next(n for n, v in released.answers.items() if v in ("no", "yes")),
    )
    release.file_appeal(
        conn,
        manager,
        released.id,
        contested,
        "برآورد کتبی در سامانه ثبت شده و نسخهٔ آن موجود است.",
        now - timedelta(days=28),
    )
    for audit, _dealer in done[-6:-2]:
        release.release(conn, hq, audit.id, audit.finalized_at + timedelta(days=5))
    # What the inspector has to do next.
    today = local(now).date()
    for dealer, form, offset in (
        (DEALERSHIPS[1], "sales_showroom", 2),
        (DEALERSHIPS[2], "after_sales_reception", 6),
    ):
        visits.assign_visit(
            conn,
            unit,
            dealership_id=dealer[0],
            dealership_name=dealer[1],
            dealership_city=dealer[2],
            form_id=form,
            inspector_id=inspector.id,
            window_start=today + timedelta(days=offset - 2),
            window_end=today + timedelta(days=offset + 5),
            now=now,
        )
    visit = visits.assign_visit(
        conn,
        unit,
        dealership_id=DEALERSHIPS[3][0],
        dealership_name=DEALERSHIPS[3][1],
        dealership_city=DEALERSHIPS[3][2],
        form_id="sales_showroom",
        inspector_id=inspector.id,
        window_start=today - timedelta(days=2),
        window_end=today + timedelta(days=3),
        now=now,
    )
    draft = drafts.start_visit(conn, inspector, visit.id, now - timedelta(minutes=50))
    partial = answers_for(draft.template, DEALERSHIPS[3][3], rng)
    for question in list(partial)[:9]:
        drafts.save_answer(
            conn, inspector, draft.id, question, partial[question], now - timedelta(minutes=40)
        )
