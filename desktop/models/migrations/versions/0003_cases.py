"""Cases: the folded projection of the case streams, and editable sub-categories.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-24
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


SUBCATEGORIES = [
    ("quality", "engine", "موتور و گیربکس", "Engine and gearbox", 1),
    ("quality", "body_paint", "بدنه و رنگ", "Body and paint", 2),
    ("quality", "electrical", "برق و الکترونیک", "Electrics and electronics", 3),
    ("quality", "suspension", "جلوبندی و تعلیق", "Suspension and steering", 4),
    ("quality", "ac_heating", "کولر و بخاری", "Air conditioning and heating", 5),
    ("delivery", "late_delivery", "تأخیر در تحویل خودرو", "Late vehicle delivery", 1),
    ("delivery", "repair_time", "طولانی شدن تعمیر", "Repair taking too long", 2),
    ("delivery", "parts_shortage", "کمبود قطعه", "Parts shortage", 3),
    ("price", "repair_invoice", "صورت‌حساب تعمیرات", "Repair invoice", 1),
    ("price", "extra_charge", "دریافت وجه اضافه", "Extra charge", 2),
    ("price", "sale_price", "قیمت فروش خودرو", "Vehicle sale price", 3),
    ("warranty", "claim_refused", "رد خدمات گارانتی", "Warranty claim refused", 1),
    ("warranty", "warranty_period", "مدت و شرایط گارانتی", "Warranty period and terms", 2),
    ("responsiveness", "no_answer", "پاسخ داده نشدن", "No answer given", 1),
    ("responsiveness", "follow_up", "پیگیری نشدن درخواست", "Request not followed up", 2),
    ("staff_behaviour", "discourtesy", "برخورد نامناسب", "Discourtesy", 1),
    ("staff_behaviour", "wrong_information", "اطلاعات نادرست", "Wrong information given", 2),
    (
        "data_correction",
        "owner_change",
        "تغییر مالک (شماره شاسی به کد ملی)",
        "Owner change (chassis to national ID)",
        1,
    ),
    ("data_correction", "contact_details", "اصلاح نشانی و تلفن", "Address and phone correction", 2),
]


def upgrade() -> None:
    op.create_table(
        "cases",
        sa.Column("id", sa.Text, primary_key=True),
        sa.Column("tracking_code", sa.Text, nullable=False),
        sa.Column("tracking_key", sa.Text, nullable=False, unique=True),
        sa.Column("dealership_id", sa.Text, nullable=False),
        sa.Column("customer_id", sa.Text, nullable=False),
        sa.Column("vehicle_id", sa.Text, nullable=True),
        sa.Column("channel", sa.Text, nullable=False),
        sa.Column("case_type", sa.Text, nullable=False),
        sa.Column("category", sa.Text, nullable=False),
        sa.Column("subcategory", sa.Text, nullable=True),
        sa.Column("priority", sa.Text, nullable=False),
        sa.Column("segment", sa.Text, nullable=True),
        sa.Column("status", sa.Text, nullable=False),
        sa.Column("resolution", sa.Text, nullable=True),
        sa.Column("level", sa.Text, nullable=False),
        sa.Column("counter", sa.Text, nullable=True),
        sa.Column("description", sa.Text, nullable=False),
        sa.Column("registered_at", sa.Text, nullable=False),
        sa.Column("registered_by", sa.Text, nullable=False),
        sa.Column("first_response_at", sa.Text, nullable=True),
        sa.Column("closed_at", sa.Text, nullable=True),
        sa.Column("satisfaction", sa.Integer, nullable=True),
        sa.Column("last_event_at", sa.Text, nullable=False),
        sa.Column("state", sa.Text, nullable=False),
    )
    op.create_index("ix_cases_customer", "cases", ["customer_id", "registered_at"])
    op.create_index("ix_cases_status", "cases", ["status", "registered_at"])
    op.create_index("ix_cases_registered", "cases", ["registered_at"])
    subcategories = op.create_table(
        "case_subcategories",
        sa.Column("category", sa.Text, primary_key=True),
        sa.Column("code", sa.Text, primary_key=True),
        sa.Column("name_fa", sa.Text, nullable=False),
        sa.Column("name_en", sa.Text, nullable=False),
        sa.Column("active", sa.Integer, nullable=False, server_default="1"),
        sa.Column("position", sa.Integer, nullable=False, server_default="0"),
    )
    op.bulk_insert(
        subcategories,
        [
            {"category": c, "code": code, "name_fa": fa, "name_en": en, "position": pos}
            for c, code, fa, en, pos in SUBCATEGORIES
        ],
    )


def downgrade() -> None:
    op.drop_table("case_subcategories")
    op.drop_index("ix_cases_registered", "cases")
    op.drop_index("ix_cases_status", "cases")
    op.drop_index("ix_cases_customer", "cases")
    op.drop_table("cases")
