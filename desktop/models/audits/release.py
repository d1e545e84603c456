"""Releasing an audit to the audited dealership, and appeals against its items.

HQ (or the inspection unit) releases a finalised audit: an ``audit_released`` event on
the stream ``audit_release`` carries the report as the dealership may see it: answers,
remarks and scores, the inspector replaced by a pseudonym, nothing else covert. The
dealership may appeal an item with a reason (``appeal_filed``); HQ upholds or rejects it
(``appeal_decided``). An upheld appeal strikes the item out of the scoring, or sets the
answer HQ found right; the score is recomputed by the same rules, and the score at
release, every appeal and every decision stay on record.
"""

from __future__ import annotations

import json
import secrets
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, delete, insert, select

from desktop.models import events
from desktop.models.audits import answers as answer_rules
from desktop.models.audits import records
from desktop.models.audits.access import RELEASE_STREAM, can_see_release, projectable, require_releases
from desktop.models.audits.drafts import Evidence
from desktop.models.audits.scoring import Score, score
from desktop.models.audits.tables import audit_appeals, audit_releases
from desktop.models.audits.template import EVIDENCE_TYPES, Template, Text
from desktop.models.calendar import iso, parse_iso
from desktop.models.dealership import CODE_ALPHABET
from desktop.models.errors import NotFound, PermissionDenied, TransitionRefused, ValidationError
from desktop.models.ids import uuid7
from desktop.models.text import normalize
from desktop.models.users import Perm, User, require

APPEAL_STATUSES = ("pending", "upheld", "rejected")
_MISSING = object()


@dataclass(frozen=True)
class Appeal:
    id: str
    audit_id: str
    question: str
    reason: str
    filed_by: str
    filed_at: datetime
    status: str = "pending"
    decided_by: str | None = None
    decided_at: datetime | None = None
    decision_note: str = ""
    corrected: tuple[Any, ...] = ()  # (value,) when HQ set another answer

    @property
    def has_correction(self) -> bool:
        return bool(self.corrected)


@dataclass(frozen=True)
class Release:
    """A released report as its dealership sees it."""

    id: str
    dealership_id: str
    dealership_name: str
    dealership_city: str
    template: Template
    pseudonym: str
    scenario: str
    visit_started_at: datetime
    visit_ended_at: datetime
    released_at: datetime
    answers: dict[str, Any]  # as released
    notes: dict[str, str]
    evidence: dict[str, tuple[Evidence, ...]]
    content_hash: str
    appeals: tuple[Appeal, ...] = ()
    adjusted: dict[str, Any] = field(default_factory=dict)  # after upheld appeals
    void: frozenset[str] = frozenset()

    @property
    def original_score(self) -> Score:
        return score(self.template, self.answers)

    @property
    def score(self) -> Score:
        return score(self.template, self.adjusted, void=self.void)

    def scenario_text(self, lang: str) -> str:
        return self.scenario or self.template.scenario.get(lang)

    def appeals_of(self, question: str) -> list[Appeal]:
        return [a for a in self.appeals if a.question == question]


@dataclass(frozen=True)
class ReleaseSummary:
    id: str
    dealership_id: str
    dealership_name: str
    form_id: str
    title: Text
    pseudonym: str
    visit_started_at: datetime
    released_at: datetime
    original_score: float | None
    score: float | None
    critical_failures: int
    pending_appeals: int


@dataclass(frozen=True)
class AppealSummary:
    appeal: Appeal
    dealership_id: str
    dealership_name: str
    title: Text
    question_label: Text
    visit_started_at: datetime


def new_pseudonym() -> str:
    """A code that names the inspector in a released report and says nothing about them."""
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(4))


# -- commands -----------------------------------------------------------------------------


def release(
    conn: Connection, actor: User, audit_id: str, now: datetime, *, include_evidence: bool = False
) -> Release:
    """Release a finalised audit to its dealership, the inspector under a pseudonym."""
    require(actor, Perm.AUDIT_RELEASE)
    audit = records.get_audit(conn, actor, audit_id)
    if audit.released:
        raise TransitionRefused("already_released")
    report = {
        "audit_id": audit.id,
        "dealership": {
            "id": audit.dealership_id,
            "name": audit.dealership_name,
            "city": audit.dealership_city,
        },
        "template": audit.template.to_rows(),
        "template_id": audit.template.id,
        "template_version": audit.template.version,
        "scenario": audit.scenario,
        "visit_started_at": iso(audit.visit_started_at),
        "visit_ended_at": iso(audit.visit_ended_at),
        "answers": audit.answers,
        "notes": audit.notes,
        "evidence": {q: [e.to_dict() for e in items] for q, items in audit.evidence.items()}
        if include_evidence
        else {},
        "pseudonym": new_pseudonym(),
        "content_hash": audit.content_hash,
    }
    events.append(
        conn,
        stream=RELEASE_STREAM,
        stream_id=audit.id,
        kind="audit_released",
        payload={"report": report},
        actor_id=actor.id,
        now=now,
        dealership_id=audit.dealership_id,
    )
    return get_release(conn, actor, audit.id)


def file_appeal(
    conn: Connection, actor: User, audit_id: str, question: str, reason: str, now: datetime
) -> Appeal:
    """The audited dealership contests one item of a released report, with its reason."""
    require(actor, Perm.AUDIT_APPEAL)
    report = get_release(conn, actor, audit_id)
    if actor.dealership_id != report.dealership_id:
        raise PermissionDenied(permission=str(Perm.AUDIT_APPEAL), role=actor.role)
    if not report.template.has_question(question) or question not in report.answers:
        raise ValidationError("question", "not_in_report")
    for earlier in report.appeals_of(question):
        raise TransitionRefused("appeal_pending" if earlier.status == "pending" else "appeal_decided")
    why = normalize(reason)
    if not why:
        raise ValidationError("reason", "required")
    appeal_id = uuid7(int(now.timestamp() * 1000))
    events.append(
        conn,
        stream=RELEASE_STREAM,
        stream_id=audit_id,
        kind="appeal_filed",
        payload={"appeal_id": appeal_id, "question": question, "reason": why},
        actor_id=actor.id,
        now=now,
        dealership_id=report.dealership_id,
    )
    return _appeal(get_release(conn, actor, audit_id), appeal_id)


def decide_appeal(
    conn: Connection,
    actor: User,
    audit_id: str,
    appeal_id: str,
    *,
    upheld: bool,
    note: str,
    now: datetime,
    corrected: Any = _MISSING,
) -> Appeal:
    """HQ upholds or rejects an appeal, saying why; the score is recomputed.

    Args:
        corrected: with ``upheld``, the answer HQ found right; without it an upheld
            item is struck out (counted in neither earned nor possible).
    """
    require(actor, Perm.AUDIT_DECIDE_APPEAL)
    report = get_release(conn, actor, audit_id)
    appeal = _appeal(report, appeal_id)
    if appeal.status != "pending":
        raise TransitionRefused("appeal_not_pending", status=appeal.status)
    why = normalize(note)
    if not why:
        raise ValidationError("decision_note", "required")
    correction: dict[str, Any] | None = None
    if corrected is not _MISSING and corrected is not None:
        if not upheld:
            raise ValidationError("corrected", "correction_needs_upheld")
        question = report.template.question(appeal.question)
        if question.type in EVIDENCE_TYPES:
            raise ValidationError(question.name, "answer_evidence")
        correction = {"value": answer_rules.normalise(question, corrected)}
    events.append(
        conn,
        stream=RELEASE_STREAM,
        stream_id=audit_id,
        kind="appeal_decided",
        payload={
            "appeal_id": appeal_id,
            "decision": "upheld" if upheld else "rejected",
            "note": why,
            "corrected": correction,
        },
        actor_id=actor.id,
        now=now,
        dealership_id=report.dealership_id,
    )
    return _appeal(get_release(conn, actor, audit_id), appeal_id)


def _appeal(report: Release, appeal_id: str) -> Appeal:
    for appeal in report.appeals:
        if appeal.id == appeal_id:
            return appeal
    raise NotFound(what="appeal", id=appeal_id)


# -- the fold and projection ----------------------------------------------------------------


def fold(stream: Iterable[events.Event]) -> Release | None:
    """A released report with its appeals and decisions (pure; in fold order)."""
    report: dict[str, Any] | None = None
    released_at = ""
    appeals: dict[str, Appeal] = {}
    for event in events.sort_events(stream):
        payload = event.payload
        if event.kind == "audit_released" and report is None:
            report = dict(payload["report"])
            released_at = event.recorded_at
        elif event.kind == "appeal_filed" and report is not None and payload["appeal_id"] not in appeals:
            appeals[payload["appeal_id"]] = Appeal(
                id=str(payload["appeal_id"]),
                audit_id=event.stream_id,
                question=str(payload["question"]),
                reason=str(payload["reason"]),
                filed_by=event.actor_id,
                filed_at=parse_iso(event.recorded_at),
            )
        elif event.kind == "appeal_decided":
            appeal = appeals.get(str(payload["appeal_id"]))
            if appeal is None or appeal.status != "pending":
                continue  # the first decision stands
            correction = payload.get("corrected")
            appeals[appeal.id] = replace(
                appeal,
                status=str(payload["decision"]),
                decided_by=event.actor_id,
                decided_at=parse_iso(event.recorded_at),
                decision_note=str(payload.get("note", "")),
                corrected=(correction["value"],) if correction else (),
            )
    if report is None:
        return None
    template = records.template_of(report["template"], int(report["template_version"]))
    released_answers = dict(report["answers"])
    adjusted = dict(released_answers)
    void: set[str] = set()
    for appeal in appeals.values():
        if appeal.status != "upheld":
            continue
        if appeal.has_correction:
            adjusted[appeal.question] = appeal.corrected[0]
            void.discard(appeal.question)
        else:
            void.add(appeal.question)
    dealer = report["dealership"]
    return Release(
        id=str(report["audit_id"]),
        dealership_id=dealer["id"],
        dealership_name=dealer["name"],
        dealership_city=dealer.get("city", ""),
        template=template,
        pseudonym=str(report["pseudonym"]),
        scenario=str(report.get("scenario", "")),
        visit_started_at=parse_iso(report["visit_started_at"]),
        visit_ended_at=parse_iso(report["visit_ended_at"]),
        released_at=parse_iso(released_at),
        answers=released_answers,
        notes=dict(report.get("notes", {})),
        evidence={q: tuple(Evidence.from_dict(e) for e in v) for q, v in report.get("evidence", {}).items()},
        content_hash=str(report.get("content_hash", "")),
        appeals=tuple(appeals.values()),
        adjusted=answer_rules.relevant_answers(template, adjusted),
        void=frozenset(void),
    )


@events.projector(RELEASE_STREAM)
def _project(conn: Connection, audit_id: str, stream: list[events.Event]) -> None:
    conn.execute(delete(audit_appeals).where(audit_appeals.c.audit_id == audit_id))
    conn.execute(delete(audit_releases).where(audit_releases.c.id == audit_id))
    report = fold(projectable(conn, stream))
    if report is None:
        return
    current = report.score
    conn.execute(
        insert(audit_releases).values(
            id=audit_id,
            dealership_id=report.dealership_id,
            dealership_name=report.dealership_name,
            form_id=report.template.form_id,
            title_fa=report.template.title.fa,
            title_en=report.template.title.en,
            pseudonym=report.pseudonym,
            visit_started_at=iso(report.visit_started_at),
            released_at=iso(report.released_at),
            original_score=report.original_score.score,
            score=current.score,
            critical_failures=len(current.critical_failures),
            figures=json.dumps(current.to_dict()),
            pending_appeals=sum(1 for a in report.appeals if a.status == "pending"),
            report=json.dumps({"answers": report.adjusted, "void": sorted(report.void)}, ensure_ascii=False),
        )
    )
    for appeal in report.appeals:
        conn.execute(
            insert(audit_appeals).values(
                id=appeal.id,
                audit_id=audit_id,
                question=appeal.question,
                reason=appeal.reason,
                filed_by=appeal.filed_by,
                filed_at=iso(appeal.filed_at),
                status=appeal.status,
                decided_by=appeal.decided_by,
                decided_at=iso(appeal.decided_at) if appeal.decided_at else None,
                decision_note=appeal.decision_note,
                corrected=json.dumps({"value": appeal.corrected[0]}) if appeal.has_correction else None,
            )
        )


# -- reading ------------------------------------------------------------------------------


def get_release(conn: Connection, actor: User, audit_id: str) -> Release:
    """A released report, for HQ or for the audited dealership's own managers."""
    require_releases(actor)
    row = conn.execute(select(audit_releases.c.dealership_id).where(audit_releases.c.id == audit_id)).first()
    if row is None or not can_see_release(actor, row.dealership_id):
        raise NotFound(what="audit_release", id=audit_id)
    report = fold(projectable(conn, events.load_stream(conn, RELEASE_STREAM, audit_id)))
    assert report is not None
    return report


def list_releases(
    conn: Connection, actor: User, *, dealership_id: str | None = None, limit: int = 500
) -> list[ReleaseSummary]:
    """Released reports the actor may see (a dealership: its own), the latest visit first."""
    require_releases(actor)
    query = select(audit_releases)
    if not actor.can(Perm.AUDIT_VIEW):
        query = query.where(audit_releases.c.dealership_id == (actor.dealership_id or ""))
    if dealership_id:
        query = query.where(audit_releases.c.dealership_id == dealership_id)
    query = query.order_by(audit_releases.c.visit_started_at.desc()).limit(limit)
    return [
        ReleaseSummary(
            id=r.id,
            dealership_id=r.dealership_id,
            dealership_name=r.dealership_name,
            form_id=r.form_id,
            title=Text(r.title_fa, r.title_en),
            pseudonym=r.pseudonym,
            visit_started_at=parse_iso(r.visit_started_at),
            released_at=parse_iso(r.released_at),
            original_score=r.original_score,
            score=r.score,
            critical_failures=r.critical_failures,
            pending_appeals=r.pending_appeals,
        )
        for r in conn.execute(query)
    ]


def list_appeals(
    conn: Connection, actor: User, *, statuses: tuple[str, ...] | None = ("pending",)
) -> list[AppealSummary]:
    """Appeals the actor may see (HQ: all; a dealership: its own), the oldest first."""
    require_releases(actor)
    query = select(audit_appeals.c.audit_id).join(
        audit_releases, audit_releases.c.id == audit_appeals.c.audit_id
    )
    if not actor.can(Perm.AUDIT_VIEW):
        query = query.where(audit_releases.c.dealership_id == (actor.dealership_id or ""))
    if statuses:
        query = query.where(audit_appeals.c.status.in_(statuses))
    found: list[AppealSummary] = []
    for audit_id in dict.fromkeys(conn.execute(query.order_by(audit_appeals.c.filed_at)).scalars()):
        report = get_release(conn, actor, audit_id)
        for appeal in report.appeals:
            if statuses and appeal.status not in statuses:
                continue
            found.append(
                AppealSummary(
                    appeal=appeal,
                    dealership_id=report.dealership_id,
                    dealership_name=report.dealership_name,
                    title=report.template.title,
                    question_label=report.template.question(appeal.question).label,
                    visit_started_at=report.visit_started_at,
                )
            )
    found.sort(key=lambda s: s.appeal.filed_at)
    return found
