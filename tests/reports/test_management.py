"""The management report: figures against the previous period, charts, FMEA, actions,
audits only for readers who may see them, and the glossary; Persian and English."""

import pytest

from desktop.i18n.labels import label
from desktop.models import improvement
from desktop.models.analytics import period
from desktop.models.analytics.figures import FIGURES
from reports import management
from reports.common import Letterhead
from tests.models.analytics.conftest import at, month_of_cases, people  # noqa: F401
from tests.reports.conftest import page_count, squash

AZAR = period.month(1405, 9)
NOW = at(24, 12)


def make(db, user, lang="fa", chosen=AZAR):
    with db.read() as conn:
        data = management.gather(
            conn, user, chosen, now=NOW, issuer=Letterhead("نمایندگی آرین‌خودرو", code="1420")
        )
    return data, management.build(data, lang)


def test_a_persian_monthly_report(dealer_db, people, month_of_cases, text_of):  # noqa: F811
    data, pdf = make(dealer_db, people["manager"])
    text = squash(text_of(pdf))
    assert page_count(pdf) >= 3
    assert squash("گزارش مدیریتی ماهانه") in text
    assert squash("آذر ۱۴۰۵") in text
    assert squash("آبان ۱۴۰۵") in text  # the month it is compared with
    assert squash("حل در اولین تماس") in text
    assert squash("۱۶٫۷٪") in text  # FCR 1 of 6
    assert squash("واژه‌نامه") in text
    assert data.figures.cases.cases == 6


def test_the_glossary_defines_every_figure(dealer_db, people, month_of_cases, text_of):  # noqa: F811
    _, pdf = make(dealer_db, people["manager"], "en")
    text = squash(text_of(pdf))
    for code in FIGURES:
        assert squash(label("figure", code, "en")) in text, code
        definition = label("figure_definition", code, "en")
        assert squash(definition[:60]) in text, code


def test_an_english_report_reads_left_to_right(dealer_db, people, month_of_cases, text_of):  # noqa: F811
    _, pdf = make(dealer_db, people["manager"], "en", period.quarter(1405, 3))
    text = text_of(pdf)
    assert "Quarterly management report" in text
    assert "Headline figures" in text
    assert "First-contact resolution" in text


def test_audits_appear_only_for_readers_who_may_see_them(dealer_db, people, month_of_cases, text_of):  # noqa: F811
    manager, _ = make(dealer_db, people["manager"], "en")
    admin, admin_pdf = make(dealer_db, people["admin"], "en")
    hq, hq_pdf = make(dealer_db, people["hq"], "en")
    assert manager.audits is not None
    assert manager.audits.released_only
    assert admin.audits is None
    assert "Audit" not in text_of(admin_pdf)
    assert "Audit ranking of the dealerships" in text_of(hq_pdf)
    assert not hq.audits.released_only


def test_fmea_top_ten_and_open_actions(dealer_db, people, month_of_cases, text_of):  # noqa: F811
    manager = people["manager"]
    with dealer_db.write() as conn:
        for n in range(12):
            improvement.create_failure_mode(
                conn,
                manager,
                title=f"mode {n:02d}",
                category="price",
                severity=1 + n % 10,
                occurrence=5,
                detection=5,
                now=NOW,
            )
    data, pdf = make(dealer_db, manager, "en")
    assert len(data.fmea) == 10
    assert data.fmea[0].rpn >= data.fmea[-1].rpn
    text = text_of(pdf)
    assert "mode 09" in text  # severity 10: the top of the table
    assert "mode 10" not in text  # severity 1: not in the top ten
    assert "No improvement action is open." in text


def test_a_clerk_gets_no_report(dealer_db, people, month_of_cases):  # noqa: F811
    from desktop.models.errors import PermissionDenied

    with pytest.raises(PermissionDenied):
        make(dealer_db, people["clerk"])
