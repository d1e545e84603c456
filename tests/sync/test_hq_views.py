"""HQ scores audits and folds cases with the desktop's own rules, and gets the same figures."""

from datetime import UTC, datetime

import pytest
from sqlalchemy import select

from desktop.models import demo, events
from desktop.models.audits import tables as audit_tables
from sync import protocol
from sync.hq import db as hq_db
from sync.hq import devices as hq_devices
from sync.hq import store, views
from sync.hq.scope import DeviceScope

pytestmark = pytest.mark.slow


def test_hq_scores_the_demo_audits_as_the_desktop_does(db, tmp_path):
    now = datetime(2026, 11, 24, 8, 30, tzinfo=UTC)
    demo.fill(db, now, size=30)
    with db.read() as conn:
        me = events.this_device(conn).device_id
        held = [
            e
            for e in (events.from_row(r) for r in conn.execute(events.t.events.select()))
            if e.stream == "audit" and e.device_id == me
        ]
        local = {
            r.id: r.score for r in conn.execute(select(audit_tables.audits.c.id, audit_tables.audits.c.score))
        }
    assert held, "the demo makes audits"
    engine = hq_db.make_engine(f"sqlite:///{tmp_path / 'hq.db'}")
    hq_db.migrate(engine)
    with hq_db.writing(engine) as conn:
        for code in {e.dealership_id for e in held}:
            hq_devices.create_dealership(conn, code, code, now)
    wire = [protocol.WireEvent.model_validate(e.to_dict()) for e in sorted(held, key=lambda e: e.device_seq)]
    outcome = store.push(engine, DeviceScope(me, "demo", "hq", "1420"), wire, now)
    assert outcome.accepted == len(wire)
    with hq_db.reading(engine) as conn:
        for audit_id in {e.stream_id for e in held}:
            figures = views.audit_score(conn, audit_id)
            assert figures is not None
            assert figures["score"] == pytest.approx(local[audit_id])
    engine.dispose()
