"""A year of past cases for the demo dealership, so that the dashboards have history.

Runs after the cases filler (which makes a few busy days of cases in every state): it
records older cases through the same commands people use, with moments in the past,
weighted so that the months, the Pareto of complaint causes and the escalation ladder
look as they would at a real dealership; then brings the analytics facts up to date.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Connection

from desktop.models.analytics import facts
from desktop.models.business_calendar import load_calendar
from desktop.models.cases import lifecycle
from desktop.models.cases.commands import register_case, resolve_at_first_contact

# (category, sub-category, weight): the causes customers complain about most come first.
CAUSES = (
    ("delivery", "parts_shortage", 16),
    ("warranty", "claim_refused", 11),
    ("delivery", "repair_time", 9),
    ("price", "repair_invoice", 7),
    ("responsiveness", "follow_up", 6),
    ("quality", "engine", 5),
    ("quality", "electrical", 4),
    ("staff_behaviour", "discourtesy", 3),
    ("price", "extra_charge", 2),
    ("quality", "body_paint", 2),
)
TEXTS = {
    "delivery": "قطعهٔ سفارشی هنوز نرسیده و خودرو در تعمیرگاه مانده است",
    "warranty": "درخواست گارانتی بدون توضیح رد شده است",
    "price": "مبلغ صورت‌حساب با برآورد اولیه فرق دارد",
    "responsiveness": "پس از ارجاع، کسی پیگیری نکرده است",
    "quality": "ایراد پس از تعمیر دوباره پیدا شده است",
    "staff_behaviour": "برخورد نامناسب در پذیرش",
    "data_correction": "انتقال شماره شاسی به کد ملی مالک جدید",
    "other": "پرسش دربارهٔ زمان سرویس دوره‌ای",
}


def fill(conn: Connection, ctx: Any) -> None:
    from desktop.models.customers.store import list_customers, vehicles_of

    people = list_customers(conn, limit=80)
    if not people:
        return
    staff = ctx.users
    clerks = [staff["clerk"], staff.get("clerk2", staff["clerk"])]
    supervisor, caller = staff["supervisor"], staff.get("hq", staff["manager"])
    rng = ctx.rng
    calendar = load_calendar(conn)
    now: datetime = ctx.now
    count = max(ctx.size // 2, 60)
    cars = {p.id: vehicles_of(conn, p.id) for p in people}
    weights = [w for _, _, w in CAUSES]
    for index in range(count):
        # Older months a little quieter than recent ones: the dealership has grown.
        days_ago = 9 + 355 * (1 - rng.random() ** 0.8)
        when = calendar.next_working_moment(now - timedelta(days=days_ago))
        person = people[index % len(people)]
        kind = rng.choices(("complaint", "request", "question"), (5, 3, 3))[0]
        if kind == "complaint":
            category, sub, _ = rng.choices(CAUSES, weights)[0]
        else:
            category, sub = rng.choice(("data_correction", "other", "warranty", "delivery")), None
        walk_in = rng.random() < 0.45
        clerk = clerks[index % 2]
        case = register_case(
            conn,
            clerk,
            customer_id=person.id,
            vehicle_id=cars[person.id][0].id if cars[person.id] else None,
            channel="walk_in" if walk_in else rng.choice(("phone", "phone", "web", "email", "sms")),
            case_type=kind,
            category=category,
            subcategory=sub,
            description=TEXTS[category],
            counter=str(rng.randint(1, 3)) if walk_in else None,
            now=when,
        )
        step = when + timedelta(minutes=rng.uniform(4, 20))
        if rng.random() < {"question": 0.75, "request": 0.35, "complaint": 0.15}[kind]:
            resolve_at_first_contact(conn, clerk, case.id, answer="پاسخ داده شد", now=step)
            continue
        handler = clerk
        if walk_in and kind == "complaint" and rng.random() < 0.35:
            lifecycle.escalate(conn, clerk, case.id, reason="not_convinced", now=step)
            step += timedelta(minutes=rng.uniform(2, 9))
            lifecycle.arrive(conn, supervisor, case.id, now=step)
            handler = supervisor
        answered = calendar.add(step, rng.expovariate(1 / 6) * 3600 + 600)
        if answered >= now:
            continue
        lifecycle.respond(
            conn, handler, case.id, answer="پاسخ به مشتری اعلام شد", method="phone", now=answered
        )
        closed = calendar.add(answered, rng.uniform(0.5, 10) * 3600)
        if closed >= now:
            continue
        lifecycle.close_case(conn, handler, case.id, resolution="resolved", now=closed)
        called = calendar.add(closed, rng.uniform(2, 20) * 3600)
        if called >= now or rng.random() < 0.2:
            continue
        if rng.random() < 0.15:
            lifecycle.record_happy_call(conn, caller, case.id, reach="no_answer", now=called)
            continue
        score = rng.choices((1, 2, 3, 4, 5), (4, 6, 14, 36, 40))[0]
        lifecycle.record_happy_call(conn, caller, case.id, reach="reached", satisfaction=score, now=called)
        if score < 3:
            again = calendar.add(called, rng.uniform(2, 12) * 3600)
            if again < now:
                lifecycle.respond(
                    conn, handler, case.id, answer="پیگیری دوباره انجام شد", method="phone", now=again
                )
                lifecycle.close_case(
                    conn, handler, case.id, resolution="resolved", now=again + timedelta(hours=1)
                )
    facts.refresh(conn)
