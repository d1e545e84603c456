"""``PUT``, ``GET`` and ``HEAD /v1/blobs/{sha256}``: attachments, idempotent, scoped."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Request, Response
from starlette.concurrency import run_in_threadpool

from desktop.models.blobs import ALLOWED_MIME
from desktop.models.calendar import utcnow
from sync import protocol
from sync.hq import blobs, db
from sync.hq.deps import DeviceDep, EngineDep
from sync.hq.errors import NotFound
from sync.hq.routes.responses import ERRORS

router = APIRouter(prefix="/blobs", tags=["blobs"])
Sha = Annotated[
    str, Path(pattern=protocol.SHA256_PATTERN, description="SHA-256 of the bytes, lower-case hex")
]
_BODY = {
    "requestBody": {
        "required": True,
        "content": {mime: {"schema": {"type": "string", "format": "binary"}} for mime in ALLOWED_MIME},
    }
}


@router.put(
    "/{sha256}",
    response_model=protocol.BlobStored,
    responses=ERRORS,
    openapi_extra=_BODY,
    summary="Store a blob (the same bytes again change nothing)",
)
async def put_blob(
    sha256: Sha, request: Request, device: DeviceDep, engine: EngineDep
) -> protocol.BlobStored:
    data = await request.body()
    mime = request.headers.get("content-type", "")

    def store() -> bool:
        with db.writing(engine) as conn:
            return blobs.put(conn, device, sha256, data, mime, utcnow())

    created = await run_in_threadpool(store)
    return protocol.BlobStored(
        sha256=sha256, size=len(data), mime=mime.split(";", maxsplit=1)[0].strip().lower(), created=created
    )


@router.get(
    "/{sha256}",
    responses={**ERRORS, 200: {"content": {m: {} for m in ALLOWED_MIME}, "description": "the bytes"}},
    response_class=Response,
    summary="Fetch a blob this device may see",
)
def get_blob(sha256: Sha, device: DeviceDep, engine: EngineDep) -> Response:
    with db.reading(engine) as conn:
        found = blobs.visible(conn, device, sha256)
        if found is None:
            raise NotFound("blob")
        data = blobs.read(conn, sha256)
    return Response(data, media_type=found[0])


@router.head("/{sha256}", responses=ERRORS, response_class=Response, summary="Does HQ hold this blob for me?")
def head_blob(sha256: Sha, device: DeviceDep, engine: EngineDep) -> Response:
    with db.reading(engine) as conn:
        found = blobs.visible(conn, device, sha256)
    if found is None:
        raise NotFound("blob")
    return Response(headers={"content-length": str(found[1]), "content-type": found[0]})
