"""``kpi``: the figures of a period; ``report monthly|quarterly|yearly``: the management report PDF."""

from __future__ import annotations

import argparse
import sys
from dataclasses import asdict
from pathlib import Path
from typing import Any

from desktop.cli.common import CommandError, acting_user, opened, print_json, subgroup
from desktop.i18n.labels import label
from desktop.models import users
from desktop.models.analytics import audits as audit_figures
from desktop.models.analytics import dashboard, facts, period
from desktop.models.analytics.figures import Filters
from desktop.models.calendar import utcnow

FILTERS = ("dealership", "category", "channel", "segment", "case_type", "unit", "clerk")


def _filter_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--dealership", help="one dealership's code (HQ users only; default: all they may see)"
    )
    parser.add_argument("--category", help="only cases of this category (quality, delivery, price ...)")
    parser.add_argument("--channel", help="only cases that came by this channel (walk_in, phone ...)")
    parser.add_argument("--segment", help="passenger, commercial or motorcycle")
    parser.add_argument("--case-type", dest="case_type", help="question, request or complaint")
    parser.add_argument("--unit", help="only cases referred to this unit")
    parser.add_argument("--clerk", help="only cases this user (user name) registered")
    parser.add_argument("--user", help="whose view of the figures (default: the administrator)")


def register(commands: Any) -> None:
    kpi = commands.add_parser(
        "kpi",
        help="print the figures of a period (first-contact resolution, response times, SLA ...)",
        description="The figures of a period of Iran local days, both ends included. Dates are"
        " Gregorian (2026-11-24) or Solar Hijri (1405/09/03).",
        epilog="example:\n"
        "  python -m desktop.cli --db counter.db kpi --from 1405/09/01 --to 1405/09/30 --json\n"
        "  python -m desktop.cli --db counter.db kpi --from 2026-09-23 --to 2026-12-21 --out q3.xlsx",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    kpi.add_argument("--from", dest="first", required=True, help="the first day")
    kpi.add_argument("--to", dest="last", required=True, help="the last day")
    kpi.add_argument("--json", action="store_true", help="print JSON")
    kpi.add_argument("--out", help="also write the figures to FILE.xlsx or FILE.csv")
    kpi.add_argument(
        "--lang", choices=("fa", "en"), default="en", help="the language of the plain text's words (none ...)"
    )
    _filter_options(kpi)
    kpi.set_defaults(handler=cmd_kpi)

    group = subgroup(commands, "report", "make the periodic management report (PDF)")
    for kind, text, example in (
        ("monthly", "a Solar Hijri month", "--year 1405 --month 9"),
        ("quarterly", "a quarter (1 = spring)", "--year 1405 --quarter 3"),
        ("yearly", "a Solar Hijri year", "--year 1404"),
    ):
        sub = group.add_parser(
            kind,
            help=f"the management report of {text}",
            epilog="example:\n"
            f"  python -m desktop.cli --db counter.db report {kind} {example} --out report.pdf",
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )
        sub.add_argument("--year", type=int, required=True, help="the Solar Hijri year, e.g. 1405")
        if kind == "monthly":
            sub.add_argument("--month", type=int, required=True, help="1 (Farvardin) to 12 (Esfand)")
        if kind == "quarterly":
            sub.add_argument("--quarter", type=int, required=True, help="1 to 4")
        sub.add_argument("--out", required=True, help="the PDF file to write")
        sub.add_argument("--lang", choices=("fa", "en"), default="fa", help="the report's language")
        _filter_options(sub)
        sub.set_defaults(handler=cmd_report, kind=kind)


def _filters(conn: Any, args: argparse.Namespace) -> Filters:
    values = {name: getattr(args, name, None) for name in FILTERS}
    clerk = values.pop("clerk")
    if clerk:
        clerk = acting_user(conn, clerk).id
    return Filters(dealership_id=values.pop("dealership"), clerk=clerk, **values).check()


def _jsonable(value: Any) -> Any:
    if hasattr(value, "__dataclass_fields__"):
        value = asdict(value)
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    return value


Handler = tuple[str, str]  # user name, display name


def figures_json(
    board: dashboard.ManagerFigures,
    seen: audit_figures.AuditFigures | None,
    handlers: dict[str, Handler] | None = None,
) -> dict[str, Any]:
    """The figures as plain JSON: counts, rates (0 to 1) and durations in seconds.

    The backlog per handler is keyed by user name ("" for cases nobody holds yet), with the
    display name beside the counts; ``handlers`` maps user ids to both.
    """
    f = board.cases
    known = handlers or {}

    def handler(user_id: str, n: int, late: int) -> tuple[str, dict[str, Any]]:
        if not user_id:
            return "", {"open": n, "overdue": late}
        username, name = known.get(user_id, (user_id, user_id))
        return username, {"name": name, "open": n, "overdue": late}

    return {
        "period": {"from": board.period.start.isoformat(), "to": board.period.last_day.isoformat()},
        "cases": f.cases,
        "complaints": f.complaints,
        "fcr_rate": f.fcr_rate,
        "first_response_seconds": {
            "count": f.first_response.count,
            "median": f.first_response.median,
            "p90": f.first_response.p90,
        },
        "resolution_seconds": {
            "count": f.resolution.count,
            "median": f.resolution.median,
            "p90": f.resolution.p90,
        },
        "sla_breach_rate": f.sla_breach_rate,
        "sla_breached": f.sla_breached,
        "reopen_rate": f.reopen_rate,
        "escalation_rate": {level: f.escalation_rate(level) for level in f.escalated_to},
        "resolved_share": {level: f.resolved_share(level) for level in f.resolved_at},
        "breakdown": f.breakdown,
        "summons_to_arrival_seconds": {
            "count": board.arrivals.arrivals,
            "median": board.arrivals.median,
            "p90": board.arrivals.p90,
            "late_rate": board.arrivals.late_rate,
        },
        "happy_calls": {
            "calls": board.calls.calls,
            "reach_rate": board.calls.reach_rate,
            "satisfaction_mean": board.calls.satisfaction_mean,
            "unhappy_reopen_rate": board.calls.unhappy_reopen_rate,
        },
        "backlog_now": {
            "open": board.backlog.open,
            "overdue": board.backlog.overdue,
            "by_unit": {u: {"open": n, "overdue": late} for u, (n, late) in board.backlog.by_unit.items()},
            "by_handler": dict(
                handler(h or "", n, late) for h, (n, late) in sorted(board.backlog.by_assignee.items())
            ),
        },
        "walk_in_queue_seconds": {
            "tickets": board.queue.issued,
            "wait_p50": board.queue.wait.median,
            "wait_p90": board.queue.wait.p90,
            "serve_p50": board.queue.serve.median,
            "serve_p90": board.queue.serve.p90,
            "no_show_rate": board.queue.no_show_rate,
        },
        "complaint_causes": [_jsonable(c) for c in board.causes],
        "months": [
            {
                "year": p.year,
                "month": p.month,
                "cases": p.cases,
                "complaints": p.complaints,
                "fcr_rate": p.fcr_rate,
            }
            for p in board.months
        ],
        "defects": [_jsonable(d) for d in board.defects],
        "audits": None
        if seen is None
        else {
            "ranking": [_jsonable(r) for r in seen.rows],
            "appeals_decided": seen.appeals_decided,
            "appeals_upheld_rate": seen.appeals_upheld_rate,
            "released_only": seen.released_only,
        },
    }


def _table(data: dict[str, Any], none: str = "none") -> list[list[Any]]:
    """The figures as (name, value) rows; an empty code (no segment, nobody) reads ``none``."""
    rows: list[list[Any]] = [["figure", "value"]]

    def walk(prefix: str, value: Any) -> None:
        if isinstance(value, dict):
            for key, inner in value.items():
                part = str(key) or none
                walk(f"{prefix}.{part}" if prefix else part, inner)
        elif isinstance(value, list):
            for index, inner in enumerate(value, start=1):
                walk(f"{prefix}[{index}]", inner)
        else:
            rows.append([prefix, value])

    walk("", data)
    return rows


def cmd_kpi(args: argparse.Namespace) -> int:
    chosen = period.parse_range(args.first, args.last)
    with opened(args) as db:
        with db.write() as conn:
            facts.refresh(conn)
        with db.read() as conn:
            actor = acting_user(conn, args.user)
            filters = _filters(conn, args)
            board = dashboard.manager_figures(conn, actor, chosen, filters, now=utcnow())
            seen = audit_figures.audit_figures(conn, actor, chosen, filters.dealership_id)
            handlers = {u.id: (u.username, u.display_name) for u in users.list_users(conn, active_only=False)}
    data = figures_json(board, seen, handlers)
    none = label("kpi", "none", args.lang)
    if args.out:
        from reports import tables

        if not args.out.lower().endswith((".xlsx", ".csv")):
            raise CommandError("--out takes a .xlsx or .csv file", 2)
        tables.write(args.out, "kpi", _table(data, none), rtl=False)
    if args.json:
        print_json(data)
        return 0

    for name, value in _table(data, none)[1:]:
        print(f"{name}: {'' if value is None else value}")
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    from reports import management, sources

    if args.kind == "monthly":
        chosen = period.month(args.year, args.month)
    elif args.kind == "quarterly":
        chosen = period.quarter(args.year, args.quarter)
    else:
        chosen = period.year(args.year)
    out = Path(args.out)
    if not out.parent.exists():
        raise CommandError(f"no such folder: {out.parent}", 2)
    with opened(args) as db:
        with db.write() as conn:
            facts.refresh(conn)
        with db.read() as conn:
            actor = acting_user(conn, args.user)
            filters = _filters(conn, args)
            issuer = sources.letterhead(conn)
            everyone = actor.can("report.all_dealerships") and filters.dealership_id is None
            report = management.gather(
                conn,
                actor,
                chosen,
                now=utcnow(),
                issuer=issuer,
                filters=filters,
                scope="" if everyone else (filters.dealership_id or issuer.name),
            )
    pdf = management.build(report, args.lang)
    out.write_bytes(pdf)
    print(f"wrote {out} ({len(pdf):,} bytes)", file=sys.stderr)
    return 0
