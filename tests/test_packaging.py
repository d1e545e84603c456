"""The packages `make package` builds (installer/dist/), and the deployment files beside them.

The frozen program is run from a temporary folder, away from the source tree, so that
everything it finds comes from the bundle. Skipped when nothing was built, except in CI
(``PISHKHAN_REQUIRE_PACKAGE=1``), where .ci/run builds the packages first.
"""

from __future__ import annotations

import ast
import configparser
import os
import re
import shutil
import sqlite3
import statistics
import subprocess
import sys
from pathlib import Path

import pytest

from desktop import __version__

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "installer" / "dist"
BUNDLE = DIST / "pishkhan"
PROGRAM = BUNDLE / ("pishkhan.exe" if sys.platform == "win32" else "pishkhan")
INTERNAL = BUNDLE / "_internal"
OURS = ("desktop", "reports", "sync")

pytestmark = pytest.mark.slow

sys.path.insert(0, str(ROOT / "installer"))
import build  # noqa: E402 - installer/build.py, the build script


def _missing(what: str) -> None:
    if os.environ.get("PISHKHAN_REQUIRE_PACKAGE"):
        pytest.fail(f"{what} was not built: run `make package` first")
    pytest.skip(f"{what} not built (make package)")


@pytest.fixture(scope="module")
def program() -> Path:
    if not PROGRAM.exists():
        _missing("the frozen app")
    return PROGRAM


def run(program: Path, tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV"))}
    env.update(QT_QPA_PLATFORM="offscreen", PISHKHAN_DATA_DIR=str(tmp_path / "data"))
    return subprocess.run(
        [str(program), *args], capture_output=True, text=True, cwd=tmp_path, env=env, timeout=300
    )


def our_modules() -> dict[str, Path]:
    """Every module of the desktop program's packages (not HQ's server, not the migrations)."""
    found = {}
    for top in OURS:
        for path in (ROOT / top).rglob("*.py"):
            parts = path.relative_to(ROOT).with_suffix("").parts
            if "migrations" in parts or parts[:2] == ("sync", "hq"):
                continue
            name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
            found[name] = path
    return found


def frozen_modules(program: Path) -> set[str]:
    from PyInstaller.archive.readers import CArchiveReader

    return set(CArchiveReader(str(program)).open_embedded_archive("PYZ.pyz").toc)


# -- the frozen program --------------------------------------------------------------------


def test_the_frozen_program_starts_signs_in_and_paints(program, tmp_path):
    first = run(program, tmp_path, "--smoke", "--demo")
    assert first.returncode == 0, first.stderr[-2000:]
    assert re.fullmatch(r"startup_ms=\d+\n", first.stdout), first.stdout
    figures = []
    for _ in range(3):
        again = run(program, tmp_path, "--smoke", "--demo")
        assert again.returncode == 0, again.stderr[-2000:]
        figures.append(int(again.stdout.removeprefix("startup_ms=")))
    print(f"frozen: first start, with the demo fill: {first.stdout.strip()}")
    print(f"frozen: then startup_ms {figures}, median {statistics.median(figures)}")


def test_version_comes_from_the_one_place(program, tmp_path):
    done = run(program, tmp_path, "--version")
    assert done.stdout.strip() == f"Pishkhan {__version__}"


def test_the_program_runs_through_a_symlink_as_usr_bin_pishkhan(program, tmp_path):
    if sys.platform == "win32":
        pytest.skip("the .deb's /usr/bin/pishkhan symlink is Linux only")
    link = tmp_path / "bin" / "pishkhan"
    link.parent.mkdir()
    link.symlink_to(program)
    assert run(link, tmp_path, "--version").stdout.strip() == f"Pishkhan {__version__}"


def test_every_resource_and_migration_is_in_the_bundle(program):
    for folder, inside in (
        (ROOT / "resources", INTERNAL / "resources"),
        (ROOT / "desktop" / "models" / "migrations", INTERNAL / "desktop" / "models" / "migrations"),
    ):
        for path in folder.rglob("*"):
            if path.is_dir() or "__pycache__" in path.parts:
                continue
            copy = inside / path.relative_to(folder)
            assert copy.is_file(), f"{copy.relative_to(BUNDLE)} missing from the bundle"
            assert copy.stat().st_size == path.stat().st_size, f"{copy.relative_to(BUNDLE)} differs: rebuild"


def test_every_module_of_ours_is_frozen(program):
    """Screens, pages, commands and fillers are imported by name: each must be in the bundle."""
    frozen = frozen_modules(program)
    missing = sorted(set(our_modules()) - frozen)
    assert not missing, f"not in the bundle (stale build or a new package to collect): {missing}"


def test_every_library_our_code_imports_is_frozen(program):
    """A library imported by our code but not installed when the bundle was built is absent from it."""
    frozen = frozen_modules(program)
    binaries = {p.name.split(".")[0] for p in INTERNAL.rglob("*") if p.suffix in (".so", ".pyd")}
    wanted: dict[str, str] = {}
    for name, path in our_modules().items():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        skipped = {
            id(node)
            for block in ast.walk(tree)
            if isinstance(block, ast.If) and "TYPE_CHECKING" in ast.unparse(block.test)
            for inner in block.body
            for node in ast.walk(inner)
        }
        for node in ast.walk(tree):
            if id(node) in skipped:
                continue
            if isinstance(node, ast.Import):
                tops = [alias.name.split(".")[0] for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                tops = [node.module.split(".")[0]]
            else:
                continue
            for top in tops:
                if top not in sys.stdlib_module_names and top not in OURS:
                    wanted.setdefault(top, name)
    absent = {
        top: by
        for top, by in wanted.items()
        if top not in frozen and not any(m.startswith(top + ".") for m in frozen) and top not in binaries
    }
    assert not absent, (
        "imported by our code but not in the bundle (add it to pyproject's dependencies): "
        + ", ".join(f"{top} (by {by})" for top, by in sorted(absent.items()))
    )


def test_the_frozen_program_upgrades_an_old_database_after_a_backup(program, tmp_path, now):
    from desktop.models import dealership
    from desktop.models.db import SCHEMA_HEAD, Database

    path = tmp_path / "old.db"
    old = Database(path)
    old.migrate("0001")
    with old.write() as conn:
        dealership.setup(
            conn, code="1420", name="آرین", admin_username="admin", admin_password="pass-pass-1", now=now
        )
    old.close()
    done = run(program, tmp_path, "--smoke", "--db", str(path))
    assert done.returncode == 0, done.stderr[-2000:]
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == SCHEMA_HEAD
    conn.close()
    backups = list((tmp_path / "backups").glob("pishkhan-*-upgrade.db"))
    assert len(backups) == 1
    with sqlite3.connect(backups[0]) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0001"
    conn.close()


def test_the_frozen_command_line_backs_up_and_restores(program, tmp_path):
    db = tmp_path / "pc.db"
    command = ["setup", "--dealership-code", "1420", "--dealership-name", "آرین", "--admin-user", "admin"]
    setup = subprocess.run(
        [str(program), "cli", "--db", str(db), *command],
        input="pass-pass-1\n",
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=300,
        env=dict(os.environ, PISHKHAN_DATA_DIR=str(tmp_path / "data")),
    )
    assert setup.returncode == 0, setup.stderr
    made = run(program, tmp_path, "cli", "--db", str(db), "backup", "--to", str(tmp_path / "usb"))
    assert made.returncode == 0, made.stderr
    file = next((tmp_path / "usb").glob("pishkhan-*-manual.db"))
    back = run(program, tmp_path, "cli", "--db", str(db), "restore", str(file))
    assert back.returncode == 0, back.stderr
    assert "kept as" in back.stdout


# -- the .deb ----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def deb() -> Path:
    if sys.platform != "linux" or not shutil.which("dpkg-deb"):
        pytest.skip("the .deb is built on Debian-like Linux")
    found = sorted(DIST.glob("pishkhan_*.deb"))
    if not found:
        _missing("the .deb")
    return found[-1]


def test_the_deb_says_what_it_is(deb):
    def field(name: str) -> str:
        return subprocess.run(
            ["dpkg-deb", "-f", str(deb), name], capture_output=True, text=True
        ).stdout.strip()

    assert field("Package") == "pishkhan"
    assert field("Version") == build.debian_version(__version__)
    assert field("Architecture") == build.deb_arch()
    assert re.match(r"libc6 \(>= \d+\.\d+\)", field("Depends"))


def test_the_deb_installs_the_bundle_the_entry_and_the_icon(deb):
    listing = subprocess.run(["dpkg-deb", "-c", str(deb)], capture_output=True, text=True).stdout
    paths = {line.split(None, 5)[5] for line in listing.splitlines()}
    for expected in (
        "./opt/pishkhan/pishkhan",
        "./opt/pishkhan/_internal/resources/fonts/Vazirmatn-Regular.ttf",
        "./opt/pishkhan/_internal/resources/translations/pishkhan_fa.qm",
        "./opt/pishkhan/_internal/desktop/models/migrations/env.py",
        "./usr/bin/pishkhan -> /opt/pishkhan/pishkhan",
        "./usr/share/applications/pishkhan.desktop",
        "./usr/share/icons/hicolor/scalable/apps/pishkhan.svg",
        "./usr/share/doc/pishkhan/copyright",
    ):
        assert expected in paths, expected
    assert all(p.startswith(("./opt/pishkhan", "./usr/")) or p in ("./", "./opt/") for p in paths)
    owners = {tuple(line.split()[1].split("/")) for line in listing.splitlines()}
    assert owners == {("root", "root")}


def test_the_desktop_entry_starts_the_installed_program():
    entry = configparser.ConfigParser(interpolation=None, strict=True)
    entry.optionxform = str  # type: ignore[assignment, method-assign]
    entry.read(ROOT / "installer" / "linux" / "pishkhan.desktop", encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Type"] == "Application"
    assert section["Exec"] == "/opt/pishkhan/pishkhan"
    assert section["Icon"] == "pishkhan"
    assert section["Name[fa]"] == "پیشخوان"
    if shutil.which("desktop-file-validate"):
        done = subprocess.run(
            ["desktop-file-validate", str(ROOT / "installer" / "linux" / "pishkhan.desktop")],
            capture_output=True,
            text=True,
        )
        assert done.returncode == 0, done.stdout + done.stderr


@pytest.mark.parametrize(
    ("pep440", "debian"), [("0.1.0", "0.1.0"), ("1.2.0rc1", "1.2.0~rc1"), ("2.0.0b3", "2.0.0~b3")]
)
def test_debian_versions_sort_pre_releases_first(pep440, debian):
    assert build.debian_version(pep440) == debian


# -- Windows and HQ files (checked here; built and run elsewhere) ---------------------------------


def test_the_windows_installer_is_per_machine_bilingual_and_keeps_data():
    script = (ROOT / "installer" / "windows" / "pishkhan.iss").read_text(encoding="utf-8-sig")
    assert "PrivilegesRequired=admin" in script
    assert re.search(r'^Name: "fa"; MessagesFile: "Persian.isl"$', script, re.M)
    assert re.search(r'^Name: "en"; MessagesFile: "compiler:Default.isl"$', script, re.M)
    assert re.search(r"^Name: \"\{autoprograms\}\\", script, re.M)
    assert "AppVersion={#AppVersion}" in script
    section = script.split("[UninstallDelete]", 1)[1].split("\n[", 1)[0]
    removed = "\n".join(line for line in section.splitlines() if not line.startswith(";"))
    assert "{app}" in removed
    assert not re.search(r"\{(localappdata|userappdata|commonappdata|userdocs)\}", removed)


def test_the_hq_unit_runs_the_real_command_line():
    unit = (ROOT / "installer" / "hq" / "pishkhan-hq.service").read_text(encoding="utf-8")
    command = " ".join(unit.split("ExecStart=", 1)[1].split("\n", 3)[:3]).replace("\\", " ")
    options = re.findall(r"(--[a-z-]+)", command)
    assert "-m sync.hq serve" in command
    assert "--workers" in options
    assert "EnvironmentFile=/etc/pishkhan-hq/pishkhan-hq.env" in unit
    helped = subprocess.run(
        [sys.executable, "-m", "sync.hq", "serve", "--help"], capture_output=True, text=True, cwd=ROOT
    )
    assert helped.returncode == 0, helped.stderr
    for option in options:
        assert option in helped.stdout, f"the unit passes {option}, which serve does not take"
    env = (ROOT / "installer" / "hq" / "pishkhan-hq.env").read_text(encoding="utf-8")
    for name in re.findall(r"\$\{(\w+)\}", command):
        assert re.search(rf"^{name}=", env, re.M), f"the unit uses ${{{name}}}, which the env file lacks"
    assert re.search(r"^PISHKHAN_HQ_DATABASE_URL=postgresql\+psycopg://", env, re.M)
    assert re.search(r"^PISHKHAN_HQ_ENVIRONMENT=production$", env, re.M)
