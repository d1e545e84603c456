"""Tests needing pdftotext skip on a newcomer's PC without it, and fail in CI."""

import shutil

import pytest

from tests import tools


@pytest.fixture
def no_pdftotext(monkeypatch):
    real = shutil.which
    monkeypatch.setattr(shutil, "which", lambda name: None if name == "pdftotext" else real(name))
    monkeypatch.delenv("CI", raising=False)
    monkeypatch.delenv("PISHKHAN_REQUIRE_POSTGRES", raising=False)


def test_missing_tool_skips_with_what_to_install(no_pdftotext):
    with pytest.raises(pytest.skip.Exception, match="sudo apt-get install poppler-utils"):
        tools.require("pdftotext")


@pytest.mark.parametrize(("name", "value"), [("CI", "true"), ("PISHKHAN_REQUIRE_POSTGRES", "1")])
def test_missing_tool_fails_in_ci(no_pdftotext, monkeypatch, name, value):
    monkeypatch.setenv(name, value)
    with pytest.raises(pytest.fail.Exception, match="required in CI"):
        tools.require("pdftotext")


def test_a_present_tool_passes(monkeypatch):
    monkeypatch.setattr(shutil, "which", lambda name: "/usr/bin/" + name)
    tools.require("pdftotext")
