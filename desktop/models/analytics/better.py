"""Which way each figure should move: what the dashboard tiles and the management report
colour as an improvement or a deterioration against the previous period."""

from __future__ import annotations

from typing import Literal

Direction = Literal["up", "down", ""]

# "" where neither way is better in itself (more cases may mean more customers).
BETTER: dict[str, Direction] = {
    "cases": "",
    "complaints": "down",
    "fcr_rate": "up",
    "first_response_median": "down",
    "first_response_p90": "down",
    "resolution_median": "down",
    "resolution_p90": "down",
    "sla_breach_rate": "down",
    "reopen_rate": "down",
    "escalation_rate": "down",
    "resolved_at_level": "",
    "arrival_median": "down",
    "arrival_late_rate": "down",
    "happy_call_reach_rate": "up",
    "satisfaction_mean": "up",
    "unhappy_reopen_rate": "",
    "backlog": "down",
    "overdue": "down",
    "queue_wait_p50": "down",
    "queue_wait_p90": "down",
    "queue_serve_p50": "",
    "queue_serve_p90": "",
    "no_show_rate": "down",
    "defects": "down",
    "audit_score": "up",
    "audit_critical_failures": "down",
    "appeals_upheld_rate": "",
}

Verdict = Literal["better", "worse", "same", "changed", ""]


def verdict(code: str, now: float | None, before: float | None) -> Verdict:
    """How a figure moved since the period before.

    Returns:
        "" when either value is missing; "same" when equal; "better" or "worse" by the
        figure's direction (:data:`BETTER`); "changed" for a figure with no direction.
    """
    if now is None or before is None:
        return ""
    if abs(now - before) < 1e-9:
        return "same"
    direction = BETTER[code]
    if not direction:
        return "changed"
    return "better" if (now > before) == (direction == "up") else "worse"
