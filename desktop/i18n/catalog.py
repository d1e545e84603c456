"""Read the ``.ts`` catalogues without Qt, for documents and the command line."""

from __future__ import annotations

import functools
import xml.etree.ElementTree as ET

from desktop.paths import resources

LANGUAGES = ("fa", "en")


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for translation in ``context`` without translating it here."""
    return text


@functools.cache
def catalogue(lang: str) -> dict[tuple[str, str], str]:
    """Every finished translation of a language, keyed by (context, source text)."""
    entries: dict[tuple[str, str], str] = {}
    folder = resources() / "translations" / lang
    for path in sorted(folder.glob("*.ts")):
        root = ET.parse(path).getroot()
        for context in root.iter("context"):
            name = context.findtext("name", "")
            for message in context.iter("message"):
                source = message.findtext("source", "")
                node = message.find("translation")
                if node is None or node.get("type") in ("unfinished", "obsolete", "vanished"):
                    continue
                if node.text:
                    entries[(name, source)] = node.text
    return entries


def translate(context: str, text: str, lang: str) -> str:
    """``text`` in ``lang``; the English source when no translation exists."""
    return catalogue(lang).get((context, text), text)
