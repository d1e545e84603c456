"""The windowed Windows program prints --version and startup_ms to the console it ran from."""

import io
import os
import sys

import pytest

from desktop.console import ensure_streams


class Opened:
    def __init__(self):
        self.paths = []

    def __call__(self, path, mode, **kwargs):
        self.paths.append((path, mode))
        return io.StringIO()


@pytest.fixture
def windowed(monkeypatch):
    """sys.stdout/stderr/stdin as PyInstaller >= 5.7 leaves them in a windowed program.

    Set inside the test (pytest's capture puts its own streams back between the fixtures
    and the test); monkeypatch restores the real ones afterwards.
    """

    def make():
        for name in ("stdout", "stderr", "stdin"):
            monkeypatch.setattr(sys, name, None)

    return make


def test_attaches_to_the_parent_console_on_windows(windowed):
    windowed()
    opener = Opened()
    assert ensure_streams(platform="win32", attach=lambda: True, opener=opener) == "console"
    assert opener.paths == [("CONOUT$", "w"), ("CONIN$", "r")]
    assert sys.stdout is sys.stderr
    print("startup_ms=900")
    assert sys.stdout.getvalue() == "startup_ms=900\n"


def test_without_a_parent_console_output_goes_to_the_null_device(windowed):
    windowed()
    opener = Opened()
    assert ensure_streams(platform="win32", attach=lambda: False, opener=opener) == "null"
    assert opener.paths == [(os.devnull, "w")]
    assert sys.stdout is not None
    assert sys.stdin is None


def test_a_failing_attach_is_like_no_console(windowed):
    windowed()

    def attach():
        raise OSError("no console")

    assert ensure_streams(platform="win32", attach=attach, opener=Opened()) == "null"


def test_redirected_streams_are_kept(monkeypatch):
    out = io.StringIO()
    monkeypatch.setattr(sys, "stdout", out)
    monkeypatch.setattr(sys, "stderr", out)
    called = []
    assert ensure_streams(platform="win32", attach=lambda: called.append(1) or True) == "kept"
    assert not called
    assert sys.stdout is out


def test_other_systems_never_attach(windowed):
    windowed()
    called = []
    attach = lambda: called.append(1) or True  # noqa: E731
    assert ensure_streams(platform="linux", attach=attach, opener=Opened()) == "null"
    assert not called


def test_version_prints_through_the_attached_console(windowed):
    windowed()
    from desktop.app import build_parser

    ensure_streams(platform="win32", attach=lambda: True, opener=Opened())
    with pytest.raises(SystemExit):
        build_parser().parse_args(["--version"])
    assert sys.stdout.getvalue().startswith("Pishkhan ")
