"""HQ's reading of cases and audits, with the desktop's own pure rules (no copies).

A case at HQ is :func:`desktop.models.cases.fold` over the events HQ holds; an audit's
score is :func:`desktop.models.audits.scoring.score` over its folded submission. So HQ and
every device compute the same state from the same events.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import Connection

from desktop.models import cases
from desktop.models.audits import records, scoring
from desktop.models.audits.access import COVERT_STREAM
from desktop.models.events import Event
from sync.hq.store import stream_events


def _events(conn: Connection, stream: str, stream_id: str) -> list[Event]:
    return [
        Event(
            event_id=r.event_id,
            stream=r.stream,
            stream_id=r.stream_id,
            dealership_id=r.dealership_id,
            device_id=r.device_id,
            device_seq=int(r.device_seq),
            actor_id=r.actor_id,
            kind=r.kind,
            payload=json.loads(r.payload),
            hlc=r.hlc,
            recorded_at=r.recorded_at,
        )
        for r in stream_events(conn, stream, stream_id)
    ]


def case_state(conn: Connection, case_id: str) -> cases.CaseState | None:
    """A case folded from every event HQ holds for it (None: HQ has none)."""
    found = _events(conn, "case", case_id)
    return cases.fold(case_id, found) if found else None


def audit_score(conn: Connection, audit_id: str) -> dict[str, Any] | None:
    """An audit's current score and critical failures, as the desktop computes them."""
    folded = records.fold(_events(conn, COVERT_STREAM, audit_id))
    if folded is None:
        return None
    sub = folded.submission
    template = records.template_of(sub["template"], int(sub["template_version"]))
    figures = scoring.score(template, sub["answers"])
    return {
        "audit_id": audit_id,
        "dealership_id": sub["dealership"]["id"],
        "score": figures.score,
        "critical_failures": list(figures.critical_failures),
        "amendments": len(folded.amendments),
    }
