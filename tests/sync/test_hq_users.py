"""HQ's accounts carry a unit and vehicle segments; `update-user` changes them on every PC."""

import io
import json

import pytest

from desktop.models import users
from desktop.models.errors import PermissionDenied
from sync.hq.cli import main
from tests.conftest import NOW


@pytest.fixture
def hq_cli(monkeypatch, capsys):
    """``python -m sync.hq`` in this process: ``hq_cli(url, *argv, stdin="")`` -> (code, out, err)."""

    def run(url, *argv, stdin=""):
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
        code = main(["--database-url", url, *argv])
        out, err = capsys.readouterr()
        return code, out, err

    return run


def test_unit_and_segments_set_and_changed_at_hq_reach_the_pc(hq, hq_cli):
    code = hq.dealership()
    pc = hq.new_device(code)
    url = hq.server.database_url
    done, out, err = hq_cli(
        url,
        "add-user",
        "--dealership",
        code,
        "--username",
        "service1",
        "--name",
        "واحد خدمات",
        "--unit",
        "after_sales",
        "--segment",
        "motorcycle",
        "--segment",
        "commercial",
        stdin="hq-pass-123\n",
    )
    assert done == 0, err
    assert pc.sync().ok
    user = pc.user("service1")
    assert (user.unit, user.segments) == ("after_sales", ("commercial", "motorcycle"))
    # The PC does not edit an account HQ publishes: HQ's next record would undo it.
    admin = pc.user("admin")
    with pc.db.write() as conn, pytest.raises(PermissionDenied):
        users.update_user(conn, admin, user.id, now=NOW, unit="sales")

    done, out, err = hq_cli(
        url,
        "update-user",
        "--dealership",
        code,
        "--username",
        "SERVICE1",
        "--unit",
        "warranty",
        "--all-segments",
    )
    assert done == 0, err
    answer = json.loads(out)
    assert (answer["unit"], answer["segments"], answer["version"]) == ("warranty", [], 2)
    assert pc.sync().ok
    user = pc.user("service1")
    assert (user.unit, user.segments, user.display_name) == ("warranty", (), "واحد خدمات")
    assert users.sign_in(pc.db, "service1", "hq-pass-123", NOW).id == user.id  # password kept

    done, out, err = hq_cli(
        url,
        "update-user",
        "--dealership",
        code,
        "--username",
        "service1",
        "--role",
        "supervisor",
        "--disable",
    )
    assert done == 0, err
    assert pc.sync().ok
    with pc.db.read() as conn:
        changed = users.get_user(conn, user.id)
    assert (changed.role, changed.active, changed.unit) == ("supervisor", False, "warranty")


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (
            ["update-user", "--dealership", "1420", "--username", "nobody", "--unit", "sales"],
            "no user 'nobody'",
        ),
        (["update-user", "--dealership", "1420", "--username", "clerk3", "--unit", "after sales"], "unit"),
        (["update-user", "--dealership", "1420", "--username", "clerk3", "--role", "pilot"], "role must be"),
        (["add-user", "--dealership", "1420", "--username", "clerk4", "--unit", "پذیرش"], "unit"),
    ],
)
def test_bad_input_says_why_and_changes_nothing(tmp_path, hq_cli, argv, message):
    url = f"sqlite:///{tmp_path / 'hq.db'}"
    assert hq_cli(url, "create-dealership", "--code", "1420", "--name", "آرین")[0] == 0
    assert (
        hq_cli(url, "add-user", "--dealership", "1420", "--username", "clerk3", stdin="s3cret-pass\n")[0] == 0
    )
    done, out, err = hq_cli(url, *argv, stdin="s3cret-pass\n")
    assert done == 2
    assert message in err
    assert out == ""


def test_an_unknown_segment_is_refused_by_name(tmp_path, hq_cli):
    url = f"sqlite:///{tmp_path / 'hq.db'}"
    with pytest.raises(SystemExit) as exit_:
        hq_cli(url, "update-user", "--dealership", "1420", "--username", "u", "--segment", "tractor")
    assert exit_.value.code == 2
