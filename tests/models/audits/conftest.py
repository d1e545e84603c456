"""Fixtures for audits: a small template, the audit roles, an audit-ready database."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from desktop.models import users
from desktop.models.audits import library, template
from tests.conftest import NOW, PASSWORD, PIN, get_user


def q(kind: str, name: str, **extra: Any) -> dict[str, Any]:
    """A survey row with both labels filled in."""
    return {"type": kind, "name": name, "label::fa": f"پرسش {name}", "label::en": f"Question {name}", **extra}


def group(name: str, **extra: Any) -> dict[str, Any]:
    return {
        "type": "begin_group",
        "name": name,
        "label::fa": f"بخش {name}",
        "label::en": f"Section {name}",
        **extra,
    }


END = {"type": "end_group"}

CHOICES = [
    {"list_name": "speed", "name": "fast", "label::fa": "سریع", "label::en": "Fast", "points": 1},
    {"list_name": "speed", "name": "slow", "label::fa": "کند", "label::en": "Slow", "points": 0.25},
    {"list_name": "speed", "name": "never", "label::fa": "هرگز", "label::en": "Never", "points": 0},
    {
        "list_name": "speed",
        "name": "unasked",
        "label::fa": "نپرسیدم",
        "label::en": "Did not ask",
        "points": "",
    },
    {"list_name": "docs", "name": "price", "label::fa": "قیمت", "label::en": "Price list", "points": 0.5},
    {"list_name": "docs", "name": "warranty", "label::fa": "گارانتی", "label::en": "Warranty", "points": 0.4},
    {"list_name": "docs", "name": "brochure", "label::fa": "بروشور", "label::en": "Brochure", "points": 0.3},
]


def rows(
    survey: list[dict[str, Any]], *, choices=None, form_id: str = "showroom", version=""
) -> dict[str, Any]:
    return {
        "settings": {
            "form_id": form_id,
            "version": version,
            "title::fa": "بازدید نمایشگاه",
            "title::en": "Showroom visit",
            "scenario::fa": "پرسیدن قیمت و زمان تحویل",
            "scenario::en": "Ask the price and delivery time",
        },
        "survey": survey,
        "choices": copy.deepcopy(CHOICES if choices is None else choices),
    }


def make(survey: list[dict[str, Any]], **kw: Any) -> template.Template:
    return template.from_rows(rows(survey, **kw))


# The form most tests fill: skip logic, a constraint, a critical item, every kind.
VISIT_SURVEY = [
    q("time", "arrived", required="yes"),
    group("greeting", weight=2),
    q("yes_no", "greeted", required="yes", weight=2),
    q(
        "duration",
        "wait",
        required="yes",
        constraint=". >= 0 and . <= 240",
        **{"constraint_message::fa": "بین ۰ تا ۲۴۰ دقیقه", "constraint_message::en": "0 to 240 minutes"},
    ),
    q("scale5", "courtesy", required="yes", relevant="${greeted} = 'yes'"),
    END,
    group("sales"),
    q("yes_no", "test_drive", required="yes"),
    q("select_one speed", "test_drive_speed", relevant="${test_drive} = 'yes'"),
    q("select_multiple docs", "documents"),
    q("yes_no", "extra_charge_free", required="yes", critical="yes", critical_scope="audit", critical_cap=40),
    q("text", "remarks"),
    q("image", "photo"),
    END,
]


@pytest.fixture
def visit_template() -> template.Template:
    return make(VISIT_SURVEY)


@pytest.fixture
def audit_db(dealer_db):
    """dealer_db plus an inspection manager, a second inspector, and the visit template."""
    with dealer_db.write() as conn:
        for name, role in (
            ("inspmanager", users.Role.INSPECTION_MANAGER),
            ("inspector2", users.Role.INSPECTOR),
        ):
            users.create_user(
                conn,
                username=name,
                display_name=f"{name} کاربر",
                role=role,
                password=PASSWORD,
                pin=PIN,
                now=NOW,
            )
        library.import_template(conn, None, make(VISIT_SURVEY), NOW)
    return dealer_db


@pytest.fixture
def who(audit_db):
    """Look users up by name: who('inspector')."""
    return lambda name: get_user(audit_db, name)


FULL_ANSWERS = {
    "arrived": "10:05",
    "greeted": "yes",
    "wait": 4,
    "courtesy": 4,
    "test_drive": "yes",
    "test_drive_speed": "slow",
    "documents": ["price", "warranty"],
    "extra_charge_free": "yes",
    "remarks": "فروشنده مؤدب بود",
}
