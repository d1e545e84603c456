"""Dependencies of the routes: the database engine, the settings, the current device.

The ones that only read the application's state are ``async``: FastAPI runs a plain
``def`` dependency on a worker thread, a hop each that costs more than the work.
"""

from __future__ import annotations

import threading
import time
from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy import Engine

from desktop.models.calendar import utcnow
from sync.hq import db, devices
from sync.hq.committer import GroupCommitter
from sync.hq.errors import Unauthorized
from sync.hq.scope import DeviceScope
from sync.hq.settings import HQSettings

bearer = HTTPBearer(auto_error=False, description="the device token from POST /v1/devices/enroll")
_seen: dict[str, float] = {}
_seen_lock = threading.Lock()
SEEN_EVERY_S = 60.0


async def get_engine(request: Request) -> Engine:
    engine: Engine = request.app.state.engine
    return engine


async def get_settings(request: Request) -> HQSettings:
    settings: HQSettings = request.app.state.settings
    return settings


async def get_committer(request: Request) -> GroupCommitter:
    committer: GroupCommitter = request.app.state.committer
    return committer


EngineDep = Annotated[Engine, Depends(get_engine)]
SettingsDep = Annotated[HQSettings, Depends(get_settings)]
CommitterDep = Annotated[GroupCommitter, Depends(get_committer)]


def current_device(
    request: Request,
    engine: EngineDep,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)],
) -> DeviceScope:
    """The enrolled, not revoked device whose token came with the request (else 401)."""
    if credentials is None or credentials.scheme.lower() != "bearer":
        raise Unauthorized()
    with engine.connect() as conn:  # one indexed read; no transaction settings to set and reset
        scope = devices.authenticate(conn, credentials.credentials)
        conn.rollback()
    if scope is None:
        raise Unauthorized("this device token is unknown or was revoked: enrol the device again")
    if not request.url.path.endswith("/sync/push"):  # a push records it in its own transaction
        _note_seen(engine, scope.device_id)
    return scope


def _note_seen(engine: Engine, device_id: str) -> None:
    now = time.monotonic()
    with _seen_lock:
        if now - _seen.get(device_id, -SEEN_EVERY_S * 2) < SEEN_EVERY_S:
            return
        _seen[device_id] = now
    with db.writing(engine) as conn:
        devices.touch(conn, device_id, utcnow())


DeviceDep = Annotated[DeviceScope, Depends(current_device)]
