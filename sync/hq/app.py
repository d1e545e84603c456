"""The HQ web application: FastAPI, one router per resource under ``/v1``.

Stateless: everything lives in the database, so several HQ processes can serve one
PostgreSQL at once. Every error is JSON (:class:`sync.protocol.ErrorBody`); bad input
gets a 4xx and stores nothing, never a 500.
"""

from __future__ import annotations

import gc
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from sqlalchemy.exc import OperationalError
from sqlalchemy.exc import TimeoutError as PoolTimeout
from starlette.exceptions import HTTPException as StarletteHTTPException

from desktop import __version__
from sync import protocol
from sync.hq import db
from sync.hq.committer import GroupCommitter
from sync.hq.errors import HQError
from sync.hq.middleware import BodyLimits
from sync.hq.routes import blobs, devices, health
from sync.hq.routes import sync as sync_routes
from sync.hq.settings import HQSettings

log = logging.getLogger("sync.hq")
GC_THRESHOLD = 20_000  # allocations between two collections of the youngest generation


def _error(status: int, code: str, message: str, details: Any = None, headers: Any = None) -> JSONResponse:
    body = {"error": {"code": code, "message": message, "details": details}}
    return JSONResponse(body, status_code=status, headers=headers)


def _plain(value: Any) -> Any:
    """A validation error's location or context as plain JSON."""
    if isinstance(value, (str, int, float, bool)) or value is None:
        return value
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return str(value)


async def _on_hq_error(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, HQError)
    headers = {"WWW-Authenticate": "Bearer"} if exc.status == 401 else None
    return _error(exc.status, exc.code, exc.message, exc.details, headers)


async def _on_validation_error(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    details = [
        {"loc": _plain(list(e.get("loc", ()))), "msg": str(e.get("msg", "")), "type": str(e.get("type", ""))}
        for e in exc.errors()[:50]
    ]
    first = details[0] if details else {"loc": [], "msg": "invalid"}
    where = ".".join(str(p) for p in first["loc"])
    return _error(422, "invalid_request", f"{where}: {first['msg']}" if where else str(first["msg"]), details)


async def _on_http_error(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    codes = {404: "not_found", 405: "method_not_allowed"}
    code = codes.get(exc.status_code, "http_error")
    return _error(exc.status_code, code, str(exc.detail), headers=getattr(exc, "headers", None))


async def _on_database_down(_request: Request, exc: Exception) -> JSONResponse:
    # The environment failed (database unreachable, out of connections): nothing was stored
    # and the device tries again later, as for a network failure.
    log.warning("database unavailable: %s", exc)
    return _error(
        503,
        "hq_busy",
        "HQ's database is not available right now; try again shortly",
        headers={"Retry-After": "5"},
    )


async def _on_crash(_request: Request, exc: Exception) -> JSONResponse:
    log.exception("internal error", exc_info=exc)
    return _error(500, "internal_error", "HQ failed; the request was not stored")


def create_app(settings: HQSettings | None = None) -> Any:
    """The ASGI application (wrapped in the body-limit middleware)."""
    settings = settings or HQSettings()
    engine = db.make_engine(settings.url, settings.pool_size)
    db.migrate(engine)
    committer = GroupCommitter(engine)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        yield
        committer.close()  # what is queued is written before the process ends

    app = FastAPI(
        title="Pishkhan HQ",
        version=__version__,
        description="Sync of Pishkhan devices with headquarters. See sync/protocol.py.",
        debug=settings.debug,
        lifespan=lifespan,
    )
    app.state.engine = engine
    app.state.committer = committer
    app.state.settings = settings
    for router in (health.router, devices.router, sync_routes.router, blobs.router):
        app.include_router(router, prefix=protocol.API_PREFIX)
    app.add_exception_handler(HQError, _on_hq_error)
    app.add_exception_handler(RequestValidationError, _on_validation_error)
    app.add_exception_handler(StarletteHTTPException, _on_http_error)
    app.add_exception_handler(OperationalError, _on_database_down)
    app.add_exception_handler(PoolTimeout, _on_database_down)
    app.add_exception_handler(Exception, _on_crash)

    epochs = db.EpochCache()

    def read_epoch() -> str:
        with db.reading(engine) as conn:
            return db.epoch(conn)

    def header_epoch() -> str:
        try:
            return epochs.get(read_epoch)
        except Exception:  # the database is down: the header says so, the body will too
            return epochs.value or "unknown"

    wrapped = BodyLimits(app, settings, header_epoch)
    wrapped.fastapi = app
    _tune_garbage_collector()
    return wrapped


def _tune_garbage_collector() -> None:
    """Fewer, cheaper collections: a push makes tens of thousands of short-lived objects and
    CPython's default (a collection every 700 allocations) spent a quarter of HQ's CPU under
    load. What exists once the application is built lives as long as the process: frozen,
    it is never scanned again."""
    gc.freeze()
    gc.set_threshold(GC_THRESHOLD, 20, 20)
