"""Template versions: editing makes a new version; audits keep the version they were made with."""

from datetime import timedelta

import pytest

from desktop.models.audits import drafts, library, records, template, xlsform
from desktop.models.errors import NotFound, PermissionDenied
from tests.conftest import NOW
from tests.models.audits.conftest import END, VISIT_SURVEY, make, q, rows


def test_importing_the_same_content_twice_changes_nothing(audit_db, who):
    with audit_db.write() as conn:
        again = library.import_template(conn, who("hq"), make(VISIT_SURVEY), NOW)
        infos = library.list_templates(conn, who("hq"), all_versions=True)
    assert not again.created
    assert again.template.version == 1
    assert [i.id for i in infos] == ["showroom@1"]


def test_editing_a_template_makes_a_new_version(audit_db, who):
    edited = make([*VISIT_SURVEY[:-1], q("yes_no", "farewell"), END])
    with audit_db.write() as conn:
        result = library.import_template(conn, who("hq"), edited, NOW)
        latest = library.get_template(conn, "showroom")
        first = library.get_template(conn, "showroom@1")
        infos = library.list_templates(conn, who("inspector"), all_versions=True)
        newest_only = library.list_templates(conn, who("inspector"))
    assert result.created
    assert result.template.version == 2
    assert latest.version == 2
    assert latest.has_question("farewell")
    assert not first.has_question("farewell")
    assert [(i.id, i.latest) for i in infos] == [("showroom@2", True), ("showroom@1", False)]
    assert [i.id for i in newest_only] == ["showroom@2"]


def test_a_higher_version_asked_for_is_kept_a_lower_one_is_not(audit_db):
    with audit_db.write() as conn:
        asked = library.import_template(
            conn, None, template.from_rows(rows([q("yes_no", "a")], version="7")), NOW
        )
        lower = library.import_template(
            conn, None, template.from_rows(rows([q("yes_no", "b")], version="3")), NOW
        )
    assert asked.template.version == 7
    assert lower.template.version == 8


def test_an_audit_keeps_the_version_it_was_made_with(audit_db, who):
    inspector = who("inspector")
    with audit_db.write() as conn:
        draft = drafts.start_unplanned(
            conn, inspector, dealership_id="1507", dealership_name="کرج موتور", form_id="showroom", now=NOW
        )
        library.import_template(conn, None, make([*VISIT_SURVEY[:-1], q("yes_no", "farewell"), END]), NOW)
        for name, value in {
            "arrived": "10:00",
            "greeted": "no",
            "wait": 3,
            "test_drive": "no",
            "extra_charge_free": "yes",
        }.items():
            drafts.save_answer(conn, inspector, draft.id, name, value, NOW)
        drafts.set_visit_times(
            conn,
            inspector,
            draft.id,
            started_at=NOW,
            ended_at=NOW + timedelta(minutes=20),
            now=NOW + timedelta(hours=1),
        )
        audit = records.finalise(conn, inspector, draft.id, NOW + timedelta(hours=1))
    assert audit.template.version == 1
    assert not audit.template.has_question("farewell")


def test_import_and_export_need_the_templates_permission(audit_db, who):
    data = xlsform.to_xlsx(make(VISIT_SURVEY))
    with audit_db.write() as conn:
        for name in ("inspector", "manager", "clerk"):
            with pytest.raises(PermissionDenied):
                library.import_file(conn, who(name), "t.xlsx", data, NOW)
            with pytest.raises(PermissionDenied):
                library.export_template(conn, who(name), "showroom", "t.xlsx")
        assert library.import_file(conn, who("inspmanager"), "t.xlsx", data, NOW).template.version == 1


def test_unknown_template_is_not_found(audit_db):
    with audit_db.read() as conn, pytest.raises(NotFound):
        library.get_template(conn, "nothing@1")


def test_a_dealership_user_cannot_list_templates(audit_db, who):
    with audit_db.read() as conn, pytest.raises(PermissionDenied):
        library.list_templates(conn, who("manager"))
