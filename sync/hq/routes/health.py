"""``GET /v1/health``: HQ is up; its clock, epoch and the size limits it enforces."""

from __future__ import annotations

from fastapi import APIRouter

from desktop import __version__
from sync import protocol
from sync.hq import db
from sync.hq.deps import EngineDep, SettingsDep

router = APIRouter(tags=["health"])


@router.get("/health", response_model=protocol.Health, summary="Liveness, clock, epoch and limits")
def health(engine: EngineDep, settings: SettingsDep) -> protocol.Health:
    with db.reading(engine) as conn:
        epoch = db.epoch(conn)
    return protocol.Health(
        status="ok",
        version=__version__,
        database=engine.dialect.name,
        server_time=db.clock(),
        server_epoch=epoch,
        limits=settings.limits(),
    )
