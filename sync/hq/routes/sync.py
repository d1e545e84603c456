"""``POST /v1/sync/push`` and ``GET /v1/sync/pull``: the device's events, exactly once."""

from __future__ import annotations

import time
from collections import Counter, OrderedDict
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request, Response
from fastapi.exceptions import RequestValidationError
from pydantic import ValidationError

from desktop.models.calendar import utcnow
from sync import protocol
from sync.hq import db, store
from sync.hq.deps import UNKNOWN_TOKEN, CommitterDep, DeviceDep, EngineDep, TokenKeyDep
from sync.hq.errors import HQError, Unauthorized
from sync.hq.routes.responses import ERRORS
from sync.hq.scope import reference_scopes

router = APIRouter(prefix="/sync", tags=["sync"])
PULL_PARAMETERS = frozenset({"cursor", "limit", "ref_cursor", "cursor_event"})


def _inlined(schema: Any, defs: dict[str, Any]) -> Any:
    """A JSON schema with its ``$defs`` references replaced by what they name."""
    if isinstance(schema, dict):
        ref = schema.get("$ref", "")
        if ref.startswith("#/$defs/"):
            return _inlined(defs[ref.removeprefix("#/$defs/")], defs)
        return {k: _inlined(v, defs) for k, v in schema.items() if k != "$defs"}
    if isinstance(schema, list):
        return [_inlined(v, defs) for v in schema]
    return schema


_PUSH_SCHEMA = protocol.PushRequest.model_json_schema()
_PUSH_BODY = {
    "requestBody": {
        "required": True,
        "content": {"application/json": {"schema": _inlined(_PUSH_SCHEMA, _PUSH_SCHEMA.get("$defs", {}))}},
    }
}


class RecentlyRefused:
    """Token keys this process refused in the last minutes (at most ``size``): a push
    with one is refused before its body is read, so a revoked or never issued token sent
    again and again costs no parsing, checking and place in the writer's groups. Used on
    the event loop's thread only."""

    def __init__(self, size: int = 10_000, keep_s: float = 300.0) -> None:
        self.size, self.keep_s = size, keep_s
        self._at: OrderedDict[str, float] = OrderedDict()

    def __contains__(self, key: str) -> bool:
        at = self._at.get(key)
        if at is None:
            return False
        if time.monotonic() - at > self.keep_s:
            del self._at[key]
            return False
        return True

    def add(self, key: str) -> None:
        self._at[key] = time.monotonic()
        self._at.move_to_end(key)
        while len(self._at) > self.size:
            self._at.popitem(last=False)


_refused = RecentlyRefused()


def _push_request(body: bytes, content_type: str | None) -> protocol.PushRequest:
    """The push body read and checked by pydantic in one pass over the bytes (its JSON
    parser builds only what the model keeps), faster than ``json.loads`` and validating
    the result, which is what FastAPI does with a body parameter. Strictly: a value of
    another JSON type than the schema's (``true`` or ``"5"`` for a number) is refused, not
    converted. Errors are FastAPI's: 422 with the location of each problem under ``body``."""
    media = (content_type or "").split(";", maxsplit=1)[0].strip().lower()
    if not body:
        problems: list[Any] = [{"type": "missing", "loc": ("body",), "msg": "Field required", "input": None}]
        raise RequestValidationError(problems)
    if media != "application/json" and not (media.startswith("application/") and media.endswith("+json")):
        raise HQError(415, "unsupported_media_type", "a push body is JSON (Content-Type: application/json)")
    try:
        return protocol.PushRequest.model_validate_json(body, strict=True)
    except ValidationError as exc:
        problems = [
            {**problem, "loc": ("body", *problem["loc"])}
            for problem in exc.errors(include_url=False, include_context=False, include_input=False)
        ]
        raise RequestValidationError(problems) from None


@router.post(
    "/push",
    response_model=protocol.PushResponse,
    responses=ERRORS,
    openapi_extra=_PUSH_BODY,
    summary="Store a batch of this device's events; one result per event",
)
async def push(request: Request, key: TokenKeyDep, committer: CommitterDep) -> Response:
    if key in _refused:
        raise Unauthorized(UNKNOWN_TOKEN)
    events = _push_request(await request.body(), request.headers.get("content-type")).events
    # Checked here; authenticated and stored with the other pushes this process receives
    # meanwhile (one transaction for the group, see sync.hq.committer); answered once committed.
    outcome = await committer.push(store.prepare(None, events, utcnow(), token_key=key))
    if outcome.unauthorized:
        _refused.add(key)
        raise Unauthorized(UNKNOWN_TOKEN)
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
    given = Counter(k for k, _ in request.query_params.multi_items())
    repeated = sorted(k for k, n in given.items() if n > 1)
    if repeated:  # which one was meant? (FastAPI would quietly take the last)
        raise HQError(
            422, "repeated_parameter", f"query parameter(s) given more than once: {', '.join(repeated)}"
        )
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
