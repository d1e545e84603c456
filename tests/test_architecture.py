"""The layering DESIGN.md asks for, checked on the source."""

import ast
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


@pytest.mark.parametrize("package", ["desktop/models", "sync", "reports", "desktop/i18n", "desktop/cli"])
def test_qt_free_packages_import_no_qt_and_no_views(package):
    folder = ROOT / package
    if not folder.exists():
        pytest.skip(f"{package} not written yet")
    for path in folder.rglob("*.py"):
        for name in _imports(path):
            assert not name.startswith("PySide6"), f"{path} imports {name}"
            assert not name.startswith("desktop.views"), f"{path} imports {name}"


def test_the_model_layer_runs_without_qt_installed_in_the_process():
    code = (
        "import sys, importlib, pkgutil, desktop.models as m\n"
        "for info in pkgutil.walk_packages(m.__path__, 'desktop.models.'):\n"
        "    if '.migrations' not in info.name: importlib.import_module(info.name)\n"
        "assert not any(k.startswith('PySide6') for k in sys.modules), 'Qt was imported'\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)


def test_views_never_write_sql():
    for path in (ROOT / "desktop" / "views").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        for word in ("exec_driver_sql", "SELECT ", "INSERT INTO", "UPDATE ", "DELETE FROM"):
            assert word not in text, f"{path} contains {word!r}: views call the model layer"


def test_hq_server_does_not_import_views():
    folder = ROOT / "sync"
    if not folder.exists():
        pytest.skip("sync not written yet")
    for path in folder.rglob("*.py"):
        assert not any(n.startswith(("desktop.views", "PySide6")) for n in _imports(path)), path


def test_every_projector_module_is_loaded_before_a_fold():
    """Events pulled from HQ must reach their projection even if no screen imported it."""
    from desktop.models import events

    for path in (ROOT / "desktop" / "models").rglob("*.py"):
        if "@events.projector(" in path.read_text(encoding="utf-8"):
            module = ".".join(path.relative_to(ROOT).with_suffix("").parts)
            assert module in events.PROJECTOR_MODULES, f"add {module} to events.PROJECTOR_MODULES"
