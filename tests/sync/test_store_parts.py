"""The pieces of HQ's push path that were made cheaper keep their exact results.

The content hash is stored at HQ (a changed formula would turn every retried batch into
conflicts), the push answer must be the text pydantic writes, and the fast checks must
refuse exactly what the slower ones refused.
"""

import hashlib
import json

import pytest
from sqlalchemy import select

from sync import protocol
from sync.hq import db as hq_db
from sync.hq import store
from sync.hq import tables as t
from tests.sync.wire import event

DEVICE = "0192f000-0000-7000-8000-00000000d001"


def _wire(**change):
    return protocol.WireEvent.model_validate({**event(DEVICE, 7, dealership="T1"), **change})


def _reference_hash(e: protocol.WireEvent, payload_text: str) -> str:
    """The formula HQ's stored hashes were made with."""
    parts = [str(getattr(e, name)) for name in store._EVENT_COLUMNS] + [payload_text]
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()


@pytest.mark.parametrize(
    "payload",
    [{}, {"text": "یادداشت با نیم‌فاصله"}, {"n": 1, "a": [1, 2.5, None, True], "z": {"k": "v"}}],
)
def test_the_content_hash_is_the_stored_fingerprint(payload):
    e = _wire(payload=payload)
    code, text = store.structure_problem(e)
    assert code is None
    assert text == json.dumps(payload, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    assert store.content_hash(e, text) == _reference_hash(e, text)


def test_the_content_hash_of_a_known_event_never_changes():
    e = protocol.WireEvent(
        event_id="0192f000-0000-7000-8000-000000000001",
        stream="case",
        stream_id="c1",
        dealership_id="T1",
        device_id=DEVICE,
        device_seq=3,
        actor_id="u1",
        kind="note_added",
        payload={"text": "سلام"},
        hlc=f"001795000000000.000000.{DEVICE}",
        recorded_at="2026-11-24T08:30:00.000Z",
    )
    text = store.structure_problem(e)[1]
    assert text == '{"text":"سلام"}'
    # Worked out by hand from the formula (the columns and the payload, joined by U+001F).
    assert store.content_hash(e, text) == "35ec17277ebfb1ec6b34a06a13cbaa993450bf4de0f6208124c32a1223f79f29"


@pytest.mark.parametrize(
    ("hlc", "code"),
    [
        (f"001795000000000.000000.{DEVICE}", None),
        (f"001795000000000.000000.{DEVICE[:-1]}e", "hlc_node"),
        ("١٢٣٤٥٦٧٨٩٠١٢٣٤٥.000000." + DEVICE, None),  # Persian digits: the clock reads them too
        ("00179500000000x.000000." + DEVICE, "hlc_invalid"),
        ("001795000000000.00000." + DEVICE, "hlc_invalid"),
        ("not a clock", "hlc_invalid"),
    ],
)
def test_clock_readings_are_judged_as_the_clock_parses_them(hlc, code):
    # model_construct: past the schema's pattern, as only a bug could bring an event here
    e = protocol.WireEvent.model_construct(**{**_wire().model_dump(), "hlc": hlc})
    assert store.structure_problem(e)[0] == code


@pytest.mark.parametrize(
    ("recorded_at", "code"),
    [
        ("2026-11-24T08:30:00.000Z", None),
        ("2026-11-24T08:30:00+03:30", None),
        ("2026-13-45T99:00:00Z", "recorded_at_invalid"),
        ("0001-01-01T00:00:00+05:00", "recorded_at_invalid"),  # before year 1 once in UTC
    ],
)
def test_recording_times_outside_the_calendar_are_invalid(recorded_at, code):
    assert store.structure_problem(_wire(recorded_at=recorded_at))[0] == code


def test_the_push_answer_is_the_text_pydantic_writes():
    answers = [
        store.Answer("0192f000-0000-7000-8000-000000000001", "accepted", None, 41),
        store.Answer("0192f000-0000-7000-8000-000000000002", "duplicate", None, None),
        store.Answer("0192f000-0000-7000-8000-000000000003", "conflict", "event_id_conflict", None),
        store.Answer("0192f000-0000-7000-8000-000000000004", "forbidden", "not_your_device", None),
        store.Answer("0192f000-0000-7000-8000-000000000005", "invalid", "payload_too_deep", None),
    ]
    outcome = store.PushOutcome(
        answers, device_max_seq=9, epoch="e" * 32, accepted=1, duplicates=1, refused=3
    )
    expected = protocol.PushResponse(
        results=[protocol.PushResult(**a._asdict()) for a in answers],
        accepted=1,
        duplicates=1,
        refused=3,
        server_time="001795000000000.000000.hq",
        server_epoch="e" * 32,
        device_max_seq=9,
    ).model_dump_json()
    assert store.render_push(outcome, "001795000000000.000000.hq").decode() == expected


@pytest.mark.postgres
@pytest.mark.parametrize(
    "values",
    [
        ["plain", "یادداشت", "a\\b", "quote'\"", "x" * 3000],
        ["one"],
        [""],  # an empty text alone would vanish in string_to_array: sent as an array instead
        ["a", "", "c"],
        ["unit \x1f inside", "b"],  # the separator inside a value: sent as an array instead
    ],
)
def test_bulk_insert_columns_keeps_every_value_exactly(pg_url, values):
    engine = hq_db.make_engine(pg_url, pool_size=1)
    hq_db.migrate(engine)
    try:
        with hq_db.writing(engine) as conn:
            conn.execute(t.blob_refs.delete())
            columns = {"sha256": values, "server_seq": [2**40 + n for n in range(len(values))]}
            done = hq_db.bulk_insert_columns(conn, t.blob_refs, columns, returning=("sha256", "server_seq"))
            assert [(r[0], r[1]) for r in done] == list(zip(values, columns["server_seq"], strict=True))
            stored = conn.execute(select(t.blob_refs).order_by(t.blob_refs.c.server_seq)).all()
            assert [(r.sha256, r.server_seq) for r in stored] == list(
                zip(values, columns["server_seq"], strict=True)
            )
            conn.execute(t.blob_refs.delete())
    finally:
        engine.dispose()
