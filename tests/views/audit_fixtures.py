"""Shared by the audits GUI tests: an audit-ready dealership and signing people in."""

from __future__ import annotations

from datetime import timedelta

import pytest

from desktop.models import dealership, events, users
from desktop.models.audits import drafts, library, release
from desktop.models.session import Session
from tests.conftest import NOW, PASSWORD, PIN
from tests.models.audits.conftest import VISIT_SURVEY, make
from tests.models.audits.helpers import finalised


@pytest.fixture(name="audit_ctx")
def audit_ctx_fixture(ctx):
    """The view context over dealer_db plus an inspection manager and the visit form."""
    with ctx.db.write() as conn:
        users.create_user(
            conn,
            username="inspmanager",
            display_name="مهدی صادقی",
            role=users.Role.INSPECTION_MANAGER,
            password=PASSWORD,
            pin=PIN,
            now=NOW,
        )
        library.import_template(conn, None, make(VISIT_SURVEY), NOW)
    return ctx


def sign_in(ctx, username: str) -> users.User:
    with ctx.db.read() as conn:
        user = users.find_user(conn, username)
        dealer, device = dealership.get_dealership(conn), events.this_device(conn)
        session = Session(user=user, dealership=dealer, device=device)
    ctx.set_session(session)
    return user


def user(ctx, username: str) -> users.User:
    with ctx.db.read() as conn:
        return users.find_user(conn, username)


def new_draft(ctx, inspector: str = "inspector", dealership_id: str = "1433"):
    with ctx.db.write() as conn:
        return drafts.start_unplanned(
            conn,
            user(ctx, inspector),
            dealership_id=dealership_id,
            dealership_name="پارس‌خودرو",
            dealership_city="کرج",
            form_id="showroom",
            now=NOW,
        )


def audits_world(ctx):
    """Audits of 1420 (one released) and of 1433, as the covert-visibility tests need."""
    inspector = user(ctx, "inspector")
    hidden = finalised(ctx.db, inspector, dealership_id="1420", dealership_name="آرین‌خودرو")
    shown = finalised(
        ctx.db, inspector, dealership_id="1420", dealership_name="آرین‌خودرو", when=NOW - timedelta(days=20)
    )
    other = finalised(ctx.db, inspector, dealership_id="1433", dealership_name="پارس‌خودرو")
    with ctx.db.write() as conn:
        release.release(conn, user(ctx, "hq"), shown.id, NOW)
    return {"hidden": hidden.id, "shown": shown.id, "other": other.id}
