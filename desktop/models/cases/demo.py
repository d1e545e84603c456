"""Demo cases in every state, for the demo dealership's existing customers.

Runs after the customers filler (``desktop.models.demo.FILLERS``): it reads the
customers that exist and records every step through the same commands people use, with
moments in the past, so timelines, escalations, referrals, overdue cases and happy calls
look as they would after a few busy days.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Connection

from desktop.models import users
from desktop.models.cases import lifecycle
from desktop.models.cases.commands import register_case, resolve_at_first_contact
from desktop.models.cases.store import Case, get_case

COMPLAINTS = (
    ("quality", "صدای غیرعادی از گیربکس هنگام تعویض دنده"),
    ("delivery", "تأخیر دو هفته‌ای در تحویل خودروی ثبت‌نامی"),
    ("price", "دریافت هزینهٔ اضافه بابت سرویس دوره‌ای"),
    ("warranty", "رد درخواست گارانتی برای تعویض کمپرسور کولر"),
    ("responsiveness", "پاسخ داده نشدن به تماس‌های مکرر"),
    ("staff_behaviour", "برخورد نامناسب کارشناس پذیرش خدمات"),
    ("data_correction", "انتقال شماره شاسی به کد ملی مالک جدید"),
)


def fill(conn: Connection, ctx: Any) -> None:
    from desktop.models.customers.store import list_customers, vehicles_of

    people = list_customers(conn, limit=80)
    if not people:
        return  # the customers filler did not run: there is nobody to have cases
    staff: dict[str, users.User] = ctx.users
    clerk, clerk2 = staff["clerk"], staff.get("clerk2", staff["clerk"])
    supervisor, manager, hq = staff["supervisor"], staff["manager"], staff.get("hq", staff["manager"])
    now: datetime = ctx.now
    rng = ctx.rng
    made = 0

    def new(channel: str, days_ago: float, **kw: Any) -> Case:
        nonlocal made
        person = people[made % len(people)]
        made += 1
        category, text = COMPLAINTS[made % len(COMPLAINTS)]
        cars = vehicles_of(conn, person.id)
        values: dict[str, Any] = {
            "customer_id": person.id,
            "vehicle_id": cars[0].id if cars else None,
            "channel": channel,
            "case_type": kw.pop("case_type", "complaint"),
            "category": kw.pop("category", category),
            "description": text,
            "counter": kw.pop("counter", "1" if channel == "walk_in" else None),
            "priority": kw.pop("priority", rng.choice(("normal", "normal", "high"))),
        }
        values.update(kw)
        who = clerk if made % 3 else clerk2
        return register_case(conn, who, now=now - timedelta(days=days_ago), **values)

    def at(days_ago: float, minutes: float = 0) -> datetime:
        return now - timedelta(days=days_ago) + timedelta(minutes=minutes)

    # At the counter now; two waiting for a superior, one being handled by the supervisor.
    for counter in ("1", "2"):
        new("walk_in", 0.01, counter=counter)
    waiting = new("walk_in", 0.02, counter="2")
    lifecycle.escalate(
        conn, clerk, waiting.id, reason="not_convinced", comment="مشتری خواستار تعویض قطعه است", now=at(0, -3)
    )
    waiting2 = new("walk_in", 0.03, counter="3")
    lifecycle.escalate(conn, clerk2, waiting2.id, reason="customer_request", now=at(0, -9))
    handled = new("walk_in", 0.05, counter="1")
    lifecycle.escalate(conn, clerk, handled.id, reason="beyond_authority", now=at(0.05, 2))
    lifecycle.arrive(conn, supervisor, handled.id, now=at(0.05, 6))

    # Phone and web cases waiting to be taken up (segment pools) or being worked.
    for days in (0.2, 0.5, 1.0):
        new("phone", days)
    taken = new("web", 1.2)
    lifecycle.take_up(conn, supervisor, taken.id, now=at(1.1))

    # Referred to units, one answered.
    for unit, days in (("sales", 1.0), ("accounting", 1.5), ("after_sales", 2.0), ("warranty", 0.8)):
        case = new("phone", days)
        lifecycle.refer(
            conn, clerk, case.id, unit=unit, inquiry="لطفاً وضعیت را بررسی و اعلام کنید", now=at(days, 30)
        )
    both = new("email", 2.5)
    lifecycle.refer(conn, clerk, both.id, unit="sales", inquiry="قرارداد فروش بررسی شود", now=at(2.5, 20))
    lifecycle.refer(
        conn, clerk, both.id, unit="accounting", inquiry="واریزی مشتری تأیید شود", now=at(2.5, 25)
    )
    first = get_case(conn, both.id).state.referrals[0]
    lifecycle.answer_inquiry(
        conn, clerk, both.id, referral_id=first.id, answer="قرارداد معتبر است", now=at(2, 0)
    )

    # Waiting on the customer (the clock paused).
    for days in (1.0, 3.0):
        case = new("phone", days)
        lifecycle.request_confirmation(
            conn, clerk, case.id, question="ارسال تصویر فاکتور تعمیر", now=at(days, 60)
        )

    # Answered, awaiting the happy call.
    for days, method in ((1.0, "sms"), (2.0, "phone"), (3.0, "letter"), (4.0, "sms")):
        case = new("phone", days + 1)
        lifecycle.respond(conn, clerk, case.id, answer="درخواست شما انجام شد", method=method, now=at(days))

    # A walk-in taken to the top: answered by the manager at the counter, called back.
    top = new("walk_in", 6, counter="2")
    lifecycle.escalate(conn, clerk, top.id, reason="not_convinced", now=at(6, 5))
    lifecycle.arrive(conn, supervisor, top.id, now=at(6, 9))
    lifecycle.escalate(conn, supervisor, top.id, reason="beyond_authority", now=at(6, 20))
    lifecycle.arrive(conn, manager, top.id, now=at(6, 27))
    lifecycle.respond(
        conn, manager, top.id, answer="قطعه با هزینهٔ نمایندگی تعویض می‌شود", method="in_person", now=at(6, 40)
    )
    lifecycle.record_happy_call(conn, hq, top.id, reach="reached", satisfaction=5, comment="راضی", now=at(5))

    # Closed in other ways.
    quick = new("walk_in", 3, case_type="question", counter="1")
    resolve_at_first_contact(
        conn, clerk, quick.id, answer="مدت گارانتی دو سال است", satisfaction=5, now=at(3, 4)
    )
    gone = new("phone", 7)
    lifecycle.close_case(conn, clerk, gone.id, resolution="withdrawn", reason="انصراف مشتری", now=at(6))
    lifecycle.reopen_case(conn, supervisor, gone.id, reason="مشتری با مدارک تازه مراجعه کرد", now=at(1))
    no = new("email", 8)
    lifecycle.respond(
        conn, clerk, no.id, answer="درخواست خارج از تعهدات گارانتی است", method="letter", now=at(7)
    )
    lifecycle.close_case(conn, clerk, no.id, resolution="rejected", reason="خارج از تعهد", now=at(7, 10))

    # An after-sales complaint reopened after an unhappy call, back with the unit.
    sad = new("phone", 9, category="quality")
    lifecycle.refer(conn, clerk, sad.id, unit="after_sales", inquiry="بررسی صدای موتور", now=at(9, 30))
    ref = get_case(conn, sad.id).state.referrals[0]
    lifecycle.answer_inquiry(conn, clerk, sad.id, referral_id=ref.id, answer="تسمه تعویض شد", now=at(8))
    lifecycle.respond(conn, clerk, sad.id, answer="تعمیر انجام شد", method="sms", now=at(8, 30))
    lifecycle.record_happy_call(
        conn, hq, sad.id, reach="reached", satisfaction=1, comment="صدا هنوز هست", now=at(2)
    )

    # An authority's referral with its reply letter, and old cases left to go overdue.
    authority = {
        "name": "سازمان حمایت مصرف‌کنندگان و تولیدکنندگان",
        "letter_no": "۱۴۰۵/۲۳۱۸",
        "letter_date": (now - timedelta(days=4)).date().isoformat(),
        "due_date": (now + timedelta(days=6)).date().isoformat(),
    }
    new("authority", 3, authority=authority)
    for days in (5, 6, 9):
        new("phone", days, priority="urgent")
    lifecycle.auto_escalate(conn, now)
