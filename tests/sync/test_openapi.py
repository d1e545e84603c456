"""Schemathesis against HQ's /openapi.json: bad input of any kind is a clear 4xx, never a 500.

Every operation is fuzzed with valid-looking and malformed requests, authenticated as a
real device. Besides schemathesis's own checks (no server error, documented status codes
and content types, answers matching their schemas, negative data rejected), each error
answer must be our JSON error, and afterwards HQ must hold exactly what it held before:
nothing a fuzzer sends can be stored (a valid-looking event names a device that is not
the token's, a blob never matches its SHA-256, an enrolment code is never right).
"""

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis.errors import Unsatisfiable
from schemathesis import GenerationMode, checks
from sqlalchemy import func, select

from sync.hq import db as hq_db
from sync.hq import tables as hq_tables
from tests.sync.wire import raw

pytestmark = pytest.mark.slow
EXAMPLES = 50


def _snapshot(hq):
    with hq_db.reading(hq.engine) as conn:
        return {
            table.name: conn.execute(select(func.count()).select_from(table)).scalar_one()
            for table in hq_tables.metadata.sorted_tables
        } | {"seq": hq_db.last_seq(conn)}


def _json_error(case, response):
    if response.status_code >= 400 and case.method != "HEAD":
        body = response.json()
        assert set(body) == {"error"}, body
        assert body["error"]["code"]
        assert body["error"]["message"]


@pytest.mark.parametrize("mode", [GenerationMode.NEGATIVE, GenerationMode.POSITIVE])
def test_fuzzing_every_operation_gets_4xx_never_500_and_stores_nothing(hq, mode):
    device = hq.new_device(hq.dealership())
    token = raw(device).session.headers["Authorization"]
    schema = schemathesis.openapi.from_url(hq.url + "/openapi.json")
    schema.config.update(headers={"Authorization": token})
    before = _snapshot(hq)
    tried = []
    for result in schema.get_all_operations():
        operation = result.ok()
        tried.append(operation.label)

        @given(case=operation.as_strategy(generation_mode=mode))
        @settings(
            max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck), database=None
        )
        def check(case):
            # Rules no schema can say (a blob's bytes must hash to its name, a code must
            # exist) refuse some schema-valid requests on purpose: that check is left out.
            response = case.call_and_validate(excluded_checks=[checks.positive_data_acceptance])
            assert response.status_code < 500
            _json_error(case, response)

        try:
            check()
        except Unsatisfiable:
            assert mode == GenerationMode.NEGATIVE  # nothing to get wrong (GET /v1/health)
            continue
    assert {
        "POST /v1/sync/push",
        "GET /v1/sync/pull",
        "POST /v1/devices/enroll",
        "PUT /v1/blobs/{sha256}",
    } <= set(tried)
    assert _snapshot(hq) == before
