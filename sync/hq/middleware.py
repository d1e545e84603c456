"""Request bodies: size limits (413), gzip (``Content-Encoding: gzip``), and HQ's stamp headers.

Pure ASGI, so a too large body is refused before it is read into memory, and a gzip
bomb is stopped at the decompressed limit. Every response carries HQ's clock and epoch
headers, errors included.
"""

from __future__ import annotations

import json
import zlib
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

from sync import protocol
from sync.hq.settings import HQSettings

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]


def error_bytes(code: str, message: str) -> bytes:
    return json.dumps({"error": {"code": code, "message": message, "details": None}}).encode()


class BodyLimits:
    """Refuse bodies over the limit, undo gzip, stamp every response."""

    fastapi: Any = None  # the wrapped FastAPI application, for tests

    def __init__(self, app: ASGIApp, settings: HQSettings, epoch: Callable[[], str]) -> None:
        self.app = app
        self.settings = settings
        self.epoch = epoch

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        stamped = self._stamping(send)
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers", [])}
        is_blob = scope.get("path", "").startswith(protocol.API_PREFIX + "/blobs/")
        limit = self.settings.max_blob_bytes if is_blob else self.settings.max_body_bytes
        length = headers.get("content-length", "")
        if length.isdigit() and int(length) > limit:
            await self._refuse(
                stamped, receive, 413, "body_too_large", f"the body may have at most {limit} bytes"
            )
            return
        encoding = headers.get("content-encoding", "identity").strip().lower()
        if scope.get("method") not in ("POST", "PUT", "PATCH") and encoding in ("", "identity"):
            await self.app(scope, receive, stamped)
            return
        body = bytearray()
        more = True
        while more:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            body.extend(message.get("body", b""))
            more = message.get("more_body", False)
            if len(body) > limit:
                await self._refuse(
                    stamped, None, 413, "body_too_large", f"the body may have at most {limit} bytes"
                )
                return
        if encoding == "gzip":
            try:
                inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
                plain = inflater.decompress(bytes(body), self.settings.max_decompressed_bytes + 1)
                if len(plain) > self.settings.max_decompressed_bytes or inflater.unconsumed_tail:
                    await self._refuse(
                        stamped,
                        None,
                        413,
                        "body_too_large",
                        f"unzipped, the body may have at most {self.settings.max_decompressed_bytes} bytes",
                    )
                    return
                if not inflater.eof:
                    raise zlib.error("truncated")
            except zlib.error:
                await self._refuse(stamped, None, 400, "bad_gzip", "the body is not valid gzip")
                return
            body = bytearray(plain)
            kept = [
                (k, v)
                for k, v in scope["headers"]
                if k.lower() not in (b"content-encoding", b"content-length")
            ]
            scope = dict(scope)
            scope["headers"] = [*kept, (b"content-length", str(len(body)).encode())]
        elif encoding not in ("", "identity"):
            await self._refuse(stamped, None, 415, "unsupported_encoding", "bodies are plain or gzip")
            return
        sent = False

        async def replay() -> Message:
            nonlocal sent
            if not sent:
                sent = True
                return {"type": "http.request", "body": bytes(body), "more_body": False}
            return await receive()

        await self.app(scope, replay, stamped)

    def _stamping(self, send: Send) -> Send:
        async def stamped(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                headers.append((protocol.CLOCK_HEADER.lower().encode(), _clock().encode()))
                headers.append((protocol.EPOCH_HEADER.lower().encode(), self.epoch().encode()))
                message["headers"] = headers
            await send(message)

        return stamped

    async def _refuse(self, send: Send, receive: Receive | None, status: int, code: str, text: str) -> None:
        payload = error_bytes(code, text)
        await send(
            {
                "type": "http.response.start",
                "status": status,
                "headers": [
                    (b"content-type", b"application/json"),
                    (b"content-length", str(len(payload)).encode()),
                    (b"connection", b"close"),
                ],
            }
        )
        await send({"type": "http.response.body", "body": payload})


def _clock() -> str:
    from sync.hq.db import clock

    return clock()
