"""Attachments travel with their cases; HQ folds a case exactly as the devices do."""

from desktop.models import blobs, cases
from sync.hq import db as hq_db
from sync.hq import views

PDF = b"%PDF-1.4 the customer's letter " + bytes(range(256)) * 4


def _register_with_attachment(device):
    with device.db.write() as conn:
        sha = blobs.store_blob(conn, PDF, "application/pdf", device.now())
        return cases.register_case(
            conn,
            device.user("clerk"),
            customer_id="0192f000-0000-7000-8000-0000000000aa",
            channel="walk_in",
            case_type="request",
            category="data_correction",
            description="انتقال مالکیت خودرو به نام خریدار جدید",
            attachments=[sha],
            now=device.now(),
        ), sha


def test_an_attachment_reaches_the_other_pc_of_the_dealership(hq):
    code = hq.dealership()
    first, second = hq.new_device(code), hq.new_device(code)
    case, sha = _register_with_attachment(first)
    assert first.sync().ok
    assert second.sync().ok
    with second.db.read() as conn:
        assert blobs.get_blob(conn, sha).data == PDF
        assert cases.get_case(conn, case.id).attachments == (sha,)
    # Nothing is sent twice: the second PC knows HQ has it.
    assert second.sync().ok


def test_hq_folds_a_case_as_the_devices_do(hq):
    code = hq.dealership()
    first, second = hq.new_device(code), hq.new_device(code)
    case, _ = _register_with_attachment(first)
    assert first.sync().ok
    assert second.sync().ok
    with second.db.write() as conn:
        cases.add_note(conn, second.user("clerk"), case.id, text="مدارک کامل است", now=second.now())
    with first.db.write() as conn:
        cases.resolve_at_first_contact(
            conn, first.user("clerk"), case.id, answer="انجام شد", now=first.now(), satisfaction=5
        )
    for device in (first, second, first, second):
        assert device.sync().ok
    with hq_db.reading(hq.engine) as conn:
        at_hq = views.case_state(conn, case.id)
    folded = []
    for device in (first, second):
        with device.db.read() as conn:
            folded.append(cases.fold(case.id, cases.case_events(conn, case.id)))
    assert at_hq is not None
    assert folded[0] == folded[1] == at_hq
    assert at_hq.status == "closed"
    assert len(at_hq.notes) == 1
