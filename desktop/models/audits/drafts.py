"""Drafts: an audit being filled, saved on every answer, kept on this device only.

Every answer, note, piece of evidence and the place in the form is written in its own
transaction the moment it is given, so killing the program mid-form loses nothing and
reopening the draft resumes where the inspector was. A draft never syncs: only the
finalised audit does (see :mod:`records`).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Connection, delete, func, insert, select, update
from sqlalchemy.dialects.sqlite import insert as upsert

from desktop.models import blobs
from desktop.models.audits import answers as answer_rules
from desktop.models.audits import library, visits
from desktop.models.audits.answers import Problem
from desktop.models.audits.scoring import Score, score
from desktop.models.audits.tables import audit_draft_answers, audit_drafts
from desktop.models.audits.template import EVIDENCE_TYPES, Question, Template, Text
from desktop.models.calendar import iso, parse_iso
from desktop.models.errors import NotFound, TransitionRefused, ValidationError
from desktop.models.ids import uuid7
from desktop.models.text import normalize
from desktop.models.users import Perm, User, require

# A clock a few minutes fast on the laptop is not an error worth refusing a time for.
CLOCK_SLACK = timedelta(minutes=5)


@dataclass(frozen=True)
class Evidence:
    sha256: str
    name: str
    mime: str

    def to_dict(self) -> dict[str, str]:
        return {"sha256": self.sha256, "name": self.name, "mime": self.mime}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Evidence:
        return cls(str(data["sha256"]), str(data.get("name", "")), str(data.get("mime", "")))


@dataclass(frozen=True)
class Draft:
    id: str
    visit_id: str | None
    template: Template
    inspector_id: str
    dealership_id: str
    dealership_name: str
    dealership_city: str
    scenario: str
    created_at: datetime
    visit_started_at: datetime | None
    visit_ended_at: datetime | None
    position: str
    internal_note: str
    updated_at: datetime
    answers: dict[str, Any] = field(default_factory=dict)
    notes: dict[str, str] = field(default_factory=dict)
    evidence: dict[str, tuple[Evidence, ...]] = field(default_factory=dict)

    def scenario_text(self, lang: str) -> str:
        return self.scenario or self.template.scenario.get(lang)

    def relevance(self) -> dict[str, bool]:
        return answer_rules.relevance(self.template, self.answers)

    def problems(self) -> list[Problem]:
        return answer_rules.problems(self.template, self.answers)

    def score(self) -> Score:
        return score(self.template, self.answers)


@dataclass(frozen=True)
class DraftSummary:
    id: str
    visit_id: str | None
    template_id: str
    title: Text
    dealership_id: str
    dealership_name: str
    created_at: datetime
    updated_at: datetime
    answered: int
    questions: int


@dataclass(frozen=True)
class Saved:
    """What saving an answer gave: the stored value and a broken constraint, if any."""

    value: Any
    problem: Problem | None = None


# -- starting ---------------------------------------------------------------------------


def start_visit(conn: Connection, actor: User, visit_id: str, now: datetime) -> Draft:
    """Open the draft of an assigned visit (the same draft again if it is already open)."""
    require(actor, Perm.AUDIT_FILL)
    visit = visits.get_visit(conn, actor, visit_id)
    if visit.inspector_id != actor.id:
        raise TransitionRefused("not_your_visit")
    existing = conn.execute(select(audit_drafts.c.id).where(audit_drafts.c.visit_id == visit_id)).scalar()
    if existing:
        return get_draft(conn, actor, existing)
    if visit.status not in ("assigned", "in_progress"):
        raise TransitionRefused("visit_not_open", status=visit.status)
    template = library.get_template(conn, visit.form_id)
    draft_id = uuid7(int(now.timestamp() * 1000))
    conn.execute(
        insert(audit_drafts).values(
            id=draft_id,
            visit_id=visit.id,
            template_id=template.id,
            inspector_id=actor.id,
            dealership_id=visit.dealership_id,
            dealership_name=visit.dealership_name,
            dealership_city=visit.dealership_city,
            scenario=visit.scenario,
            created_at=iso(now),
            visit_started_at=iso(now),
            position="",
            updated_at=iso(now),
        )
    )
    visits.set_status(conn, visit.id, "in_progress")
    return get_draft(conn, actor, draft_id)


def start_unplanned(
    conn: Connection,
    actor: User,
    *,
    dealership_id: str,
    dealership_name: str,
    form_id: str,
    now: datetime,
    scenario: str = "",
    dealership_city: str = "",
) -> Draft:
    """Record an unplanned visit and open its draft."""
    visit = visits.add_unplanned(
        conn,
        actor,
        dealership_id=dealership_id,
        dealership_name=dealership_name,
        form_id=form_id,
        now=now,
        scenario=scenario,
        dealership_city=dealership_city,
    )
    return start_visit(conn, actor, visit.id, now)


# -- reading ----------------------------------------------------------------------------


def _row(conn: Connection, actor: User, draft_id: str) -> Any:
    require(actor, Perm.AUDIT_FILL)
    row = conn.execute(select(audit_drafts).where(audit_drafts.c.id == draft_id)).first()
    if row is None or row.inspector_id != actor.id:  # a draft is its inspector's alone
        raise NotFound(what="draft", id=draft_id)
    return row


def get_draft(conn: Connection, actor: User, draft_id: str) -> Draft:
    row = _row(conn, actor, draft_id)
    template = library.get_template(conn, row.template_id)
    values: dict[str, Any] = {}
    notes: dict[str, str] = {}
    evidence: dict[str, tuple[Evidence, ...]] = {}
    for a in conn.execute(select(audit_draft_answers).where(audit_draft_answers.c.draft_id == draft_id)):
        if not template.has_question(a.question):
            continue
        value = json.loads(a.value) if a.value is not None else None
        if value is not None:
            values[a.question] = value
        if a.note:
            notes[a.question] = a.note
        items = tuple(Evidence.from_dict(e) for e in json.loads(a.evidence))
        if items:
            evidence[a.question] = items
    return Draft(
        id=row.id,
        visit_id=row.visit_id,
        template=template,
        inspector_id=row.inspector_id,
        dealership_id=row.dealership_id,
        dealership_name=row.dealership_name,
        dealership_city=row.dealership_city,
        scenario=row.scenario,
        created_at=parse_iso(row.created_at),
        visit_started_at=parse_iso(row.visit_started_at) if row.visit_started_at else None,
        visit_ended_at=parse_iso(row.visit_ended_at) if row.visit_ended_at else None,
        position=row.position,
        internal_note=row.internal_note,
        updated_at=parse_iso(row.updated_at),
        answers=values,
        notes=notes,
        evidence=evidence,
    )


def list_drafts(conn: Connection, actor: User) -> list[DraftSummary]:
    """The acting inspector's open drafts, the most recently touched first."""
    require(actor, Perm.AUDIT_FILL)
    answered = (
        select(audit_draft_answers.c.draft_id, func.count().label("n"))
        .where(audit_draft_answers.c.value.is_not(None))
        .group_by(audit_draft_answers.c.draft_id)
        .subquery()
    )
    rows = conn.execute(
        select(audit_drafts, answered.c.n)
        .outerjoin(answered, answered.c.draft_id == audit_drafts.c.id)
        .where(audit_drafts.c.inspector_id == actor.id)
        .order_by(audit_drafts.c.updated_at.desc())
    ).all()
    found = []
    for r in rows:
        template = library.get_template(conn, r.template_id)
        found.append(
            DraftSummary(
                id=r.id,
                visit_id=r.visit_id,
                template_id=r.template_id,
                title=template.title,
                dealership_id=r.dealership_id,
                dealership_name=r.dealership_name,
                created_at=parse_iso(r.created_at),
                updated_at=parse_iso(r.updated_at),
                answered=int(r.n or 0),
                questions=len(template.questions),
            )
        )
    return found


# -- saving -----------------------------------------------------------------------------


def _touch(conn: Connection, draft_id: str, now: datetime, **values: Any) -> None:
    conn.execute(
        update(audit_drafts).where(audit_drafts.c.id == draft_id).values(updated_at=iso(now), **values)
    )


def _put(conn: Connection, draft_id: str, question: str, now: datetime, **values: Any) -> None:
    stmt = upsert(audit_draft_answers).values(
        draft_id=draft_id, question=question, updated_at=iso(now), **values
    )
    conn.execute(
        stmt.on_conflict_do_update(
            index_elements=["draft_id", "question"], set_={"updated_at": iso(now), **values}
        )
    )


def _question(template: Template, name: str) -> Question:
    if not template.has_question(name):
        raise ValidationError(name, "unknown_question_name", name=name)
    return template.question(name)


def save_answer(
    conn: Connection, actor: User, draft_id: str, question: str, value: Any, now: datetime
) -> Saved:
    """Save one answer at once (``None`` clears it); the place in the form moves to it.

    A value that breaks the question's constraint is kept (nothing typed is lost) and
    reported; finalising refuses it until it is corrected.

    Raises:
        ValidationError: a value of the wrong kind (field: the question's name).
    """
    row = _row(conn, actor, draft_id)
    template = library.get_template(conn, row.template_id)
    q = _question(template, question)
    if q.type in EVIDENCE_TYPES and value is not None:
        raise ValidationError(q.name, "answer_evidence")
    stored = answer_rules.normalise(q, value)
    _put(
        conn, draft_id, q.name, now, value=None if stored is None else json.dumps(stored, ensure_ascii=False)
    )
    _touch(conn, draft_id, now, position=q.name)
    current = get_draft(conn, actor, draft_id).answers
    if not answer_rules.constraint_holds(template, q, current, stored):
        return Saved(stored, Problem(q.name, "constraint", q.constraint_message))
    return Saved(stored)


def save_note(conn: Connection, actor: User, draft_id: str, question: str, note: str, now: datetime) -> None:
    """The inspector's remark on one question (released with the report)."""
    row = _row(conn, actor, draft_id)
    q = _question(library.get_template(conn, row.template_id), question)
    lines = [normalize(line) for line in note.splitlines()]
    _put(conn, draft_id, q.name, now, note="\n".join(lines).strip())
    _touch(conn, draft_id, now, position=q.name)


def set_position(conn: Connection, actor: User, draft_id: str, position: str, now: datetime) -> None:
    """Where the inspector is in the form (a question's or a section's name)."""
    _row(conn, actor, draft_id)
    _touch(conn, draft_id, now, position=position)


def set_internal_note(conn: Connection, actor: User, draft_id: str, note: str, now: datetime) -> None:
    """A note for HQ only: never part of a released report."""
    _row(conn, actor, draft_id)
    _touch(conn, draft_id, now, internal_note="\n".join(normalize(x) for x in note.splitlines()).strip())


def set_visit_times(
    conn: Connection,
    actor: User,
    draft_id: str,
    *,
    started_at: datetime | None,
    ended_at: datetime | None,
    now: datetime,
) -> None:
    """When the inspector walked in and out (often filled in after leaving)."""
    _row(conn, actor, draft_id)
    for name, moment in (("visit_started_at", started_at), ("visit_ended_at", ended_at)):
        if moment is not None and moment > now + CLOCK_SLACK:
            raise ValidationError(name, "in_future")
    if started_at is None and ended_at is not None:
        raise ValidationError("visit_started_at", "required")
    if started_at is not None and ended_at is not None and ended_at < started_at:
        raise ValidationError("visit_ended_at", "visit_times_order")
    _touch(
        conn,
        draft_id,
        now,
        visit_started_at=iso(started_at) if started_at else None,
        visit_ended_at=iso(ended_at) if ended_at else None,
    )


def _evidence_of(conn: Connection, draft_id: str, question: str) -> list[Evidence]:
    text = conn.execute(
        select(audit_draft_answers.c.evidence).where(
            audit_draft_answers.c.draft_id == draft_id, audit_draft_answers.c.question == question
        )
    ).scalar()
    return [Evidence.from_dict(e) for e in json.loads(text or "[]")]


def _store_evidence(
    conn: Connection, draft_id: str, q: Question, items: list[Evidence], now: datetime
) -> None:
    values: dict[str, Any] = {"evidence": json.dumps([e.to_dict() for e in items], ensure_ascii=False)}
    if q.type in EVIDENCE_TYPES:
        values["value"] = json.dumps([e.sha256 for e in items]) if items else None
    _put(conn, draft_id, q.name, now, **values)
    _touch(conn, draft_id, now, position=q.name)


def attach_evidence(
    conn: Connection, actor: User, draft_id: str, question: str, data: bytes, name: str, now: datetime
) -> Evidence:
    """Keep a photo or file (by SHA-256) as evidence for a question.

    For photo and file questions the evidence is the answer itself.
    """
    row = _row(conn, actor, draft_id)
    q = _question(library.get_template(conn, row.template_id), question)
    mime = blobs.guess_mime(name, data)
    if q.type == "image" and not mime.startswith("image/"):
        raise ValidationError(q.name, "evidence_not_image")
    key = blobs.store_blob(conn, data, mime, now)
    items = _evidence_of(conn, draft_id, q.name)
    item = Evidence(key, normalize(name.replace("\\", "/").rsplit("/", 1)[-1]), mime)
    if all(e.sha256 != key for e in items):
        items.append(item)
    _store_evidence(conn, draft_id, q, items, now)
    return item


def remove_evidence(
    conn: Connection, actor: User, draft_id: str, question: str, sha256: str, now: datetime
) -> None:
    row = _row(conn, actor, draft_id)
    q = _question(library.get_template(conn, row.template_id), question)
    items = [e for e in _evidence_of(conn, draft_id, q.name) if e.sha256 != sha256]
    _store_evidence(conn, draft_id, q, items, now)


def discard_draft(conn: Connection, actor: User, draft_id: str) -> None:
    """Throw a draft away; its visit is open again (an unplanned one is cancelled)."""
    row = _row(conn, actor, draft_id)
    conn.execute(delete(audit_draft_answers).where(audit_draft_answers.c.draft_id == draft_id))
    conn.execute(delete(audit_drafts).where(audit_drafts.c.id == draft_id))
    if row.visit_id:
        visit = visits.get_visit(conn, actor, row.visit_id)
        visits.set_status(conn, row.visit_id, "assigned" if visit.planned else "cancelled")


def delete_finalised(conn: Connection, draft_id: str) -> None:
    """Remove a draft whose audit has been frozen (inside the finalising transaction)."""
    conn.execute(delete(audit_draft_answers).where(audit_draft_answers.c.draft_id == draft_id))
    conn.execute(delete(audit_drafts).where(audit_drafts.c.id == draft_id))
