"""A dealership PC keeps no covert audit even if an HQ answer wrongly carried one."""

import json

from sync import client
from tests.sync.wire import event


class LeakyTransport:
    """The real HQ, with a covert audit slipped into every pull answer (a misconfigured HQ)."""

    def __init__(self, url, leaked):
        self.inner = client.HttpTransport(url)
        self.leaked = leaked

    def request(self, method, path, **kwargs):
        reply = self.inner.request(method, path, **kwargs)
        if path == "/v1/sync/pull" and reply.status == 200:
            body = json.loads(reply.body)
            body["events"].append({**self.leaked, "server_seq": body["next_cursor"] or 1})
            reply = client.Reply(reply.status, json.dumps(body).encode(), reply.headers)
        return reply


def test_a_leaked_covert_audit_is_not_stored(hq):
    code = hq.dealership()
    pc = hq.new_device(code)
    pc.append("case", f"c-{pc.device_id}", "note_added", {"text": "x"})
    leaked = event(
        "0192f000-0000-7000-8000-00000000dead", 1, dealership=code, stream="audit", kind="audit_finalized"
    )
    result = pc.sync(transport=LeakyTransport(hq.url, leaked))
    assert result.ok
    assert leaked["event_id"] not in pc.stored()
    assert all(e.stream != "audit" for e in pc.stored().values())
