"""The demo filler gives every audits screen something true to show."""

import random

from desktop.models.audits import demo, drafts, ranking, records, release, visits
from desktop.models.demo import DemoContext
from tests.conftest import NOW


def test_the_demo_fills_audits_for_every_role(audit_db, who):
    context = DemoContext(now=NOW, rng=random.Random(1405))
    context.users = {n: who(n) for n in ("inspector", "inspmanager", "hq", "manager")}
    with audit_db.write() as conn:
        demo.fill(conn, context)
    with audit_db.read() as conn:
        everything = records.list_audits(conn, who("hq"))
        assert len(everything) >= 15
        assert {a.dealership_id for a in everything} >= {"1433", "1507", "1612", "1701", "1288", "1420"}
        assert all(a.score is not None for a in everything)
        assert len(ranking.ranking(conn, who("hq")).dealerships) == 6
        mine = records.list_audits(conn, who("inspector"))
        assert 0 < len(mine) < len(everything)  # the inspection manager made some too
        [ours] = release.list_releases(conn, who("manager"))
        assert ours.dealership_id == "1420"
        assert ours.pending_appeals == 1
        assert len(visits.list_visits(conn, who("inspector"))) == 3
        [draft] = drafts.list_drafts(conn, who("inspector"))
        assert draft.answered == 9
