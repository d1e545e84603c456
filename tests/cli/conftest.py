"""What the command-line tests share."""

import io

import pytest

from desktop.cli.__main__ import main


@pytest.fixture
def cli(monkeypatch, capsys):
    """Run ``python -m desktop.cli`` in this process: ``cli(*argv, stdin="")`` -> (exit code, out, err)."""

    def run(*argv: str, stdin: str = "") -> tuple[int, str, str]:
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
        code = main(list(argv))
        out, err = capsys.readouterr()
        return code, out, err

    return run
