"""The counter's one search box: any name part, national ID, mobile, VIN, plate, tracking code.

Identifiers are looked up in B-tree indexes (exact, by prefix, or by the tail of a VIN or
chassis number through its reversed key); names in the FTS5 index of folded words, each
typed word matching a word prefix. Never a ``LIKE '%…%'`` scan. Exact identifiers rank
first, then the start of an identifier, then names whose words are typed whole, then
the rest, each group in name order.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Connection, and_, select, text

from desktop.models.customers.keys import MIN_TAIL, Query, fts_query, parse_query, reverse
from desktop.models.customers.records import Customer, Vehicle
from desktop.models.customers.schema import SEARCH_TABLE, customers, same, starts, vehicles
from desktop.models.customers.store import _customer, _vehicle
from desktop.models.errors import NotFound

EXACT, PARTIAL, WHOLE_WORDS, WORD_PREFIX = 0, 1, 2, 3
NAME_CANDIDATES = 100


@dataclass(frozen=True)
class Hit:
    """One customer found; ``matched_by`` says which part of the record matched."""

    customer: Customer
    rank: int
    matched_by: str  # national_id, company_id, mobile, phone, vin, chassis, plate, tracking_code, name
    vehicle_id: str | None
    vehicles: tuple[Vehicle, ...]


def search(conn: Connection, query: str, limit: int = 20) -> list[Hit]:
    """The customers a typed lookup finds, best first (at most ``limit``)."""
    q = parse_query(query)
    if not q.text or limit <= 0:
        return []
    found: dict[str, tuple[int, str, str | None]] = {}

    def add(customer_id: str, rank: int, by: str, vehicle_id: str | None = None) -> None:
        if customer_id not in found or rank < found[customer_id][0]:
            found[customer_id] = (rank, by, vehicle_id)

    _identifiers(conn, q, limit, add)
    name_ranks: dict[str, int] = {}
    if q.words:
        name_ranks = _names(conn, q.words)
        for cid, rank in name_ranks.items():
            add(cid, rank, "name")
    if not found:
        return []
    c = customers.c
    brief = select(c.id, c.num, c.sort_key, c.merged_into)
    rows = {r.id: r for r in conn.execute(brief.where(c.id.in_(list(found))))}
    # A record merged into another is found as the one it was merged into.
    pending = {cid: r.merged_into for cid, r in rows.items() if r.merged_into}
    for _hop in range(5):
        if not pending:
            break
        targets = {r.id: r for r in conn.execute(brief.where(c.id.in_(set(pending.values()))))}
        for cid, target in list(pending.items()):
            row = targets.get(target)
            if row is not None and row.merged_into:
                pending[cid] = row.merged_into
                continue
            if row is not None:
                rows[cid] = row
            del pending[cid]
    best: dict[str, tuple[int, str, str | None, Any]] = {}
    for cid, (rank, by, vid) in found.items():
        row = rows.get(cid)
        if row is None or row.merged_into:
            continue
        if row.id not in best or rank < best[row.id][0]:
            best[row.id] = (rank, by, vid, row)
    ordered = sorted(best.values(), key=lambda item: (item[0], item[3].sort_key, item[3].num))[:limit]
    top = [item[3].id for item in ordered]
    full = {r.id: _customer(r) for r in conn.execute(select(customers).where(c.id.in_(top)))}
    owned = _vehicles_of(conn, top)
    return [Hit(full[row.id], rank, by, vid, tuple(owned.get(row.id, ()))) for rank, by, vid, row in ordered]


def _identifiers(conn: Connection, q: Query, limit: int, add: Callable[..., None]) -> None:
    c = customers.c
    live = c.merged_into.is_(None)

    def people(where: ColumnElement[bool], rank: int, by: str) -> None:
        for cid in conn.execute(select(c.id).where(where).limit(limit)).scalars():
            add(cid, rank, by)

    def cars(column: Any, key: str, exact_len: int, by: str) -> None:
        rows = conn.execute(
            select(vehicles.c.id, vehicles.c.owner_id, column).where(starts(column, key)).limit(limit)
        )
        for vid, owner, value in rows:
            add(owner, EXACT if len(value) == exact_len else PARTIAL, by, vid)

    if q.national_id:
        people(same(c.national_id, q.national_id), EXACT, "national_id")
    if q.digits:
        digits = q.digits
        if len(digits) >= 3 and not q.national_id:
            people(starts(c.national_id, digits), PARTIAL, "national_id")
        if len(digits) == 11:
            people(same(c.company_id, digits), EXACT, "company_id")
        elif len(digits) >= 3:
            people(and_(starts(c.company_id, digits), live), PARTIAL, "company_id")
        if len(digits) >= 4:
            people(same(c.phone, digits), EXACT, "phone")
    if q.mobile:
        people(same(c.mobile, q.mobile), EXACT, "mobile")
    elif q.mobile_prefix:
        people(starts(c.mobile, q.mobile_prefix), PARTIAL, "mobile")
    tail = q.digits or q.latin
    if len(tail) >= MIN_TAIL:
        cars(vehicles.c.vin_rev, reverse(tail), len(tail), "vin")
        cars(vehicles.c.chassis_rev, reverse(tail), len(tail), "chassis")
    if q.plate:
        cars(vehicles.c.plate, q.plate, len(q.plate), "plate")
    elif q.plate_prefix:
        cars(vehicles.c.plate, q.plate_prefix, -1, "plate")
    if q.latin or q.digits:
        owner = _tracking_code_customer(conn, q.text)
        if owner:
            add(owner, EXACT, "tracking_code")


def _tracking_code_customer(conn: Connection, typed: str) -> str | None:
    from desktop.models.cases import tracking

    code = tracking.normalise(typed)
    if code is None:
        return None
    try:
        from desktop.models import cases

        return str(cases.get_case(conn, code).customer_id)
    except (ImportError, AttributeError, NotFound):
        return None


def _names(conn: Connection, words: list[str]) -> dict[str, int]:
    """Customers whose names have every typed word (as a word prefix), with their rank:
    whole words typed first, then words typed in part."""
    ranks: dict[int, int] = {}
    for rank, prefix in ((WHOLE_WORDS, False), (WORD_PREFIX, True)):
        nums = conn.execute(
            text(f"SELECT rowid FROM {SEARCH_TABLE} WHERE {SEARCH_TABLE} MATCH :q LIMIT :n"),
            {"q": fts_query(words, prefix=prefix), "n": NAME_CANDIDATES},
        ).scalars()
        for num in nums:
            ranks.setdefault(num, rank)
    if not ranks:
        return {}
    rows = conn.execute(select(customers.c.num, customers.c.id).where(customers.c.num.in_(list(ranks))))
    return {row.id: ranks[row.num] for row in rows}


def _vehicles_of(conn: Connection, owner_ids: list[str]) -> dict[str, list[Vehicle]]:
    if not owner_ids:
        return {}
    merged = conn.execute(
        select(customers.c.id, customers.c.merged_into).where(customers.c.merged_into.in_(owner_ids))
    ).all()
    owner_of = {cid: cid for cid in owner_ids} | dict(merged)
    rows = conn.execute(
        select(vehicles).where(vehicles.c.owner_id.in_(list(owner_of))).order_by(vehicles.c.num)
    )
    result: dict[str, list[Vehicle]] = {}
    for row in rows:
        result.setdefault(owner_of[row.owner_id], []).append(_vehicle(row))
    return result
