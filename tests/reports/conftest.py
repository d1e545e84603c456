"""Reading documents back as a person (or a script) would: text and pixels."""

from __future__ import annotations

import re
import subprocess
import unicodedata
from pathlib import Path

import pytest

from tests import tools

_CONTROLS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def pdf_text(pdf: bytes, tmp_path: Path) -> str:
    """pdftotext of a PDF after NFKC, without bidi controls, spaces collapsed, «ۀ» as stored."""
    tools.require("pdftotext")
    path = tmp_path / "doc.pdf"
    path.write_bytes(pdf)
    out = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True
    ).stdout.decode("utf-8")
    text = _CONTROLS.sub("", unicodedata.normalize("NFKC", out))
    # «هٔ» is drawn as the one letter «ۀ»; stored text spells it as heh + hamza above.
    text = text.replace("\u06c0", "\u0647\u0654")
    return re.sub(r"[ \t]+", " ", text)


def squash(text: str) -> str:
    """Text without spaces: pdftotext guesses the spaces around numbers in Persian lines."""
    return re.sub(r"\s+", "", text)


def page_count(pdf: bytes) -> int:
    from reports import raster

    return len(raster.page_sizes(pdf))


@pytest.fixture
def text_of(tmp_path):
    return lambda pdf: pdf_text(pdf, tmp_path)
