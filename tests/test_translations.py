"""Every visible string is translated, and the catalogues are up to date with the code."""

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))
import i18n  # noqa: E402


def test_every_persian_message_is_translated():
    missing = i18n.unfinished("fa")
    assert not missing, "untranslated (run `make i18n-update`, then translate):\n" + "\n".join(
        "\t".join(m) for m in missing[:40]
    )


def test_every_english_message_is_present():
    assert not i18n.unfinished("en")


def test_a_message_in_two_catalogue_files_has_one_translation():
    """A string used by two modules sits in both their files; lrelease keeps one copy (and
    says "dropping duplicate messages"), so two different translations would lose one."""
    from collections import defaultdict
    from xml.etree import ElementTree

    for lang in i18n.LANGS:
        found: dict[tuple, set[str]] = defaultdict(set)
        for ts in sorted((i18n.TRANSLATIONS / lang).glob("*.ts")):
            for context in ElementTree.parse(ts).getroot().iter("context"):
                for message in context.iter("message"):
                    key = (context.findtext("name"), message.findtext("source"), message.findtext("comment"))
                    found[key].add(message.findtext("translation") or "")
        assert found, lang
        differ = {key: texts for key, texts in found.items() if len(texts) > 1}
        assert not differ, f"{lang}: {differ}"


def test_catalogues_cover_every_marked_string(tmp_path):
    """lupdate over the current code finds nothing the committed catalogues lack."""
    copy = tmp_path / "translations"
    shutil.copytree(i18n.TRANSLATIONS, copy)
    original = i18n.TRANSLATIONS
    try:
        i18n.TRANSLATIONS = copy
        i18n.update()
    finally:
        i18n.TRANSLATIONS = original
    new = {(ts, ctx, src) for ts, ctx, src in i18n.unfinished("fa")}
    i18n.TRANSLATIONS = copy
    try:
        stale = i18n.unfinished("fa")
    finally:
        i18n.TRANSLATIONS = original
    assert not stale, "strings in the code that the catalogues lack (run `make i18n-update`):\n" + "\n".join(
        "\t".join(m) for m in stale[:40]
    )
    assert not new


def test_compiled_catalogues_load(qapp):
    from PySide6.QtCore import QCoreApplication

    from desktop.views import i18n as view_i18n

    subprocess.run([sys.executable, str(ROOT / "tools" / "i18n.py"), "build"], check=True)
    view_i18n.install(qapp, "fa")
    try:
        assert QCoreApplication.translate("Labels", "Complaint") == "شکایت"
        assert QCoreApplication.translate("Screens", "Counter") == "پذیرش"
    finally:
        view_i18n.install(qapp, "en")
    assert QCoreApplication.translate("Labels", "Complaint") == "Complaint"


def test_qt_free_catalogue_reader():
    from desktop.i18n import labels

    assert labels.label("category", "warranty", "fa") == "گارانتی"
    assert labels.label("category", "warranty", "en") == "Warranty"
