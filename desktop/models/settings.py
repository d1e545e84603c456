"""Settings of this installation: JSON values under text keys, in the database.

Keys are defined where they are used; :data:`DEFAULTS` holds the ones the shell needs.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from sqlalchemy import Connection, Engine, event, select
from sqlalchemy.dialects.sqlite import insert
from sqlalchemy.sql.dml import Insert

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


def change(conn: Connection, actor: Any, key: str, value: Any) -> None:
    """A setting changed by a person (Settings, the command line): needs the permission
    to manage settings. ``put`` is for the program's own bookkeeping."""
    from desktop.models import users

    users.require(actor, users.Perm.SETTINGS_MANAGE)
    put(conn, key, value)


def next_number(conn: Connection, name: str) -> int:
    """The next value of a named counter (1, 2, 3 ...), inside the caller's transaction."""
    key = f"counter.{name}"
    value = int(get(conn, key, 0)) + 1
    put(conn, key, value)
    return value


_WRITTEN = "pishkhan.settings_written"


def watch(engine: Engine, changed: Callable[[set[str]], None]) -> Callable[[], None]:
    """Call ``changed(keys)`` for each transaction that writes settings, as it commits.

    For what must follow a setting whoever changes it (the idle-lock time set in
    Settings, say). The call happens on the committing thread, just before SQLite makes
    the transaction durable: a listener re-reads the value through the same database
    worker rather than trusting the moment. Returns the function that stops watching.
    """

    def after_execute(conn: Connection, clause: Any, *_args: Any) -> None:
        if isinstance(clause, Insert) and clause.table is t.settings:
            key = clause.compile(dialect=conn.dialect).params.get("key")
            conn.info.setdefault(_WRITTEN, set()).add(str(key))

    def commit(conn: Connection) -> None:
        keys = conn.info.pop(_WRITTEN, None)
        if keys:
            changed(keys)

    def rollback(conn: Connection) -> None:
        conn.info.pop(_WRITTEN, None)

    hooks: dict[str, Callable[..., None]] = {
        "after_execute": after_execute,
        "commit": commit,
        "rollback": rollback,
    }
    for name, fn in hooks.items():
        event.listen(engine, name, fn)

    def unwatch() -> None:
        for name, fn in hooks.items():
            if event.contains(engine, name, fn):
                event.remove(engine, name, fn)

    return unwatch
