"""Hand-made wire events and raw HTTP calls, for tests that need exact control."""

from __future__ import annotations

import itertools
import json
from typing import Any

import requests

from desktop.models.hlc import Timestamp
from desktop.models.ids import uuid7

_ms = itertools.count(1_795_000_000_000)


def event(
    device_id: str,
    seq: int,
    *,
    dealership: str,
    stream: str = "case",
    stream_id: str | None = None,
    kind: str = "note_added",
    payload: dict[str, Any] | None = None,
    event_id: str | None = None,
) -> dict[str, Any]:
    ms = next(_ms)
    return {
        "event_id": event_id or uuid7(ms),
        "stream": stream,
        "stream_id": stream_id or uuid7(ms),
        "dealership_id": dealership,
        "device_id": device_id,
        "device_seq": seq,
        "actor_id": "u1",
        "kind": kind,
        "payload": payload if payload is not None else {"text": "یادداشت"},
        "hlc": Timestamp(ms, 0, device_id).encode(),
        "recorded_at": "2026-11-24T08:30:00.000Z",
    }


class Raw:
    """A device's token and raw HTTP to HQ."""

    def __init__(self, base: str, token: str) -> None:
        self.base = base
        self.session = requests.Session()
        self.session.headers["Authorization"] = f"Bearer {token}"

    def push(self, events: list[dict[str, Any]]) -> requests.Response:
        return self.session.post(self.base + "/v1/sync/push", json={"events": events}, timeout=30)

    def results(self, events: list[dict[str, Any]]) -> list[tuple[str, str | None]]:
        answer = self.push(events)
        assert answer.status_code == 200, answer.text
        return [(r["status"], r["code"]) for r in answer.json()["results"]]

    def pull(self, cursor: int = 0, **params: Any) -> dict[str, Any]:
        answer = self.session.get(
            self.base + "/v1/sync/pull", params={"cursor": cursor, **params}, timeout=30
        )
        assert answer.status_code == 200, answer.text
        return dict(answer.json())

    def pull_all(self) -> list[dict[str, Any]]:
        got: list[dict[str, Any]] = []
        cursor = 0
        while True:
            page = self.pull(cursor, limit=1000)
            got.extend(page["events"])
            cursor = page["next_cursor"]
            if not page["has_more"]:
                return got

    def get(self, path: str, **kwargs: Any) -> requests.Response:
        return self.session.get(self.base + path, timeout=30, **kwargs)

    def put(self, path: str, **kwargs: Any) -> requests.Response:
        return self.session.put(self.base + path, timeout=30, **kwargs)


def raw(device: Any) -> Raw:
    creds = device.tokens.load(device.device_id)
    assert creds is not None
    return Raw(device.hq.url, creds.token)


def body(events: list[dict[str, Any]]) -> bytes:
    return json.dumps({"events": events}).encode()
