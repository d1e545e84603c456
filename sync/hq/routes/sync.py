"""``POST /v1/sync/push`` and ``GET /v1/sync/pull``: the device's events, exactly once."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request, Response

from desktop.models.calendar import utcnow
from sync import protocol
from sync.hq import db, store
from sync.hq.deps import CommitterDep, DeviceDep, EngineDep
from sync.hq.errors import HQError
from sync.hq.routes.responses import ERRORS
from sync.hq.scope import reference_scopes

router = APIRouter(prefix="/sync", tags=["sync"])
PULL_PARAMETERS = frozenset({"cursor", "limit", "ref_cursor", "cursor_event"})


@router.post(
    "/push",
    response_model=protocol.PushResponse,
    responses=ERRORS,
    summary="Store a batch of this device's events; one result per event",
)
async def push(request: protocol.PushRequest, device: DeviceDep, committer: CommitterDep) -> Response:
    # Checked here, stored with the other pushes this process receives meanwhile (one
    # transaction for the group, see sync.hq.committer), answered once committed.
    outcome = await committer.push(store.prepare(device, request.events, utcnow()))
    return Response(store.render_push(outcome, db.clock()), media_type="application/json")


@router.get(
    "/pull",
    response_model=protocol.PullResponse,
    responses=ERRORS,
    summary="This device's events after the cursor, in HQ's order, and changed reference data",
)
def pull(
    request: Request,
    device: DeviceDep,
    engine: EngineDep,
    cursor: Annotated[int, Query(ge=0, le=protocol.MAX_SEQ, description="next_cursor of the last page")] = 0,
    limit: Annotated[int, Query(ge=1, le=protocol.MAX_PULL_LIMIT)] = protocol.DEFAULT_PULL_LIMIT,
    ref_cursor: Annotated[int, Query(ge=0, le=protocol.MAX_SEQ)] = 0,
    cursor_event: Annotated[
        str | None, Query(pattern=protocol.UUID_PATTERN, description="the event received at the cursor")
    ] = None,
) -> Response:
    unknown = set(request.query_params) - PULL_PARAMETERS
    if unknown:
        raise HQError(422, "unknown_parameter", f"unknown query parameter(s): {', '.join(sorted(unknown))}")
    page = store.pull(
        engine,
        device,
        cursor=cursor,
        limit=limit,
        ref_cursor=ref_cursor,
        ref_scopes=reference_scopes(device),
        cursor_event=cursor_event,
    )
    return Response(store.render_pull(page, db.clock()), media_type="application/json")
