"""Escalation ladder, units, SLA policies, business calendar, referrals, work-queue columns.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-24
"""

import json
from collections.abc import Sequence
from datetime import date

import jdatetime
import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Kept here as data, not imported: a migration is history and must not change with the code.
LEVELS = [
    ("desk", 0, ["clerk"]),
    ("supervisor", 1, ["supervisor", "head_of_unit"]),
    ("manager", 2, ["manager"]),
]
UNITS = ["sales", "accounting", "after_sales", "technical", "warranty"]
# (case_type, category, priority, level, business hours, warn hours before)
POLICIES = [
    (None, None, None, None, 24.0, 4.0),
    ("question", None, None, None, 8.0, 2.0),
    (None, None, "high", None, 16.0, 3.0),
    (None, None, "urgent", None, 4.0, 1.0),
    (None, None, None, "supervisor", 16.0, 3.0),
    (None, None, None, "head_of_unit", 16.0, 3.0),
    (None, None, None, "manager", 24.0, 4.0),
]
WEEK = {5: (480, 960), 6: (480, 960), 0: (480, 960), 1: (480, 960), 2: (480, 960), 3: (480, 720)}
HOLIDAYS_1405 = [
    ("1405/01/01", "آغاز نوروز؛ عید سعید فطر", "Nowruz; Eid al-Fitr"),
    ("1405/01/02", "عید نوروز؛ تعطیل به مناسبت عید فطر", "Nowruz; Eid al-Fitr holiday"),
    ("1405/01/03", "عید نوروز", "Nowruz"),
    ("1405/01/04", "عید نوروز", "Nowruz"),
    ("1405/01/12", "روز جمهوری اسلامی ایران", "Islamic Republic Day"),
    ("1405/01/13", "روز طبیعت", "Nature Day"),
    ("1405/01/25", "شهادت امام جعفر صادق (ع)", "Martyrdom of Imam Sadiq"),
    ("1405/03/06", "عید سعید قربان", "Eid al-Adha"),
    ("1405/03/14", "عید غدیر خم؛ رحلت امام خمینی", "Eid al-Ghadir; passing of Imam Khomeini"),
    ("1405/03/15", "قیام ۱۵ خرداد", "15 Khordad uprising"),
    ("1405/04/03", "تاسوعای حسینی", "Tasua"),
    ("1405/04/04", "عاشورای حسینی", "Ashura"),
    ("1405/05/12", "اربعین حسینی", "Arbaeen"),
    (
        "1405/05/20",
        "رحلت رسول اکرم (ص)؛ شهادت امام حسن مجتبی (ع)",
        "Passing of the Prophet; martyrdom of Imam Hasan",
    ),
    ("1405/05/22", "شهادت امام رضا (ع)", "Martyrdom of Imam Reza"),
    ("1405/05/30", "شهادت امام حسن عسکری (ع)", "Martyrdom of Imam Hasan Askari"),
    ("1405/06/08", "میلاد رسول اکرم (ص) و امام جعفر صادق (ع)", "Birth of the Prophet and Imam Sadiq"),
    ("1405/08/22", "شهادت حضرت فاطمه زهرا (س)", "Martyrdom of Fatima"),
    ("1405/10/02", "ولادت امام علی (ع)", "Birth of Imam Ali"),
    ("1405/10/16", "مبعث رسول اکرم (ص)", "Mab'ath"),
    ("1405/11/04", "ولادت حضرت قائم (عج)", "Birth of Imam Mahdi"),
    ("1405/11/22", "پیروزی انقلاب اسلامی", "Revolution Day"),
    ("1405/12/10", "شهادت امام علی (ع)", "Martyrdom of Imam Ali"),
    ("1405/12/19", "عید سعید فطر", "Eid al-Fitr"),
    ("1405/12/20", "تعطیل به مناسبت عید فطر", "Eid al-Fitr holiday"),
    ("1405/12/29", "روز ملی شدن صنعت نفت", "Oil Nationalisation Day"),
]


def _case_columns() -> list[sa.Column]:  # type: ignore[type-arg]
    return [
        sa.Column("is_open", sa.Integer, nullable=False, server_default="1"),
        sa.Column("assignee_id", sa.Text, nullable=True),
        sa.Column("summons_level", sa.Text, nullable=True),
        sa.Column("summons_at", sa.Text, nullable=True),
        sa.Column("summons_counter", sa.Text, nullable=True),
        sa.Column("due_at", sa.Text, nullable=True),
        sa.Column("warn_at", sa.Text, nullable=True),
        sa.Column("overdue", sa.Integer, nullable=False, server_default="0"),
        sa.Column("sla_breached", sa.Integer, nullable=False, server_default="0"),
        sa.Column("responded_at", sa.Text, nullable=True),
        sa.Column("happy_call_pending", sa.Integer, nullable=False, server_default="0"),
        sa.Column("happy_call_since", sa.Text, nullable=True),
        sa.Column("happy_call_attempts", sa.Integer, nullable=False, server_default="0"),
    ]


CASE_INDEXES = [
    ("ix_cases_assignee", ["assignee_id", "is_open", "registered_at"]),
    ("ix_cases_counter", ["counter", "is_open", "registered_at"]),
    ("ix_cases_summons", ["summons_level", "summons_at"]),
    ("ix_cases_due", ["due_at", "id"]),
    ("ix_cases_overdue", ["overdue", "due_at", "id"]),
    ("ix_cases_happy_call", ["happy_call_pending", "happy_call_since", "id"]),
    ("ix_cases_last_event", ["last_event_at"]),
]


def _gregorian(jalali: str) -> date:
    y, m, d = (int(p) for p in jalali.split("/"))
    result: date = jdatetime.date(y, m, d).togregorian()
    return result


def upgrade() -> None:
    with op.batch_alter_table("cases") as batch:
        for column in _case_columns():
            batch.add_column(column)
    # Cases folded before this revision: closed ones are not open.
    op.execute("UPDATE cases SET is_open = CASE WHEN status = 'closed' THEN 0 ELSE 1 END")
    for name, columns in CASE_INDEXES:
        op.create_index(name, "cases", columns)

    op.create_table(
        "case_referrals",
        sa.Column("case_id", sa.Text, primary_key=True),
        sa.Column("referral_id", sa.Text, primary_key=True),
        sa.Column("unit", sa.Text, nullable=False),
        sa.Column("is_open", sa.Integer, nullable=False),
        sa.Column("referred_at", sa.Text, nullable=False),
        sa.Column("answered_at", sa.Text, nullable=True),
    )
    op.create_index("ix_case_referrals_unit", "case_referrals", ["unit", "is_open", "referred_at"])

    levels = op.create_table(
        "ladder_levels",
        sa.Column("code", sa.Text, primary_key=True),
        sa.Column("position", sa.Integer, nullable=False, unique=True),
        sa.Column("roles", sa.Text, nullable=False),
        sa.Column("arrival_minutes", sa.Integer, nullable=False, server_default="5"),
        sa.Column("name_fa", sa.Text, nullable=False, server_default=""),
        sa.Column("name_en", sa.Text, nullable=False, server_default=""),
    )
    op.bulk_insert(
        levels,
        [
            {"code": code, "position": pos, "roles": json.dumps(roles), "arrival_minutes": 5}
            for code, pos, roles in LEVELS
        ],
    )

    units = op.create_table(
        "units",
        sa.Column("code", sa.Text, primary_key=True),
        sa.Column("name_fa", sa.Text, nullable=False, server_default=""),
        sa.Column("name_en", sa.Text, nullable=False, server_default=""),
        sa.Column("builtin", sa.Integer, nullable=False, server_default="0"),
        sa.Column("active", sa.Integer, nullable=False, server_default="1"),
        sa.Column("position", sa.Integer, nullable=False, server_default="0"),
    )
    op.bulk_insert(units, [{"code": code, "builtin": 1, "position": pos} for pos, code in enumerate(UNITS)])

    policies = op.create_table(
        "sla_policies",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("case_type", sa.Text, nullable=True),
        sa.Column("category", sa.Text, nullable=True),
        sa.Column("priority", sa.Text, nullable=True),
        sa.Column("level", sa.Text, nullable=True),
        sa.Column("hours", sa.Float, nullable=False),
        sa.Column("warn_hours", sa.Float, nullable=False, server_default="2"),
        sa.Column("active", sa.Integer, nullable=False, server_default="1"),
    )
    op.bulk_insert(
        policies,
        [
            {
                "case_type": ct,
                "category": cat,
                "priority": pr,
                "level": lv,
                "hours": hours,
                "warn_hours": warn,
            }
            for ct, cat, pr, lv, hours, warn in POLICIES
        ],
    )

    hours = op.create_table(
        "working_hours",
        sa.Column("weekday", sa.Integer, primary_key=True),
        sa.Column("position", sa.Integer, primary_key=True),
        sa.Column("start_minute", sa.Integer, nullable=False),
        sa.Column("end_minute", sa.Integer, nullable=False),
    )
    op.bulk_insert(
        hours,
        [
            {"weekday": day, "position": 0, "start_minute": start, "end_minute": end}
            for day, (start, end) in WEEK.items()
        ],
    )

    holidays = op.create_table(
        "holidays",
        sa.Column("day", sa.Text, primary_key=True),
        sa.Column("jalali_year", sa.Integer, nullable=False),
        sa.Column("name_fa", sa.Text, nullable=False),
        sa.Column("name_en", sa.Text, nullable=False, server_default=""),
    )
    op.create_index("ix_holidays_jalali_year", "holidays", ["jalali_year"])
    op.bulk_insert(
        holidays,
        [
            {"day": _gregorian(j).isoformat(), "jalali_year": 1405, "name_fa": fa, "name_en": en}
            for j, fa, en in HOLIDAYS_1405
        ],
    )


def downgrade() -> None:
    op.drop_index("ix_holidays_jalali_year", "holidays")
    for table in ("holidays", "working_hours", "sla_policies", "units", "ladder_levels"):
        op.drop_table(table)
    op.drop_index("ix_case_referrals_unit", "case_referrals")
    op.drop_table("case_referrals")
    for name, _columns in CASE_INDEXES:
        op.drop_index(name, "cases")
    with op.batch_alter_table("cases") as batch:
        for column in reversed(_case_columns()):
            batch.drop_column(column.name)
