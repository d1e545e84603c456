"""Finalised audits: frozen with a content hash, corrected only by amendments.

Finalising validates the draft (required answers, constraints), then records the whole
submission (template included, so the audit is read and scored the same way anywhere)
as one ``audit_finalized`` event on the covert stream ``audit``, whose dealership is the
audited one. A correction is an ``audit_amended`` event listing each answer before and
after: the original stays, with its hash. The ``audits`` table is this stream's
projection and nothing else writes it.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import Connection, delete, insert, select

from desktop.models import events
from desktop.models.audits import answers as answer_rules
from desktop.models.audits import drafts, library, visits
from desktop.models.audits.access import COVERT_STREAM, can_see_audit, projectable, require_audits
from desktop.models.audits.answers import Problem
from desktop.models.audits.drafts import Evidence
from desktop.models.audits.scoring import Score, score
from desktop.models.audits.tables import audit_releases, audits
from desktop.models.audits.template import EVIDENCE_TYPES, Template, Text
from desktop.models.calendar import iso, local_day_bounds, parse_iso
from desktop.models.errors import NotFound, PermissionDenied, TransitionRefused, ValidationError
from desktop.models.text import normalize
from desktop.models.users import Perm, User, require


class AuditIncomplete(ValidationError):
    """Finalising or amending refused: :attr:`problems` says which answers are missing or wrong."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = tuple(problems)
        first = self.problems[0]
        super().__init__(first.question, "audit_incomplete", count=len(self.problems))


@dataclass(frozen=True)
class Amendment:
    number: int
    at: datetime
    by: str
    reason: str
    changes: dict[str, tuple[Any, Any]]  # question -> (before, after)
    content_hash: str


@dataclass(frozen=True)
class Audit:
    id: str
    template: Template
    dealership_id: str
    dealership_name: str
    dealership_city: str
    visit_id: str | None
    inspector_id: str
    scenario: str
    visit_started_at: datetime
    visit_ended_at: datetime
    finalized_at: datetime
    answers: dict[str, Any]
    notes: dict[str, str]
    evidence: dict[str, tuple[Evidence, ...]]
    internal_note: str
    original_hash: str
    content_hash: str
    amendments: tuple[Amendment, ...] = ()
    released: bool = False
    submission: dict[str, Any] = field(default_factory=dict, repr=False)

    @property
    def score(self) -> Score:
        return score(self.template, self.answers)

    def scenario_text(self, lang: str) -> str:
        return self.scenario or self.template.scenario.get(lang)

    def verify(self) -> bool:
        """Whether the current submission still matches its recorded content hash."""
        return submission_hash(self.submission) == self.content_hash


@dataclass(frozen=True)
class AuditSummary:
    id: str
    form_id: str
    template_version: int
    title: Text
    dealership_id: str
    dealership_name: str
    inspector_id: str
    visit_started_at: datetime
    finalized_at: datetime
    score: float | None  # the audit's; after appeals once released
    critical_failures: int
    amendments: int
    released: bool
    pending_appeals: int


def submission_hash(submission: Mapping[str, Any]) -> str:
    return hashlib.sha256(events.canonical_json(submission).encode("utf-8")).hexdigest()


def template_of(rows: Mapping[str, Any], version: int) -> Template:
    """The template a submission or report carries (parsed once per distinct content)."""
    return library.parse_definition(json.dumps(rows, ensure_ascii=False, sort_keys=True), version)


# -- finalising ---------------------------------------------------------------------------


def finalise(conn: Connection, actor: User, draft_id: str, now: datetime) -> Audit:
    """Validate a draft and freeze it as an audit; the draft is gone afterwards.

    Raises:
        ValidationError: ``visit_end_missing`` when the visit's end time is not recorded.
        AuditIncomplete: required answers missing or constraints broken (nothing changes).
    """
    require(actor, Perm.AUDIT_FILL)
    draft = drafts.get_draft(conn, actor, draft_id)
    if draft.visit_started_at is None or draft.visit_ended_at is None:
        raise ValidationError("visit_ended_at", "visit_end_missing")
    found = draft.problems()
    if found:
        raise AuditIncomplete(found)
    template = draft.template
    kept = answer_rules.relevant_answers(template, draft.answers)
    shown = draft.relevance()
    submission = {
        "audit_id": draft.id,
        "template_id": template.id,
        "template_version": template.version,
        "template_hash": template.content_hash(),
        "template": template.to_rows(),
        "dealership": {
            "id": draft.dealership_id,
            "name": draft.dealership_name,
            "city": draft.dealership_city,
        },
        "visit_id": draft.visit_id,
        "inspector_id": draft.inspector_id,
        "scenario": draft.scenario,
        "visit_started_at": iso(draft.visit_started_at),
        "visit_ended_at": iso(draft.visit_ended_at),
        "finalized_at": iso(now),
        "answers": kept,
        "notes": {q: n for q, n in draft.notes.items() if shown.get(q)},
        "evidence": {q: [e.to_dict() for e in items] for q, items in draft.evidence.items() if shown.get(q)},
        "internal_note": draft.internal_note,
    }
    events.append(
        conn,
        stream=COVERT_STREAM,
        stream_id=draft.id,
        kind="audit_finalized",
        payload={"submission": submission, "content_hash": submission_hash(submission)},
        actor_id=actor.id,
        now=now,
        dealership_id=draft.dealership_id,
    )
    drafts.delete_finalised(conn, draft.id)
    if draft.visit_id:
        visits.set_status(conn, draft.visit_id, "done", draft.id)
    return get_audit(conn, actor, draft.id)


def amend(
    conn: Connection, actor: User, audit_id: str, changes: Mapping[str, Any], reason: str, now: datetime
) -> Audit:
    """Correct answers of a finalised audit; the original and every amendment stay on record.

    Its inspector or a releasing role may amend, until the audit is released.
    """
    audit = get_audit(conn, actor, audit_id)
    own = actor.can(Perm.AUDIT_FILL) and audit.inspector_id == actor.id
    if not (own or actor.can(Perm.AUDIT_RELEASE)):
        raise PermissionDenied(permission=str(Perm.AUDIT_RELEASE), role=actor.role)
    if audit.released:
        raise TransitionRefused("already_released")
    why = normalize(reason)
    if not why:
        raise ValidationError("reason", "required")
    template = audit.template
    updated = dict(audit.answers)
    for name, value in changes.items():
        if not template.has_question(name):
            raise ValidationError(name, "unknown_question_name", name=name)
        question = template.question(name)
        if question.type in EVIDENCE_TYPES:
            raise ValidationError(name, "answer_evidence")
        stored = answer_rules.normalise(question, value)
        if stored is None:
            updated.pop(name, None)
        else:
            updated[name] = stored
    found = answer_rules.problems(template, updated)
    if found:
        raise AuditIncomplete(found)
    kept = answer_rules.relevant_answers(template, updated)
    diff = {
        name: {"before": audit.answers.get(name), "after": kept.get(name)}
        for name in sorted(set(audit.answers) | set(kept))
        if audit.answers.get(name) != kept.get(name)
    }
    if not diff:
        raise ValidationError("changes", "no_changes")
    amended = {**audit.submission, "answers": kept}
    events.append(
        conn,
        stream=COVERT_STREAM,
        stream_id=audit.id,
        kind="audit_amended",
        payload={
            "changes": diff,
            "reason": why,
            "previous_hash": audit.content_hash,
            "content_hash": submission_hash(amended),
        },
        actor_id=actor.id,
        now=now,
        dealership_id=audit.dealership_id,
    )
    return get_audit(conn, actor, audit.id)


# -- the projection -----------------------------------------------------------------------


@dataclass(frozen=True)
class _Folded:
    submission: dict[str, Any]
    original_hash: str
    content_hash: str
    amendments: tuple[Amendment, ...]


def fold(stream: list[events.Event]) -> _Folded | None:
    """The current submission of an audit from its events (pure; in fold order)."""
    base: dict[str, Any] | None = None
    original = ""
    amendments: list[Amendment] = []
    for event in events.sort_events(stream):
        if event.kind == "audit_finalized" and base is None:
            base = json.loads(json.dumps(event.payload["submission"]))
            original = str(event.payload["content_hash"])
        elif event.kind == "audit_amended" and base is not None:
            answers = dict(base["answers"])
            changes: dict[str, tuple[Any, Any]] = {}
            for name, change in dict(event.payload["changes"]).items():
                changes[name] = (change.get("before"), change.get("after"))
                if change.get("after") is None:
                    answers.pop(name, None)
                else:
                    answers[name] = change["after"]
            base = {**base, "answers": answers}
            amendments.append(
                Amendment(
                    number=len(amendments) + 1,
                    at=parse_iso(event.recorded_at),
                    by=event.actor_id,
                    reason=str(event.payload.get("reason", "")),
                    changes=changes,
                    content_hash=submission_hash(base),
                )
            )
    if base is None:
        return None
    current = amendments[-1].content_hash if amendments else original
    return _Folded(base, original, current, tuple(amendments))


@events.projector(COVERT_STREAM)
def _project(conn: Connection, audit_id: str, stream: list[events.Event]) -> None:
    conn.execute(delete(audits).where(audits.c.id == audit_id))
    stream = projectable(conn, stream)
    folded = fold(stream)
    if folded is None:
        return
    sub = folded.submission
    template = template_of(sub["template"], int(sub["template_version"]))
    figures = score(template, sub["answers"])
    conn.execute(
        insert(audits).values(
            id=audit_id,
            template_id=sub["template_id"],
            form_id=template.form_id,
            template_version=template.version,
            title_fa=template.title.fa,
            title_en=template.title.en,
            dealership_id=sub["dealership"]["id"],
            dealership_name=sub["dealership"]["name"],
            visit_id=sub.get("visit_id"),
            inspector_id=sub["inspector_id"],
            visit_started_at=sub["visit_started_at"],
            visit_ended_at=sub["visit_ended_at"],
            finalized_at=sub["finalized_at"],
            score=figures.score,
            critical_failures=len(figures.critical_failures),
            figures=json.dumps(figures.to_dict()),
            original_hash=folded.original_hash,
            content_hash=folded.content_hash,
            amendments=len(folded.amendments),
            submission=json.dumps(sub, ensure_ascii=False),
            updated_at=stream[-1].recorded_at if stream else sub["finalized_at"],
        )
    )


# -- reading ------------------------------------------------------------------------------


def _is_released(conn: Connection, audit_id: str) -> bool:
    return (
        conn.execute(select(audit_releases.c.id).where(audit_releases.c.id == audit_id)).first() is not None
    )


def get_audit(conn: Connection, actor: User, audit_id: str) -> Audit:
    """One audit, if the actor may see it (else NotFound: its existence is not told)."""
    require_audits(actor)
    row = conn.execute(select(audits).where(audits.c.id == audit_id)).first()
    if row is None or not can_see_audit(actor, row.inspector_id):
        raise NotFound(what="audit", id=audit_id)
    folded = fold(projectable(conn, events.load_stream(conn, COVERT_STREAM, audit_id)))
    assert folded is not None
    sub = folded.submission
    template = template_of(sub["template"], int(sub["template_version"]))
    return Audit(
        id=audit_id,
        template=template,
        dealership_id=sub["dealership"]["id"],
        dealership_name=sub["dealership"]["name"],
        dealership_city=sub["dealership"].get("city", ""),
        visit_id=sub.get("visit_id"),
        inspector_id=sub["inspector_id"],
        scenario=sub.get("scenario", ""),
        visit_started_at=parse_iso(sub["visit_started_at"]),
        visit_ended_at=parse_iso(sub["visit_ended_at"]),
        finalized_at=parse_iso(sub["finalized_at"]),
        answers=dict(sub["answers"]),
        notes=dict(sub.get("notes", {})),
        evidence={
            q: tuple(Evidence.from_dict(e) for e in items) for q, items in sub.get("evidence", {}).items()
        },
        internal_note=sub.get("internal_note", ""),
        original_hash=folded.original_hash,
        content_hash=folded.content_hash,
        amendments=folded.amendments,
        released=_is_released(conn, audit_id),
        submission=sub,
    )


def list_audits(
    conn: Connection,
    actor: User,
    *,
    dealership_id: str | None = None,
    form_id: str | None = None,
    since: date | None = None,
    until: date | None = None,
    limit: int = 500,
    offset: int = 0,
) -> list[AuditSummary]:
    """Finalised audits the actor may see, the latest visit first.

    Inspectors see their own; inspection managers and HQ see all; nobody else any.
    ``since`` / ``until`` are local days, both included.
    """
    require_audits(actor)
    query = select(
        audits,
        audit_releases.c.id.label("release_id"),
        audit_releases.c.score.label("release_score"),
        audit_releases.c.critical_failures.label("release_critical"),
        audit_releases.c.pending_appeals,
    ).outerjoin(audit_releases, audit_releases.c.id == audits.c.id)
    if not actor.can(Perm.AUDIT_VIEW):
        query = query.where(audits.c.inspector_id == actor.id)
    if dealership_id:
        query = query.where(audits.c.dealership_id == dealership_id)
    if form_id:
        query = query.where(audits.c.form_id == form_id)
    if since:
        query = query.where(audits.c.visit_started_at >= iso(local_day_bounds(since)[0]))
    if until:
        query = query.where(audits.c.visit_started_at < iso(local_day_bounds(until)[1]))
    query = query.order_by(audits.c.visit_started_at.desc()).limit(limit).offset(offset)
    found = []
    for r in conn.execute(query):
        released = r.release_id is not None
        found.append(
            AuditSummary(
                id=r.id,
                form_id=r.form_id,
                template_version=r.template_version,
                title=Text(r.title_fa, r.title_en),
                dealership_id=r.dealership_id,
                dealership_name=r.dealership_name,
                inspector_id=r.inspector_id,
                visit_started_at=parse_iso(r.visit_started_at),
                finalized_at=parse_iso(r.finalized_at),
                score=r.release_score if released else r.score,
                critical_failures=r.release_critical if released else r.critical_failures,
                amendments=r.amendments,
                released=released,
                pending_appeals=r.pending_appeals or 0,
            )
        )
    return found
