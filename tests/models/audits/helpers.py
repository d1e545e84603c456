"""Making finalised audits quickly in tests."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from desktop.models.audits import drafts, records
from tests.conftest import NOW
from tests.models.audits.conftest import FULL_ANSWERS


def finalised(
    db,
    inspector,
    *,
    dealership_id: str = "1433",
    dealership_name: str = "پارس‌خودرو",
    answers: dict[str, Any] | None = None,
    when: datetime = NOW,
    form_id: str = "showroom",
) -> records.Audit:
    with db.write() as conn:
        draft = drafts.start_unplanned(
            conn,
            inspector,
            dealership_id=dealership_id,
            dealership_name=dealership_name,
            form_id=form_id,
            now=when,
        )
        for name, value in (FULL_ANSWERS if answers is None else answers).items():
            drafts.save_answer(conn, inspector, draft.id, name, value, when)
        drafts.set_visit_times(
            conn,
            inspector,
            draft.id,
            started_at=when,
            ended_at=when + timedelta(minutes=25),
            now=when + timedelta(minutes=40),
        )
        return records.finalise(conn, inspector, draft.id, when + timedelta(minutes=40))
