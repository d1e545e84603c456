"""Demo improvement work: an FMEA table, a fishbone diagram and improvement actions."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import Connection

from desktop.models.calendar import local
from desktop.models.demo import DemoContext
from desktop.models.improvement import Member, actions, fishbone, fmea

# (title, category, subcategory, root cause, effect, controls, S, O, D)
MODES = (
    (
        "قطعهٔ یدکی هنگام پذیرش در انبار نیست",
        "delivery",
        "parts_shortage",
        "سفارش قطعه بر پایهٔ مصرف ماه گذشته، نه نوبت‌های پذیرش‌شده",
        "خودرو چند روز در تعمیرگاه می‌ماند",
        "گزارش هفتگی موجودی",
        8,
        7,
        5,
    ),
    (
        "ادعای گارانتی بدون توضیح رد می‌شود",
        "warranty",
        "claim_refused",
        "کارشناس گارانتی دلیل رد را برای پذیرش نمی‌نویسد",
        "مشتری احساس بی‌عدالتی می‌کند و به ارگان‌ها شکایت می‌برد",
        "بازبینی ماهانهٔ ادعاهای ردشده",
        9,
        4,
        6,
    ),
    (
        "صورت‌حساب با برآورد اولیه فرق دارد",
        "price",
        "repair_invoice",
        "برآورد اولیه بدون بازدید فنی داده می‌شود",
        "مشتری هنگام تحویل پرداخت نمی‌کند و درگیری پیش می‌آید",
        "",
        6,
        5,
        4,
    ),
    (
        "پیگیری درخواست پس از ارجاع رها می‌شود",
        "responsiveness",
        "follow_up",
        "ارجاع به واحد بدون مهلت و بدون مسئول مشخص",
        "مشتری چند بار تماس می‌گیرد و پاسخ نمی‌گیرد",
        "یادآوری دستی سرپرست",
        7,
        6,
        7,
    ),
    (
        "برخورد نامناسب در ساعات شلوغ پذیرش",
        "staff_behaviour",
        "discourtesy",
        "یک متصدی برای دو باجه در ساعت ۹ تا ۱۱",
        "مشتری ناراضی می‌رود و در شبکه‌های اجتماعی می‌نویسد",
        "نظرسنجی تلفنی",
        6,
        4,
        3,
    ),
    (
        "صدای غیرعادی موتور پس از سرویس دوره‌ای",
        "quality",
        "engine",
        "گشتاور پیچ‌ها با آچار معمولی بسته می‌شود",
        "بازگشت خودرو به تعمیرگاه",
        "آزمون جاده پس از سرویس",
        7,
        3,
        4,
    ),
)

BONES = (
    ("man", "کمبود نیروی باتجربه در انبار"),
    ("method", "سفارش قطعه بر پایهٔ مصرف گذشته"),
    ("method", "نبود نوبت‌دهی هماهنگ با انبار"),
    ("material", "تأخیر تأمین‌کننده در قطعات پرمصرف"),
    ("machine", "نرم‌افزار انبار به سامانهٔ پذیرش وصل نیست"),
    ("measurement", "کسی زمان انتظار قطعه را اندازه نمی‌گیرد"),
    ("environment", "تحریم و نوسان نرخ ارز"),
)


def fill(conn: Connection, ctx: DemoContext) -> None:
    manager, head = ctx.users["manager"], ctx.users["head"]
    now = ctx.now - timedelta(days=20)
    made = []
    for index, (title, cat, sub, cause, effect, controls, s, o, d) in enumerate(MODES):
        made.append(
            fmea.create_failure_mode(
                conn,
                manager,
                title=title,
                category=cat,
                subcategory=sub,
                cause=cause,
                effect=effect,
                controls=controls,
                severity=s,
                occurrence=o,
                detection=d,
                now=now + timedelta(minutes=index),
            )
        )
    diagram = fishbone.create_fishbone(
        conn,
        manager,
        problem="تأخیر در تحویل خودرو به خاطر کمبود قطعه",
        category="delivery",
        failure_mode_id=made[0].id,
        now=now,
    )
    for branch, text in BONES:
        diagram = fishbone.add_cause(conn, manager, diagram.id, branch=branch, text=text, now=now)
    first = diagram.on_branch("method")[0]
    fishbone.add_cause(
        conn, manager, diagram.id, parent_id=first.id, text="آمار نوبت‌ها به انبار نمی‌رسد", now=now
    )
    team = [Member("", manager.id), Member("", head.id), Member("مهندس کاظمی (انبار مرکزی)")]
    today = local(ctx.now).date()
    plans = (
        (made[0], "انبار اطمینان برای ۲۰ قطعهٔ پرمصرف", 25, None),
        (made[3], "مهلت و مسئول برای هر ارجاع در سامانه", 10, "in_progress"),
        (made[1], "فرم دلیل رد گارانتی برای پذیرش", -5, None),
        (made[4], "باجهٔ دوم در ساعات شلوغ صبح", -12, "done"),
    )
    for mode, title, days, status in plans:
        action = actions.create_action(
            conn,
            manager,
            title=title,
            owner_id=manager.id,
            team=team,
            failure_mode_id=mode.id,
            due_date=today + timedelta(days=max(days, 1)),
            now=now,
        )
        if days < 0:  # an action whose due date has passed meanwhile: make it so
            action = actions.change_action(
                conn, manager, action.id, now=now, due_date=today + timedelta(days=days)
            )
        if status == "in_progress":
            actions.set_status(conn, manager, action.id, "in_progress", now=ctx.now)
        elif status == "done":
            actions.set_status(
                conn, manager, action.id, "done", now=ctx.now, result="میانگین انتظار از ۲۵ به ۹ دقیقه رسید"
            )
