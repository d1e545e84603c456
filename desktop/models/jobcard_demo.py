"""Demo job cards: cars received at the service desk over the last weeks, most handed back.

Runs after the customers and cases fillers (``desktop.models.demo.FILLERS``) and records
everything through the same commands the service desk uses, with moments in the past.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Connection

from desktop.models import jobcards

# (kind, description, part number, quantity, unit price in Rials, payer)
WORK = (
    ("labour", "سرویس دوره‌ای ۱۰٬۰۰۰ کیلومتر", "", "1", 1_500_000, "customer"),
    ("part", "روغن موتور ۴ لیتری", "", "1", 3_900_000, "customer"),
    ("part", "فیلتر روغن", "1109AY", "1", 420_000, "customer"),
    ("part", "فیلتر هوا", "1444TT", "1", 380_000, "customer"),
    ("labour", "عیب‌یابی سیستم جرقه با دستگاه دیاگ", "", "1", 1_200_000, "warranty"),
    ("part", "کوئل دوبل", "9655530380", "1", 8_750_000, "warranty"),
    ("labour", "تعویض لنت جلو", "", "1", 900_000, "customer"),
    ("part", "لنت ترمز جلو", "425467", "1", 2_600_000, "customer"),
    ("labour", "بازدید و شارژ گاز کولر", "", "1", 1_100_000, "warranty"),
    ("part", "گاز کولر R134a", "", "0.6", 1_500_000, "warranty"),
    ("labour", "شست‌وشوی موتور", "", "1", 500_000, "goodwill"),
    ("labour", "تنظیم جلوبندی", "", "1.5", 800_000, "customer"),
)
REQUESTS = (
    "سرویس دوره‌ای و بررسی صدای ترمز",
    "روشن شدن چراغ چک و لرزش موتور در دور آرام",
    "کار نکردن کولر در روزهای گرم",
    "کشیدن خودرو به یک طرف هنگام ترمز",
)


def fill(conn: Connection, ctx: Any) -> None:
    from desktop.models.customers.store import list_customers, vehicles_of

    advisor = ctx.users.get("supervisor") or ctx.users["clerk"]
    now: datetime = ctx.now
    rng = ctx.rng
    cars = [car for person in list_customers(conn, limit=40) for car in vehicles_of(conn, person.id)][:14]
    for index, car in enumerate(cars):
        received = now - timedelta(days=2 + 2 * index, hours=rng.randint(0, 5))
        last = car.odometer[-1].km if car.odometer else rng.randint(8_000, 90_000)
        card = jobcards.open_jobcard(
            conn,
            advisor,
            vehicle_id=car.id,
            odometer_in=last + rng.randint(300, 4_000),
            request=REQUESTS[index % len(REQUESTS)],
            now=received,
        )
        lines = [
            {"kind": k, "description": d, "code": c, "quantity": q, "unit_price": p, "payer": payer}
            for k, d, c, q, p, payer in rng.sample(WORK, rng.randint(2, 5))
        ]
        jobcards.update_jobcard(conn, advisor, card.id, lines=lines, now=received + timedelta(hours=1))
        if index % 4 != 3:  # a few are still in the workshop
            jobcards.issue_jobcard(
                conn,
                advisor,
                card.id,
                odometer_out=(card.odometer_in or 0) + rng.randint(1, 12),
                work_done="کار انجام شد و تست جاده بدون ایراد بود.",
                now=received + timedelta(hours=rng.randint(3, 8)),
            )
