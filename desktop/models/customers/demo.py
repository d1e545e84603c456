"""The demo dealership's customers, vehicles, cases and today's walk-in queue.

A filler of :mod:`desktop.models.demo` (``FILLERS``): a few hundred people and firms with
Iran Khodro, Saipa and Bahman cars, cases over the last four months (most questions
answered at the counter), resales, one likely duplicate to merge, and today's tickets.
Everything goes through the real commands, so the demo's event log is a real one.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from sqlalchemy import Connection

from desktop.models import customers, queue
from desktop.models.customers import generate
from desktop.models.customers.intake import register_at_counter

# category -> (case type, the customer's words, the remedy asked for, the answer at once)
STORIES: dict[str, list[tuple[str, str, str, str]]] = {
    "quality": [
        (
            "complaint",
            "صدای غیرعادی از جلوبندی هنگام عبور از دست‌انداز",
            "بررسی و رفع ایراد در دورهٔ گارانتی",
            "",
        ),
        ("complaint", "روشن شدن چراغ چک موتور دو روز پس از سرویس دوره‌ای", "عیب‌یابی رایگان", ""),
        ("complaint", "نشتی روغن از زیر موتور پس از تعویض واشر", "تعمیر مجدد بدون هزینه", ""),
        ("complaint", "لرزش فرمان در سرعت بالای ۸۰ کیلومتر", "بالانس و بررسی جلوبندی", ""),
        (
            "question",
            "آیا صدای تق‌تق هنگام روشن کردن در هوای سرد عادی است؟",
            "",
            "در هوای سرد تا گرم شدن روغن طبیعی است؛ اگر ادامه یافت مراجعه کنید.",
        ),
    ],
    "delivery": [
        (
            "complaint",
            "تأخیر سه‌ماهه در تحویل خودرو نسبت به موعد قرارداد",
            "پرداخت خسارت تأخیر طبق قرارداد",
            "",
        ),
        (
            "question",
            "زمان تحویل خودروی ثبت‌نامی طرح فروش فوق‌العاده چه زمانی است؟",
            "",
            "طبق قرارداد تا پایان ماه آینده تحویل می‌شود.",
        ),
        ("request", "درخواست تغییر رنگ خودروی ثبت‌نامی پیش از تخصیص", "تغییر رنگ به سفید", ""),
    ],
    "price": [
        (
            "complaint",
            "اختلاف مبلغ فاکتور تعمیرگاه با قیمت اعلام‌شده در پذیرش",
            "اصلاح فاکتور و بازپرداخت مابه‌التفاوت",
            "",
        ),
        ("question", "هزینهٔ سرویس ده‌هزار کیلومتری چقدر است؟", "", "نرخ مصوب سرویس و قطعات اعلام شد."),
    ],
    "warranty": [
        ("complaint", "عدم پذیرش تعویض کمک‌فنر در دورهٔ گارانتی", "تعویض قطعه تحت پوشش گارانتی", ""),
        (
            "question",
            "گارانتی باتری خودرو چند ماه است؟",
            "",
            "باتری ۱۸ ماه گارانتی دارد؛ کارت گارانتی را همراه داشته باشید.",
        ),
        (
            "question",
            "آیا تعویض روغن خارج از نمایندگی گارانتی را باطل می‌کند؟",
            "",
            "با فاکتور معتبر و روغن استاندارد، گارانتی باطل نمی‌شود.",
        ),
    ],
    "responsiveness": [
        (
            "complaint",
            "پاسخ داده نشدن به تماس‌های مکرر با واحد خدمات پس از فروش",
            "تماس کارشناس و تعیین زمان پذیرش",
            "",
        ),
    ],
    "staff_behaviour": [
        ("complaint", "برخورد نامناسب پذیرشگر تعمیرگاه هنگام تحویل خودرو", "رسیدگی و عذرخواهی", ""),
    ],
    "data_correction": [
        ("request", "انتقال مالکیت خودرو به نام خریدار جدید و اصلاح کد ملی روی شاسی", "ثبت مالک جدید", ""),
        ("request", "اصلاح شمارهٔ تلفن همراه ثبت‌شده در پرونده", "به‌روزرسانی شماره", ""),
    ],
    "other": [
        ("request", "درخواست صدور نسخهٔ دوم کارت گارانتی", "صدور کارت المثنی", ""),
        (
            "question",
            "ساعت کاری تعمیرگاه در روزهای پنجشنبه چیست؟",
            "",
            "پنجشنبه‌ها از ۸ تا ۱۳ پذیرش انجام می‌شود.",
        ),
    ],
}
CHANNELS = ("walk_in",) * 6 + ("phone",) * 3 + ("web", "sms", "email", "office")


def fill(conn: Connection, ctx: Any) -> None:
    rng = ctx.rng
    now = ctx.now
    clerks = [ctx.users.get("clerk"), ctx.users.get("clerk2")]
    clerks = [c for c in clerks if c is not None]
    made: list[customers.Customer] = []
    cars: dict[str, list[customers.Vehicle]] = {}
    count = max(10, ctx.size)
    for index in range(count):
        actor = rng.choice(clerks)
        day = now - timedelta(days=rng.randrange(0, 720), minutes=rng.randrange(0, 600))
        if index % 25 == 7:
            values: dict[str, str] = {
                "company_name": generate.company_name(rng),
                "company_id": generate.company_id(rng),
                "contact_person": " ".join(
                    (rng.choice(generate.FIRST_NAMES_MALE), rng.choice(generate.LAST_NAMES))
                ),
                "mobile": generate.mobile(rng),
                "phone": "021" + str(rng.randrange(22000000, 88999999)),
                "city": rng.choice(generate.CITIES),
            }
            kind = "organisation"
        else:
            person = generate.person(rng)
            values = {
                "first_name": person.first_name,
                "last_name": person.last_name,
                "national_id": person.national_id,
                "mobile": person.mobile if rng.random() < 0.93 else "",
                "city": person.city,
                "address": person.address if rng.random() < 0.7 else "",
            }
            kind = "person"
        try:
            customer = customers.create_customer(
                conn, actor, values, now=day, kind=kind, confirm_duplicates=True
            )
        except customers.LikelyDuplicate:
            continue
        except Exception as exc:  # a generated identifier that collided: skip that one
            if getattr(exc, "code", "").endswith("_taken"):
                continue
            raise
        made.append(customer)
        fleet = 1 + (rng.random() < 0.28) + (kind == "organisation") * rng.randrange(1, 4)
        for _ in range(fleet):
            car = generate.vehicle(rng)
            delivered = (day - timedelta(days=rng.randrange(0, 900))).date()
            car["delivered_on"] = delivered.isoformat()
            car["warranty_end"] = _two_years_after(delivered).isoformat()
            cars.setdefault(customer.id, []).append(
                customers.add_vehicle(conn, actor, customer.id, car, now=day)
            )
            if rng.random() < 0.2:  # a reading from the last service visit
                odometer = rng.randrange(1000, 90000)
                customers.record_odometer(conn, actor, cars[customer.id][-1].id, odometer, now=day)
    _resales(conn, ctx, made, cars)
    _duplicate(conn, ctx, made)
    _cases(conn, ctx, made, cars)
    _queue(conn, ctx)


def _two_years_after(day: date) -> date:
    """The end of the usual two-year warranty (28 February for a 29 February delivery)."""
    return day.replace(year=day.year + 2, day=28 if (day.month, day.day) == (2, 29) else day.day)


def _resales(
    conn: Connection, ctx: Any, made: list[customers.Customer], cars: dict[str, list[customers.Vehicle]]
) -> None:
    """Some cars were sold on: the most frequent request at the contact centre."""
    rng = ctx.rng
    people = [c for c in made if c.kind == "person"]
    owners = [cid for cid, owned in cars.items() if owned]
    for owner in rng.sample(owners, k=min(12, len(owners))):
        buyer = rng.choice(people)
        if buyer.id == owner:
            continue
        car = cars[owner][0]
        day = ctx.now - timedelta(days=rng.randrange(1, 120))
        if car.owners and day.date().isoformat() < car.owners[-1].since:
            continue
        moved = customers.transfer_ownership(conn, ctx.users["clerk"], car.id, buyer.id, now=day)
        cars[owner].remove(car)
        cars.setdefault(buyer.id, []).append(moved)


def _duplicate(conn: Connection, ctx: Any, made: list[customers.Customer]) -> None:
    """A second record of someone, typed by another clerk without the national ID."""
    original = next((c for c in made if c.kind == "person" and c.mobile), None)
    if original is None:
        return
    customers.create_customer(
        conn,
        ctx.users.get("clerk2", ctx.users["clerk"]),
        {
            "first_name": original.first_name.replace("ی", "ي"),
            "last_name": original.last_name,
            "mobile": original.mobile,
        },
        now=ctx.now - timedelta(days=3),
        confirm_duplicates=True,
    )


def _cases(
    conn: Connection, ctx: Any, made: list[customers.Customer], cars: dict[str, list[customers.Vehicle]]
) -> None:
    rng = ctx.rng
    clerks = [u for u in (ctx.users.get("clerk"), ctx.users.get("clerk2")) if u is not None]
    categories = list(STORIES)
    weights = [4, 2, 2, 4, 1, 1, 3, 1]
    for _ in range(max(10, len(made) // 5)):  # the case filler adds cases in every state
        customer = rng.choice(made)
        category = rng.choices(categories, weights)[0]
        case_type, words, remedy, answer = rng.choice(STORIES[category])
        owned = cars.get(customer.id, [])
        day = ctx.now - timedelta(
            days=rng.randrange(0, 120), hours=rng.randrange(0, 8), minutes=rng.randrange(0, 60)
        )
        channel = rng.choice(CHANNELS)
        register_at_counter(
            conn,
            rng.choice(clerks),
            customer_id=customer.id,
            channel=channel,
            case_type=case_type,
            category=category,
            description=words,
            now=day,
            vehicle_id=owned[0].id if owned and rng.random() < 0.8 else None,
            priority=rng.choices(("low", "normal", "high", "urgent"), (1, 8, 2, 1))[0],
            remedy=remedy,
            counter=rng.choice(("1", "2", "3")) if channel == "walk_in" else None,
            answer=answer,
            satisfaction=rng.choices((5, 4, 3, 2), (5, 3, 1, 1))[0] if answer else None,
        )


def _queue(conn: Connection, ctx: Any) -> None:
    """This morning's walk-in tickets: some served, one no-show, one at a counter, the rest waiting."""
    clerk = ctx.users["clerk"]
    start = ctx.now - timedelta(minutes=95)
    tickets = [queue.issue_ticket(conn, clerk, now=start + timedelta(minutes=9 * i)) for i in range(8)]
    # Calling the next ticket to a counter finishes the one it was serving.
    for i in range(4):
        queue.call_next(conn, clerk, counter="2" if i % 2 else "3", now=start + timedelta(minutes=9 * i + 6))
    queue.mark_no_show(conn, clerk, tickets[3].id, now=start + timedelta(minutes=40))
