"""Settings of this installation: JSON values under text keys, in the database.

Keys are defined where they are used; :data:`DEFAULTS` holds the ones the shell needs.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import Connection, select
from sqlalchemy.dialects.sqlite import insert

from desktop.models import tables as t

DEFAULTS: dict[str, Any] = {
    "language": "fa",
    "idle_lock_minutes": 5,
    "backup_dir": "",
    # Printed documents and job cards (desktop/models/jobcards.py, desktop/views/printing.py).
    "vat_rate_percent": 10,
    "receipt_layout": "a5",
    "receipt_follow_up": "",
    "thermal_printer": "",
    "thermal_width_dots": 576,
    # Sync with HQ (sync/client.py, desktop/views/sync_service.py): seconds between syncs.
    "sync_interval_seconds": 60,
}


def get(conn: Connection, key: str, default: Any = None) -> Any:
    value = conn.execute(select(t.settings.c.value).where(t.settings.c.key == key)).scalar()
    if value is None:
        return DEFAULTS.get(key, default) if default is None else default
    return json.loads(value)


def put(conn: Connection, key: str, value: Any) -> None:
    text = json.dumps(value, ensure_ascii=False)
    stmt = insert(t.settings).values(key=key, value=text)
    conn.execute(stmt.on_conflict_do_update(index_elements=["key"], set_={"value": text}))


def next_number(conn: Connection, name: str) -> int:
    """The next value of a named counter (1, 2, 3 ...), inside the caller's transaction."""
    key = f"counter.{name}"
    value = int(get(conn, key, 0)) + 1
    put(conn, key, value)
    return value
