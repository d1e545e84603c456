"""Audit scoring, exactly as the audit programme defines it (used unchanged by HQ).

- A question's points possible are its weight. Earned: yes = weight, no = 0; scale
  v = weight x (v - 1) / 4; single choice = weight x the choice's points; multiple choice
  = weight x min(1, sum of the chosen choices' points). Other types are never scored.
- Not applicable (``na``, or a choice without points), unanswered, and irrelevant
  (skipped by logic) questions count in neither earned nor possible.
- Section score = 100 x earned / possible; a section with nothing possible is left out.
  Audit score = sum(section weight x section score) / sum(weights of the sections kept).
- A critical question that fails (answered "no", or scoring 0) caps its section's score,
  or with ``critical_scope = audit`` the audit's, at its ``critical_cap``.
- Nothing is rounded here; screens and documents round to one decimal.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field
from typing import Any

from desktop.models.audits.answers import Answers, is_answered, relevance
from desktop.models.audits.template import Question, Template


@dataclass(frozen=True)
class ItemScore:
    question: str
    section: str
    earned: float
    possible: float
    critical_failed: bool = False


@dataclass(frozen=True)
class SectionScore:
    name: str
    weight: float
    earned: float
    possible: float
    raw: float  # before critical caps
    score: float
    capped_by: tuple[str, ...] = ()


@dataclass(frozen=True)
class Score:
    score: float | None  # None when no section has anything possible
    raw: float | None  # before audit-wide critical caps
    sections: dict[str, SectionScore] = field(default_factory=dict)
    items: dict[str, ItemScore] = field(default_factory=dict)
    critical_failures: tuple[str, ...] = ()
    capped_by: tuple[str, ...] = ()

    def section_scores(self) -> dict[str, float]:
        return {name: s.score for name, s in self.sections.items()}

    def to_dict(self) -> dict[str, Any]:
        """The figures a projection or report keeps (plain JSON)."""
        return {
            "score": self.score,
            "raw": self.raw,
            "sections": {
                n: {"score": s.score, "raw": s.raw, "earned": s.earned, "possible": s.possible}
                for n, s in self.sections.items()
            },
            "critical_failures": list(self.critical_failures),
            "capped_by": list(self.capped_by),
        }


def fraction(question: Question, answer: Any) -> float | None:
    """The share of the weight an answer earns (0..1), or None when it is not scored."""
    if not question.scored or not is_answered(answer):
        return None
    if question.type == "yes_no":
        return {"yes": 1.0, "no": 0.0}.get(answer)
    if question.type == "scale5":
        return (int(answer) - 1) / 4
    if question.type == "select_one":
        choice = question.choice(str(answer))
        return None if choice is None else choice.points
    chosen = [question.choice(str(name)) for name in answer]
    points = [c.points for c in chosen if c is not None and c.points is not None]
    return min(1.0, sum(points)) if points else None


def item_points(question: Question, answer: Any) -> tuple[float, float] | None:
    """(earned, possible) of one answered question, or None when it counts in neither."""
    share = fraction(question, answer)
    if share is None:
        return None
    weight = question.weight
    if question.type == "yes_no":
        earned = weight if answer == "yes" else 0.0
    elif question.type == "scale5":
        earned = weight * (int(answer) - 1) / 4
    else:
        earned = weight * share
    return earned, weight


def score(template: Template, answers: Answers, *, void: Collection[str] = ()) -> Score:
    """Score answers against a template.

    Args:
        answers: question name -> stored answer (see :mod:`answers`); missing = unanswered.
        void: questions struck out (an upheld appeal): counted in neither earned nor possible.
    """
    shown = relevance(template, answers)
    items: dict[str, ItemScore] = {}
    earned: dict[str, float] = {}
    possible: dict[str, float] = {}
    section_caps: dict[str, list[tuple[float, str]]] = {}
    audit_caps: list[tuple[float, str]] = []
    failures: list[str] = []
    for question in template.questions:
        if not shown[question.name] or question.name in void:
            continue
        answer = answers.get(question.name)
        points = item_points(question, answer)
        if points is None:
            continue
        failed = question.critical and fraction(question, answer) == 0
        items[question.name] = ItemScore(question.name, question.section, *points, failed)
        earned[question.section] = earned.get(question.section, 0.0) + points[0]
        possible[question.section] = possible.get(question.section, 0.0) + points[1]
        if failed:
            failures.append(question.name)
            cap = (question.critical_cap, question.name)
            if question.critical_scope == "audit":
                audit_caps.append(cap)
            else:
                section_caps.setdefault(question.section, []).append(cap)
    sections: dict[str, SectionScore] = {}
    for section in template.sections:
        total = possible.get(section.name, 0.0)
        if total <= 0:
            continue
        raw = 100 * earned[section.name] / total
        caps = section_caps.get(section.name, [])
        capped = min([raw, *(c for c, _ in caps)])
        sections[section.name] = SectionScore(
            section.name,
            section.weight,
            earned[section.name],
            total,
            raw,
            capped,
            tuple(n for c, n in caps if c < raw),
        )
    weights = sum(s.weight for s in sections.values())
    if not sections or weights <= 0:
        return Score(None, None, sections, items, tuple(failures), ())
    overall = sum(s.weight * s.score for s in sections.values()) / weights
    final = min([overall, *(c for c, _ in audit_caps)])
    return Score(
        final,
        overall,
        sections,
        items,
        tuple(failures),
        tuple(n for c, n in audit_caps if c < overall),
    )
