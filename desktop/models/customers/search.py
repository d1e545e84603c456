"""The counter's one search box: any name part, national ID, mobile, VIN, plate, tracking code.

Identifiers are looked up in B-tree indexes (exact, by prefix, or by the tail of a VIN or
chassis number through its reversed key); names in the FTS5 index of folded words, each
typed word matching a word prefix. Never a ``LIKE '%…%'`` scan. Exact identifiers rank
first, then the start of an identifier, then names whose words are typed whole, then
the rest, each group in name order.

This is the hottest path of the counter, so it speaks plain SQL (a handful of statements
per lookup, each one index search) rather than building SQLAlchemy expressions per call.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection

from desktop.models.customers.keys import (
    MIN_TAIL,
    PREFIX_INDEX_MAX,
    Query,
    fts_query,
    has_prefixes,
    parse_query,
    reverse,
)
from desktop.models.customers.records import Customer, Vehicle
from desktop.models.customers.schema import SEARCH_TABLE
from desktop.models.customers.store import _customer, _vehicle

EXACT, PARTIAL, WHOLE_WORDS, WORD_PREFIX = 0, 1, 2, 3
NAME_CANDIDATES = 60
_TOP = "\U0010ffff"


@dataclass(frozen=True)
class Hit:
    """One customer found; ``matched_by`` says which part of the record matched."""

    customer: Customer
    rank: int
    matched_by: str  # national_id, company_id, mobile, phone, vin, chassis, plate, tracking_code, name
    vehicle_id: str | None
    vehicles: tuple[Vehicle, ...]


def _marks(count: int) -> str:
    return ", ".join("?" * count)


def search(conn: Connection, query: str, limit: int = 20) -> list[Hit]:
    """The customers a typed lookup finds, best first (at most ``limit``)."""
    q = parse_query(query)
    if not q.text or limit <= 0:
        return []
    # customer id -> (rank, matched_by, vehicle id)
    found: dict[str, tuple[int, str, str | None]] = {}
    for cid, rank, by, vid in _identifiers(conn, q, limit):
        if cid not in found or rank < found[cid][0]:
            found[cid] = (rank, by, vid)
    meta: dict[str, Any] = {}
    if q.words:
        for row in _names(conn, q.words):
            meta[row.id] = row
            if row.id not in found:
                found[row.id] = (row.rank, "name", None)
    if not found:
        return []
    missing = [cid for cid in found if cid not in meta]
    meta.update(_brief(conn, missing))
    # A record merged into another is found as the one it was merged into.
    for _hop in range(5):
        targets = {r.merged_into for r in meta.values() if r.merged_into and r.merged_into not in meta}
        if not targets:
            break
        meta.update(_brief(conn, list(targets)))
    best: dict[str, tuple[int, str, str | None, Any]] = {}
    for cid, (rank, by, vid) in found.items():
        row, hops = meta.get(cid), 0
        while row is not None and row.merged_into and hops < 5:
            row, hops = meta.get(row.merged_into), hops + 1
        if row is None or row.merged_into:
            continue
        if row.id not in best or rank < best[row.id][0]:
            best[row.id] = (rank, by, vid, row)
    ordered = sorted(best.values(), key=lambda item: (item[0], item[3].sort_key, item[3].num))[:limit]
    top = [item[3].id for item in ordered]
    rows = conn.exec_driver_sql(f"SELECT * FROM customers WHERE id IN ({_marks(len(top))})", tuple(top))
    full = {r.id: _customer(r) for r in rows}
    owned = _vehicles_of(conn, top)
    return [Hit(full[row.id], rank, by, vid, tuple(owned.get(row.id, ()))) for rank, by, vid, row in ordered]


def _brief(conn: Connection, ids: list[str]) -> dict[str, Any]:
    if not ids:
        return {}
    rows = conn.exec_driver_sql(
        f"SELECT id, num, sort_key, merged_into FROM customers WHERE id IN ({_marks(len(ids))})", tuple(ids)
    )
    return {r.id: r for r in rows}


# Each lookup by an identifier is one index search; the "<> ''" terms let the partial
# indexes serve them (see schema.py).
_PEOPLE = "SELECT id, {rank}, '{by}', NULL FROM customers WHERE {where} LIMIT {limit}"
_CARS = (
    "SELECT owner_id, CASE WHEN length({col}) = {exact} THEN 0 ELSE 1 END, '{by}', id FROM vehicles"
    " WHERE {col} >= ? AND {col} < ? AND {col} <> '' LIMIT {limit}"
)


def _identifiers(conn: Connection, q: Query, limit: int) -> list[tuple[str, int, str, str | None]]:
    parts: list[str] = []
    params: list[str] = []

    def people(where: str, values: tuple[str, ...], rank: int, by: str) -> None:
        parts.append(_PEOPLE.format(rank=rank, by=by, where=where, limit=limit))
        params.extend(values)

    def equal(column: str, value: str, rank: int = EXACT, by: str = "") -> None:
        people(f"{column} = ? AND {column} <> ''", (value,), rank, by or column)

    def prefix(column: str, value: str, by: str = "") -> None:
        people(
            f"{column} >= ? AND {column} < ? AND {column} <> ''", (value, value + _TOP), PARTIAL, by or column
        )

    def cars(column: str, key: str, exact: int, by: str) -> None:
        parts.append(_CARS.format(col=column, exact=exact, by=by, limit=limit))
        params.extend((key, key + _TOP))

    if q.national_id:
        equal("national_id", q.national_id)
    digits = q.digits
    if digits:
        if len(digits) >= 3 and not q.national_id:
            prefix("national_id", digits)
        if len(digits) == 11:
            equal("company_id", digits)
        elif len(digits) >= 3:
            prefix("company_id", digits)
        if len(digits) >= 4:
            equal("phone", digits)
    if q.mobile:
        equal("mobile", q.mobile)
    elif q.mobile_prefix:
        prefix("mobile", q.mobile_prefix)
    tail = digits or q.latin
    if len(tail) >= MIN_TAIL:
        cars("vin_rev", reverse(tail), len(tail), "vin")
        cars("chassis_rev", reverse(tail), len(tail), "chassis")
    if q.plate:
        cars("plate", q.plate, len(q.plate), "plate")
    elif q.plate_prefix:
        cars("plate", q.plate_prefix, -1, "plate")
    found: list[tuple[str, int, str, str | None]] = []
    if parts:
        sql = " UNION ALL ".join(f"SELECT * FROM ({part})" for part in parts)
        found.extend((r[0], r[1], r[2], r[3]) for r in conn.exec_driver_sql(sql, tuple(params)))
    if q.latin or digits:
        owner = _tracking_code_customer(conn, q.text)
        if owner:
            found.append((owner, EXACT, "tracking_code", None))
    return found


def _tracking_code_customer(conn: Connection, typed: str) -> str | None:
    from desktop.models.cases import tracking

    code = tracking.normalise(typed)
    if code is None:
        return None
    row = conn.exec_driver_sql(
        "SELECT customer_id FROM cases WHERE tracking_key = ?", (tracking.key(code),)
    ).first()
    return str(row[0]) if row else None


def _names(conn: Connection, words: list[str]) -> list[Any]:
    """Customers whose names have every typed word (as a word prefix), with their rank:
    whole words typed first, then words typed in part."""
    ranks: dict[int, int] = {}
    whole = conn.exec_driver_sql(_FTS, (fts_query(words, prefix=False), NAME_CANDIDATES)).all()
    ranks.update((num, WHOLE_WORDS) for num, _words in whole)
    # Whole-word matches rank first: with enough of them, word prefixes cannot make the list.
    if len(ranks) < NAME_CANDIDATES:
        cut = any(len(w) > PREFIX_INDEX_MAX for w in words)
        query = fts_query(words, cut=PREFIX_INDEX_MAX)
        for num, stored in conn.exec_driver_sql(_FTS, (query, NAME_CANDIDATES * 3)):
            if num in ranks or (cut and not has_prefixes(stored.split(), words)):
                continue
            ranks[num] = WORD_PREFIX
            if len(ranks) >= 2 * NAME_CANDIDATES:
                break
    if not ranks:
        return []
    rows = conn.exec_driver_sql(
        f"SELECT id, num, sort_key, merged_into FROM customers WHERE num IN ({_marks(len(ranks))})",
        tuple(ranks),
    )
    return [_Named(r.id, r.num, r.sort_key, r.merged_into, ranks[r.num]) for r in rows]


@dataclass(frozen=True)
class _Named:
    id: str
    num: int
    sort_key: str
    merged_into: str | None
    rank: int


_FTS = f"SELECT rowid, words FROM {SEARCH_TABLE} WHERE {SEARCH_TABLE} MATCH ? LIMIT ?"


def _vehicles_of(conn: Connection, owner_ids: list[str]) -> dict[str, list[Vehicle]]:
    if not owner_ids:
        return {}
    marks = _marks(len(owner_ids))
    merged = conn.exec_driver_sql(
        f"SELECT id, merged_into FROM customers WHERE merged_into IN ({marks})", tuple(owner_ids)
    ).all()
    owner_of = {cid: cid for cid in owner_ids} | {r.id: r.merged_into for r in merged}
    rows = conn.exec_driver_sql(
        f"SELECT * FROM vehicles WHERE owner_id IN ({_marks(len(owner_of))}) ORDER BY num", tuple(owner_of)
    )
    result: dict[str, list[Vehicle]] = {}
    for row in rows:
        result.setdefault(owner_of[row.owner_id], []).append(_vehicle(row))
    return result
