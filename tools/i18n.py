"""Translation catalogues: extract, check, fill and compile.

Usage (from the project root, with the venv's Python):
  python tools/i18n.py update [FILE.py ...]  # run lupdate: one .ts per source file, fa and en
  python tools/i18n.py missing         # list Persian messages still untranslated (exit 1 if any)
  python tools/i18n.py fill FILE.json  # set Persian translations: {"context": {"source": "فارسی"}}
  python tools/i18n.py build           # compile resources/translations/pishkhan_{fa,en}.qm

Each source file with marked strings owns ``resources/translations/<lang>/<name>.ts``
(``desktop.views.counter`` -> ``desktop.views.counter.ts``), so people working on
different screens never edit the same catalogue. English is the source language: the
``en`` catalogue repeats the source text unless someone words it better.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
SOURCES = ("desktop", "reports", "sync")
LANGS = ("fa", "en")
MARKERS = re.compile(r"\.tr\(|\btranslate\(\s*\"|QT_TRANSLATE_NOOP\(\s*\"")


def _tool(name: str) -> str:
    exe = Path(sys.executable).with_name(name)
    found = str(exe) if exe.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install PySide6 in this environment")
    return found


def source_files() -> list[Path]:
    files = []
    for top in SOURCES:
        for path in sorted((ROOT / top).rglob("*.py")):
            if "migrations" in path.parts:
                continue
            if MARKERS.search(path.read_text(encoding="utf-8")):
                files.append(path)
    return files


def catalogue_name(path: Path) -> str:
    rel = path.relative_to(ROOT).with_suffix("")
    return ".".join(rel.parts) + ".ts"


def update(only: list[str] | None = None) -> None:
    """Re-extract the catalogues (all, or only those of the source files in ``only``)."""
    wanted = set()
    chosen = {Path(p).resolve() for p in only} if only else None
    for path in source_files():
        if chosen is not None and path not in chosen:
            wanted.add(catalogue_name(path))
            continue
        name = catalogue_name(path)
        wanted.add(name)
        for lang in LANGS:
            ts = TRANSLATIONS / lang / name
            ts.parent.mkdir(parents=True, exist_ok=True)
            subprocess.run(
                [
                    _tool("pyside6-lupdate"),
                    str(path),
                    "-ts",
                    str(ts),
                    "-no-obsolete",
                    "-locations",
                    "none",
                    "-target-language",
                    lang,
                    "-silent",
                ],
                check=True,
            )
            if ET.parse(ts).getroot().find(".//message") is None:
                ts.unlink()
                wanted.discard(name)
                continue
            if lang == "en":
                _fill_english(ts)
    for lang in LANGS:
        for ts in (TRANSLATIONS / lang).glob("*.ts"):
            if ts.name not in wanted:
                ts.unlink()


def _fill_english(ts: Path) -> None:
    tree = ET.parse(ts)
    changed = False
    for message in tree.getroot().iter("message"):
        node = message.find("translation")
        if node is not None and node.get("type") == "unfinished":
            node.text = message.findtext("source", "")
            del node.attrib["type"]
            changed = True
    if changed:
        _write(tree, ts)


def _write(tree: ET.ElementTree, ts: Path) -> None:
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


def unfinished(lang: str = "fa") -> list[tuple[str, str, str]]:
    """(catalogue, context, source) of every message without a finished translation."""
    missing = []
    for ts in sorted((TRANSLATIONS / lang).glob("*.ts")):
        for context in ET.parse(ts).getroot().iter("context"):
            name = context.findtext("name", "")
            for message in context.iter("message"):
                node = message.find("translation")
                if node is None or node.get("type") == "unfinished" or not (node.text or "").strip():
                    if node is not None and node.get("type") == "vanished":
                        continue
                    missing.append((ts.name, name, message.findtext("source", "")))
    return missing


def fill(mapping_file: Path, lang: str = "fa") -> int:
    """Write translations from ``{"context": {"source": "translation"}}`` into every catalogue."""
    mapping: dict[str, dict[str, str]] = json.loads(mapping_file.read_text(encoding="utf-8"))
    count = 0
    for ts in sorted((TRANSLATIONS / lang).glob("*.ts")):
        tree = ET.parse(ts)
        changed = False
        for context in tree.getroot().iter("context"):
            texts = mapping.get(context.findtext("name", ""), {})
            for message in context.iter("message"):
                source = message.findtext("source", "")
                node = message.find("translation")
                stale = node is not None and (
                    node.text != texts.get(source) or node.get("type") == "unfinished"
                )
                if source in texts and node is not None and stale:
                    node.text = texts[source]
                    node.attrib.pop("type", None)
                    changed = True
                    count += 1
        if changed:
            _write(tree, ts)
    return count


def build() -> None:
    for lang in LANGS:
        files = sorted(str(p) for p in (TRANSLATIONS / lang).glob("*.ts"))
        target = TRANSLATIONS / f"pishkhan_{lang}.qm"
        if not files:
            continue
        subprocess.run([_tool("pyside6-lrelease"), "-silent", *files, "-qm", str(target)], check=True)


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__)
        return 2
    if argv[0] == "update":
        update(argv[1:] or None)
    elif argv[0] == "missing":
        gaps = unfinished("fa")
        for ts, context, source in gaps:
            print(f"{ts}\t{context}\t{source}")
        return 1 if gaps else 0
    elif argv[0] == "fill" and len(argv) == 2:
        print(f"{fill(Path(argv[1]))} translations written")
    elif argv[0] == "build":
        build()
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
