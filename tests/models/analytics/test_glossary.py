"""Each figure is defined once: its docstring says word for word what the report's glossary says."""

import inspect
import re

import pytest

from desktop.i18n.labels_analytics import LABELS
from desktop.models.analytics import figures
from desktop.models.analytics.audits import AuditFigures
from desktop.models.analytics.figures import (
    FIGURES,
    ArrivalFigures,
    Backlog,
    CallFigures,
    CaseFigures,
    QueueFigures,
)

# Where each figure's definition lives: (the class or function, its property or method); a
# None attribute means an entry of the class docstring's "Figures:" section, a missing
# owner the function's own docstring.
DEFINED_IN = {
    "cases": (CaseFigures, None),
    "complaints": (CaseFigures, None),
    "fcr_rate": (CaseFigures, "fcr_rate"),
    "first_response_median": (CaseFigures, None),
    "first_response_p90": (CaseFigures, None),
    "resolution_median": (CaseFigures, None),
    "resolution_p90": (CaseFigures, None),
    "sla_breach_rate": (CaseFigures, "sla_breach_rate"),
    "reopen_rate": (CaseFigures, "reopen_rate"),
    "escalation_rate": (CaseFigures, "escalation_rate"),
    "resolved_at_level": (CaseFigures, "resolved_share"),
    "arrival_median": (ArrivalFigures, None),
    "arrival_late_rate": (ArrivalFigures, "late_rate"),
    "happy_call_reach_rate": (CallFigures, "reach_rate"),
    "satisfaction_mean": (CallFigures, "satisfaction_mean"),
    "unhappy_reopen_rate": (CallFigures, "unhappy_reopen_rate"),
    "backlog": (Backlog, None),
    "overdue": (Backlog, None),
    "queue_wait_p50": (QueueFigures, None),
    "queue_wait_p90": (QueueFigures, None),
    "queue_serve_p50": (QueueFigures, None),
    "queue_serve_p90": (QueueFigures, None),
    "no_show_rate": (QueueFigures, "no_show_rate"),
    "defects": (figures.defects, ""),
    "audit_score": (AuditFigures, None),
    "audit_critical_failures": (AuditFigures, "critical_failures"),
    "appeals_upheld_rate": (AuditFigures, "appeals_upheld_rate"),
}


def _words(text: str) -> str:
    return " ".join(text.split())


def _first_paragraph(doc: str | None) -> str:
    return _words(inspect.cleandoc(doc or "").split("\n\n")[0])


def _figures_section(doc: str | None) -> dict[str, str]:
    """The entries of a docstring's "Figures:" section: code -> definition."""
    lines = inspect.cleandoc(doc or "").splitlines()
    found: dict[str, list[str]] = {}
    inside, current = False, None
    for line in lines:
        if line.strip() == "Figures:":
            inside = True
            continue
        if not inside:
            continue
        if not line.strip() or not line.startswith("    "):
            break
        entry = re.match(r"^    (\w+): (.*)$", line)
        if entry:
            current = entry.group(1)
            found[current] = [entry.group(2)]
        elif current:
            found[current].append(line)
    return {code: _words(" ".join(parts)) for code, parts in found.items()}


def docstring_definition(code: str) -> str:
    owner, attribute = DEFINED_IN[code]
    if attribute == "":
        return _first_paragraph(owner.__doc__)
    if attribute is None:
        return _figures_section(owner.__doc__).get(code, "")
    return _first_paragraph(inspect.getattr_static(owner, attribute).__doc__)


def test_every_figure_has_a_name_a_definition_and_a_docstring():
    assert set(DEFINED_IN) == set(FIGURES)
    assert set(LABELS["figure"]) == set(FIGURES)
    assert set(LABELS["figure_definition"]) == set(FIGURES)
    assert all(LABELS["figure_definition"][code].strip() for code in FIGURES)


@pytest.mark.parametrize("code", FIGURES)
def test_the_docstring_says_what_the_glossary_says(code):
    assert docstring_definition(code) == _words(LABELS["figure_definition"][code])


def test_a_definition_missing_from_a_docstring_is_caught():
    assert _figures_section("Intro.\n\nFigures:\n    a: One\n        two.\n    b: Three.\n") == {
        "a": "One two.",
        "b": "Three.",
    }
    assert docstring_definition("cases") != ""
