"""Audit templates and visits that HQ publishes as reference data (``sync.hq publish``).

- ``audit_template``: key ``<form_id>@<version>``; body: the template's rows
  (``{"settings", "survey", "choices"}``, as ``audits template export ID x.json`` writes
  them). Stored as that exact version; a version is never changed or removed.
- ``visit``: key: the visit's id; body: ``dealership_id``, ``dealership_name``,
  ``dealership_city``, ``form_id``, ``scenario``, ``window_start``, ``window_end`` (ISO
  dates) and ``inspector_id``. A visit the inspector has started keeps its plan; a
  withdrawn visit not yet started is cancelled.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import Connection, insert, select, update

from desktop.models import reference
from desktop.models.audits import library
from desktop.models.audits.tables import audit_visits
from desktop.models.audits.template import from_rows, split_template_id
from desktop.models.audits.visits import dealership_fields
from desktop.models.calendar import iso
from desktop.models.errors import ValidationError
from desktop.models.text import normalize


@reference.applier("audit_template")
def apply_template(conn: Connection, record: reference.Record, now: datetime) -> None:
    if record.deleted:
        return  # audits name their version: it stays
    form_id, version = split_template_id(record.key)
    if version is None:
        raise reference.ReferenceProblem("reference_field", field="key")
    template = from_rows(record.body, version=version)
    if template.form_id != form_id:
        raise reference.ReferenceProblem("reference_field", field="form_id")
    library.store_version(conn, template, now)


def _day(body: dict[str, Any], key: str) -> str:
    try:
        return date.fromisoformat(str(body[key])).isoformat()
    except (KeyError, ValueError):
        raise reference.ReferenceProblem("reference_field", field=key) from None


@reference.applier("visit")
def apply_visit(conn: Connection, record: reference.Record, now: datetime) -> None:
    status = conn.execute(select(audit_visits.c.status).where(audit_visits.c.id == record.key)).scalar()
    if record.deleted:
        if status == "assigned":
            conn.execute(
                update(audit_visits).where(audit_visits.c.id == record.key).values(status="cancelled")
            )
        return
    body = record.body
    try:
        code, name, city = dealership_fields(
            str(body.get("dealership_id", "")),
            str(body.get("dealership_name", "")),
            str(body.get("dealership_city", "")),
        )
    except ValidationError as exc:
        raise reference.ReferenceProblem("reference_field", field=exc.field) from None
    start, end = _day(body, "window_start"), _day(body, "window_end")
    if end < start:
        raise reference.ReferenceProblem("reference_field", field="window_end")
    plan = {
        "dealership_id": code,
        "dealership_name": name,
        "dealership_city": city,
        "form_id": str(body.get("form_id", "")) or _missing("form_id"),
        "scenario": normalize(str(body.get("scenario", ""))),
        "window_start": start,
        "window_end": end,
        "inspector_id": str(body.get("inspector_id", "")) or _missing("inspector_id"),
    }
    if status is None:
        conn.execute(
            insert(audit_visits).values(
                id=record.key, planned=True, status="assigned", created_at=iso(now), created_by=None, **plan
            )
        )
    elif status in {"assigned", "cancelled"}:
        conn.execute(
            update(audit_visits).where(audit_visits.c.id == record.key).values(status="assigned", **plan)
        )


def _missing(field: str) -> str:
    raise reference.ReferenceProblem("reference_field", field=field)
