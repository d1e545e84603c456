"""Settings → Sub-categories: an administrator keeps the list per category, in both languages."""

import pytest
from PySide6.QtWidgets import QPushButton

from desktop.models import cases, dealership, events
from desktop.models.session import Session
from desktop.views.settings import PAGES
from desktop.views.settings_cases import SubcategoriesPage
from tests.conftest import get_user
from tests.helpers import find, type_text

pytestmark = pytest.mark.gui


@pytest.fixture
def page(ctx, qtbot, wait):
    with ctx.db.read() as conn:
        ctx.set_session(
            Session(
                user=get_user(ctx.db, "admin"),
                dealership=dealership.get_dealership(conn),
                device=events.this_device(conn),
                counter="1",
            )
        )
    shown = SubcategoriesPage(ctx)
    qtbot.addWidget(shown)
    wait()
    return shown


def _names(page):
    return [page.table.item(r, 0).text() for r in range(page.table.rowCount())]


def _offered(ctx, category):
    with ctx.db.read() as conn:
        return {s.code: (s.name_fa, s.name_en) for s in cases.list_subcategories(conn, category)}


def test_the_page_is_in_the_case_settings():
    assert any(spec.target.endswith(":SubcategoriesPage") for spec in PAGES)


def test_add_rename_retire_and_restore(ctx, page, wait):
    page.category.setCurrentIndex(page.category.findData("warranty"))
    wait()
    assert _names(page) == ["رد خدمات گارانتی", "مدت و شرایط گارانتی"]
    assert page.category.currentText() != "warranty"  # categories by name

    type_text(page.name_fa, "تأخیر در پاسخ گارانتی")
    type_text(page.name_en, "Slow warranty answer")
    find(page, QPushButton, "addSubcategory").click()
    wait()
    assert _names(page)[-1] == "تأخیر در پاسخ گارانتی"
    assert _offered(ctx, "warranty")["slow_warranty_answer"] == (
        "تأخیر در پاسخ گارانتی",
        "Slow warranty answer",
    )

    page.table.setCurrentCell(0, 0)
    assert page.name_en.text() == "Warranty claim refused"  # the chosen row fills the form
    page.name_fa.clear()
    type_text(page.name_fa, "رد درخواست گارانتی")
    find(page, QPushButton, "renameSubcategory").click()
    wait()
    assert _offered(ctx, "warranty")["claim_refused"][0] == "رد درخواست گارانتی"

    page.table.setCurrentCell(0, 0)
    assert page.toggle.text() == "کنار گذاشتن ردیف انتخاب‌شده"
    page.toggle.click()
    wait()
    assert "claim_refused" not in _offered(ctx, "warranty")
    assert page.table.item(0, 3).text() == "کنار گذاشته"  # still listed, marked retired
    page.table.setCurrentCell(0, 0)
    assert page.toggle.text() == "بازگرداندن ردیف انتخاب‌شده"
    page.toggle.click()
    wait()
    assert "claim_refused" in _offered(ctx, "warranty")


def test_a_refusal_is_told_in_persian_and_nothing_is_added(ctx, page, wait):
    before = _offered(ctx, "quality")
    type_text(page.name_fa, "موتور")
    type_text(page.name_en, "Engine")  # the code "engine" is taken
    find(page, QPushButton, "addSubcategory").click()
    wait()
    assert page.error.isVisibleTo(page)
    assert "زیرموضوع" in page.error.text()
    assert _offered(ctx, "quality") == before
    assert page.name_fa.text() == "موتور"  # what was typed stays for correcting
