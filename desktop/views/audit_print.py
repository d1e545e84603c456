"""The audit report's input (:class:`reports.audit_report.AuditReport`) for the screen on show.

Runs on the database worker and uses no Qt. The mapping itself is
:func:`reports.sources.audit_report` (HQ calls it too); this reads what it needs: the
audit or the released report as stored now, the inspector's name and the evidence photos.
"""

from __future__ import annotations

from desktop.models import blobs, users
from desktop.models.audits import records, release
from desktop.models.db import Database
from desktop.models.errors import NotFound
from desktop.models.users import Perm
from desktop.views.audit_detail import AuditView
from reports import sources
from reports.audit_report import AuditReport


def report_input(db: Database, actor: users.User, view: AuditView, lang: str) -> AuditReport:
    """Everything the printed report of ``view`` shows, in ``lang``."""
    users.require(actor, Perm.DOCUMENT_PRINT)
    with db.read() as conn:

        def image(sha256: str) -> bytes | None:
            return blobs.get_blob(conn, sha256).data if blobs.has_blob(conn, sha256) else None

        if view.kind == "release":
            report = release.get_release(conn, actor, view.id)
            return sources.audit_report(report, lang, image=image)
        audit = records.get_audit(conn, actor, view.id)
        try:
            inspector = users.get_user(conn, audit.inspector_id).display_name
        except NotFound:
            inspector = audit.inspector_id[:8]
        return sources.audit_report(audit, lang, inspector=inspector, appeals=view.appeals, image=image)
