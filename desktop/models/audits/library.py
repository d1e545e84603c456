"""The template library on this device: import (with versioning), list, read, export.

Editing a template makes a new version: importing content that differs from every
version of its ``form_id`` stores it as the next version (or the version its settings
ask for, when that is higher); importing content already held changes nothing. Audits
keep the version they were made with, so old versions are never removed.
"""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Connection, func, insert, select

from desktop.models.audits import xlsform
from desktop.models.audits.access import require_audits
from desktop.models.audits.tables import audit_templates
from desktop.models.audits.template import Template, Text, from_rows, split_template_id
from desktop.models.calendar import iso, parse_iso
from desktop.models.errors import NotFound, ValidationError
from desktop.models.users import Perm, User, require


@dataclass(frozen=True)
class TemplateInfo:
    id: str
    form_id: str
    version: int
    title: Text
    question_count: int
    content_hash: str
    imported_at: datetime
    latest: bool


@dataclass(frozen=True)
class Imported:
    template: Template
    created: bool  # False: this content was already held (as ``template.version``)


def import_template(conn: Connection, actor: User | None, template: Template, now: datetime) -> Imported:
    """Store a parsed template as a version of its form. ``actor`` None: the command line."""
    if actor is not None:
        require(actor, Perm.AUDIT_TEMPLATES)
    digest = template.content_hash()
    rows = conn.execute(
        select(audit_templates.c.version, audit_templates.c.content_hash).where(
            audit_templates.c.form_id == template.form_id
        )
    ).all()
    for version, held in rows:
        if held == digest:
            return Imported(get_template(conn, f"{template.form_id}@{version}"), created=False)
    latest = max((r.version for r in rows), default=0)
    version = template.version if template.version > latest else latest + 1
    stored = template.with_version(version)
    conn.execute(
        insert(audit_templates).values(
            id=stored.id,
            form_id=stored.form_id,
            version=version,
            title_fa=stored.title.fa,
            title_en=stored.title.en,
            question_count=len(stored.questions),
            definition=json.dumps(stored.to_rows(), ensure_ascii=False, sort_keys=True),
            content_hash=digest,
            imported_at=iso(now),
            imported_by=actor.id if actor else None,
        )
    )
    return Imported(stored, created=True)


def store_version(conn: Connection, template: Template, now: datetime) -> bool:
    """Keep a version exactly as numbered elsewhere (HQ publishes it); False if already held.

    Raises:
        ValidationError: ``template_version_conflict`` when this version is held with
            other content (versions never change once an audit may have used them).
    """
    held = conn.execute(
        select(audit_templates.c.content_hash).where(audit_templates.c.id == template.id)
    ).scalar()
    if held is not None:
        if held != template.content_hash():
            raise ValidationError("template", "template_version_conflict", id=template.id)
        return False
    conn.execute(
        insert(audit_templates).values(
            id=template.id,
            form_id=template.form_id,
            version=template.version,
            title_fa=template.title.fa,
            title_en=template.title.en,
            question_count=len(template.questions),
            definition=json.dumps(template.to_rows(), ensure_ascii=False, sort_keys=True),
            content_hash=template.content_hash(),
            imported_at=iso(now),
            imported_by=None,
        )
    )
    return True


def import_file(conn: Connection, actor: User | None, name: str, data: bytes, now: datetime) -> Imported:
    """Parse a template file (spreadsheet or JSON) and store it; refuses bad templates.

    Raises:
        TemplateInvalid: every problem, with its sheet, row and reason; nothing stored.
    """
    if actor is not None:
        require(actor, Perm.AUDIT_TEMPLATES)
    return import_template(conn, actor, xlsform.read_template(name, data), now)


def get_template(conn: Connection, key: str) -> Template:
    """A stored version by id (``form@3``), or the newest version of a form (``form``)."""
    form_id, version = split_template_id(key)
    query = select(audit_templates.c.definition, audit_templates.c.version).where(
        audit_templates.c.form_id == form_id
    )
    if version is not None:
        query = query.where(audit_templates.c.version == version)
    row = conn.execute(query.order_by(audit_templates.c.version.desc()).limit(1)).first()
    if row is None:
        raise NotFound(what="audit_template", id=key)
    return parse_definition(row.definition, row.version)


@functools.lru_cache(maxsize=64)
def parse_definition(definition: str, version: int) -> Template:
    """A stored template's rows as a template (versions never change, so parse once)."""
    return from_rows(json.loads(definition), version=version)


def list_templates(conn: Connection, actor: User | None, *, all_versions: bool = False) -> list[TemplateInfo]:
    """Templates on this device, newest version of each form first (or every version).

    ``actor`` None: the command line.
    """
    if actor is not None:
        require_audits(actor)
    latest = dict(
        conn.execute(
            select(audit_templates.c.form_id, func.max(audit_templates.c.version)).group_by(
                audit_templates.c.form_id
            )
        ).all()
    )
    rows = conn.execute(
        select(audit_templates).order_by(audit_templates.c.form_id, audit_templates.c.version.desc())
    )
    found = []
    for r in rows:
        is_latest = latest.get(r.form_id) == r.version
        if all_versions or is_latest:
            found.append(
                TemplateInfo(
                    r.id,
                    r.form_id,
                    r.version,
                    Text(r.title_fa, r.title_en),
                    r.question_count,
                    r.content_hash,
                    parse_iso(r.imported_at),
                    is_latest,
                )
            )
    return found


def export_template(conn: Connection, actor: User | None, key: str, name: str) -> bytes:
    """A stored template as a file: JSON when ``name`` ends in ``.json``, else a spreadsheet."""
    if actor is not None:
        require(actor, Perm.AUDIT_TEMPLATES)
    template = get_template(conn, key)
    return xlsform.to_json(template) if name.lower().endswith(".json") else xlsform.to_xlsx(template)
