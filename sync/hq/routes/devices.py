"""``POST /v1/devices/enroll`` (a one-time code -> a token) and ``GET /v1/devices/me``."""

from __future__ import annotations

from fastapi import APIRouter

from desktop.models.calendar import utcnow
from sync import protocol
from sync.hq import db, devices, store
from sync.hq.deps import DeviceDep, EngineDep
from sync.hq.routes.responses import ERRORS

router = APIRouter(prefix="/devices", tags=["devices"])


@router.post(
    "/enroll",
    response_model=protocol.EnrollResponse,
    responses=ERRORS,
    summary="Bind a new token to this device's existing id, spending a one-time code",
)
def enroll(request: protocol.EnrollRequest, engine: EngineDep) -> protocol.EnrollResponse:
    with db.writing(engine) as conn:
        scope, token, short_code = devices.enroll(
            conn,
            code=request.code,
            device_id=request.device_id,
            dealership_id=request.dealership_id,
            name=request.name,
            now=utcnow(),
            short_code=request.short_code,
        )
        max_seq = store.device_max_seq(conn, scope.device_id)
        epoch = db.epoch(conn)
    return protocol.EnrollResponse(
        token=token,
        device=scope.to_wire(),
        server_time=db.clock(),
        server_epoch=epoch,
        device_max_seq=max_seq,
        short_code=short_code,
    )


@router.get(
    "/me",
    response_model=protocol.DeviceInfo,
    responses=ERRORS,
    summary="This device's scope and the highest device_seq HQ holds for it",
)
def me(device: DeviceDep, engine: EngineDep) -> protocol.DeviceInfo:
    with db.reading(engine) as conn:
        row = next(d for d in devices.list_devices(conn) if d.device_id == device.device_id)
        return protocol.DeviceInfo(
            device=device.to_wire(),
            enrolled_at=row.enrolled_at,
            device_event_count=devices.event_count(conn, device.device_id),
            server_time=db.clock(),
            server_epoch=db.epoch(conn),
            device_max_seq=store.device_max_seq(conn, device.device_id),
        )
