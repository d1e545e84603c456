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


UNKNOWN_TOKEN = "this device token is unknown or was revoked: enrol the device again"


async def token_key(
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)],
) -> str:
    """The key of the request's bearer token (:func:`sync.hq.devices.token_key`); 401 when
    there is none or it cannot be a token. Who it belongs to is for the caller to look up."""
    if credentials is None or credentials.scheme.lower() != "bearer":
        raise Unauthorized()
    key = devices.token_key(credentials.credentials)
    if key is None:
        raise Unauthorized(UNKNOWN_TOKEN)
    return key


TokenKeyDep = Annotated[str, Depends(token_key)]


def current_device(engine: EngineDep, key: TokenKeyDep) -> DeviceScope:
    """The enrolled, not revoked device whose token came with the request (else 401)."""
    with engine.connect() as conn:  # one indexed read; no transaction settings to set and reset
        scope = devices.authenticate_keys(conn, {key}).get(key)
        conn.rollback()
    if scope is None:
        raise Unauthorized(UNKNOWN_TOKEN)
    _note_seen(engine, scope.device_id)  # (a push records it in its own transaction)
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
