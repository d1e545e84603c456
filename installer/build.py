"""Build Pishkhan's packages: the one-folder app, then the .deb (Linux) or the setup.exe (Windows).

Usage (from the project root, with the venv's Python; `make package` does this on Linux):
  python installer/build.py            # bundle + .deb on Linux, bundle + Inno Setup on Windows
  python installer/build.py --no-installer

Outputs, in installer/dist/:
  pishkhan/                           the one-folder app (run pishkhan/pishkhan --smoke --demo)
  pishkhan_<version>_<arch>.deb       Linux: installs into /opt/pishkhan (dpkg-deb)
  pishkhan-<version>-setup.exe        Windows: needs Inno Setup 6 and installer/windows/Persian.isl

The version comes from desktop/__init__.py, as everywhere else.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
INSTALLER = ROOT / "installer"
DIST = INSTALLER / "dist"
WORK = INSTALLER / "build"
BUNDLE = DIST / "pishkhan"
WINDOWS = sys.platform == "win32"

# Shared libraries the bundle leaves to the system (PyInstaller never bundles the C library, the
# OpenGL/EGL drivers or the X and Wayland client libraries), and the Debian packages that
# provide them. A build that finds one not covered here fails: the Depends line would lie.
DEB_DEPENDS = {
    "libc.so.6": "libc6",
    "libm.so.6": "libc6",
    "libdl.so.2": "libc6",
    "libpthread.so.0": "libc6",
    "libresolv.so.2": "libc6",
    "librt.so.1": "libc6",
    "libutil.so.1": "libc6",
    "libGL.so.1": "libgl1",
    "libEGL.so.1": "libegl1",
    "libGLX.so.0": "libglx0",
    "libGLdispatch.so.0": "libglvnd0",
    "libOpenGL.so.0": "libopengl0",
    "libxcb.so.1": "libxcb1",
    # The X11 platform plugin's helpers: PyInstaller bundles the ones the build machine has,
    # and the package depends on the rest.
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libwayland-client.so.0": "libwayland-client0",
    "libwayland-cursor.so.0": "libwayland-cursor0",
    "libwayland-egl.so.1": "libwayland-egl1",
    "libgtk-3.so.0": "libgtk-3-0",
    "libgdk-3.so.0": "libgtk-3-0",
}
# Needed only by optional plugins (the GTK theme, Wayland decorations): recommended, not required.
DEB_OPTIONAL = {"libgtk-3-0", "libwayland-cursor0", "libwayland-egl1"}


def version() -> str:
    text = (ROOT / "desktop" / "__init__.py").read_text(encoding="utf-8")
    found = re.search(r'__version__\s*=\s*"([^"]+)"', text)
    if not found:
        raise SystemExit("no __version__ in desktop/__init__.py")
    return found[1]


def debian_version(pep440: str) -> str:
    """0.2.0 -> 0.2.0; 0.2.0rc1 -> 0.2.0~rc1 (a pre-release sorts before its release)."""
    return re.sub(r"(\d)(a|b|rc|dev)", r"\1~\2", pep440.replace(".dev", "dev"))


def step(text: str) -> None:
    print(f"==> {text}", flush=True)


def run(*args: str | Path, **kwargs: object) -> None:
    subprocess.run([str(a) for a in args], check=True, **kwargs)  # type: ignore[call-overload]


# -- the one-folder app --------------------------------------------------------------------


def check_translations() -> None:
    for lang in ("fa", "en"):
        qm = ROOT / "resources" / "translations" / f"pishkhan_{lang}.qm"
        if not qm.exists():
            raise SystemExit(f"{qm.relative_to(ROOT)} missing: run `make translations` first")


def windows_icon() -> Path:
    """installer/build/pishkhan.ico (for the .exe and the installer), drawn from the SVG icon with Qt."""
    target = WORK / "pishkhan.ico"
    source = ROOT / "resources" / "icons" / "pishkhan.svg"
    WORK.mkdir(parents=True, exist_ok=True)
    if target.exists() and target.stat().st_mtime >= source.stat().st_mtime:
        return target
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PIL import Image
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([])
    renderer = QSvgRenderer(str(source))
    image = QImage(256, 256, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    with tempfile.TemporaryDirectory() as tmp:
        png = Path(tmp) / "icon.png"
        image.save(str(png))
        Image.open(png).save(target, sizes=[(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (256, 256)])
    return target


QT_PROBE = """
import sys
from PySide6.QtCore import QCoreApplication, QObject, Signal
class Probe(QObject):
    said = Signal(object)
app = QCoreApplication([])
probe = Probe()
probe.said.connect(lambda value: None)
before = sys.getrefcount(True), sys.getrefcount(False)
for _ in range(50):
    probe.said.emit(1)
print(sys.getrefcount(True) - before[0], sys.getrefcount(False) - before[1])
"""


def check_qt() -> None:
    """Warn when the PySide6 being bundled loses references on Signal.emit (6.12.0 does).

    Each emit then takes one reference from True; after a few thousand emits the
    interpreter aborts ("bool_dealloc"), which the app reaches within a day at a counter.
    """
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-c", QT_PROBE], capture_output=True, text=True, env=env, check=False
    )
    lost = done.stdout.split()
    if done.returncode != 0 or lost != ["0", "0"]:
        import PySide6

        print(
            f"WARNING: PySide6 {PySide6.__version__} loses a reference to True or False on every"
            f" Signal.emit (probe: {done.stdout.strip() or done.stderr.strip()[-200:]}); the app"
            " will abort after a few thousand emits. Build with another PySide6 (6.11.3 is sound).",
            flush=True,
        )


def bundle() -> Path:
    step("PyInstaller: the one-folder app")
    check_translations()
    check_qt()
    if WINDOWS:
        windows_icon()
    started = time.monotonic()
    run(
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--log-level",
        "WARN",
        "--distpath",
        DIST,
        "--workpath",
        WORK,
        INSTALLER / "pishkhan.spec",
        cwd=ROOT,
    )
    print(f"    built {BUNDLE.relative_to(ROOT)} in {time.monotonic() - started:.0f} s")
    return BUNDLE


# -- Linux: the .deb -----------------------------------------------------------------------


def system_libraries(folder: Path) -> set[str]:
    """Sonames the bundle's binaries load from the system (ldd, bundle folders first)."""
    binaries = [p for p in folder.rglob("*") if p.is_file() and (".so" in p.name or os.access(p, os.X_OK))]
    search = sorted({str(p.parent) for p in binaries if ".so" in p.name})
    env = dict(os.environ, LD_LIBRARY_PATH=":".join(search))
    found: set[str] = set()
    for path in binaries:
        done = subprocess.run(["ldd", str(path)], capture_output=True, text=True, env=env, check=False)
        for line in done.stdout.splitlines():
            parts = line.split()
            if "=>" not in parts or len(parts) < 3:
                continue
            name, target = parts[0], parts[2]
            if target == "not" or not target.startswith(str(folder)):
                found.add(name)
    return found


def glibc_version() -> str:
    done = subprocess.run(["ldd", "--version"], capture_output=True, text=True, check=True)
    found = re.search(r"(\d+\.\d+)\s*$", done.stdout.splitlines()[0])
    return found[1] if found else "2.31"


def deb_arch() -> str:
    return subprocess.run(
        ["dpkg", "--print-architecture"], capture_output=True, text=True, check=True
    ).stdout.strip()


def control(ver: str, size_kb: int, depends: list[str], recommends: list[str]) -> str:
    return (
        "Package: pishkhan\n"
        f"Version: {debian_version(ver)}\n"
        "Section: misc\n"
        "Priority: optional\n"
        f"Architecture: {deb_arch()}\n"
        f"Installed-Size: {size_kb}\n"
        f"Depends: {', '.join(depends)}\n"
        + (f"Recommends: {', '.join(recommends)}\n" if recommends else "")
        + "Maintainer: Pishkhan <support@pishkhan.example>\n"
        "Homepage: https://pishkhan.example\n"
        "Description: the counter: customer relations for car-dealership reception desks\n"
        " Pishkhan is an offline-first CRM for car-dealership reception counters, walk-in\n"
        " service desks and field inspectors, syncing to a headquarters server. Persian\n"
        " first (right to left, Solar Hijri dates), English second.\n"
        " .\n"
        " The program is installed in /opt/pishkhan; each user's database, logs and\n"
        " backups stay in ~/.local/share/Pishkhan and are kept when the package is removed.\n"
    )


def deb(ver: str) -> Path:
    """The .deb: /opt/pishkhan, /usr/bin/pishkhan, a .desktop entry and the icon."""
    step("dpkg-deb: the Linux package")
    needed = system_libraries(BUNDLE)
    unknown = sorted(n for n in needed if n not in DEB_DEPENDS)
    if unknown:
        raise SystemExit(f"the bundle needs system libraries no package in DEB_DEPENDS provides: {unknown}")
    packages = {DEB_DEPENDS[n] for n in needed}
    depends = sorted(f"libc6 (>= {glibc_version()})" if p == "libc6" else p for p in packages - DEB_OPTIONAL)
    recommends = sorted(packages & DEB_OPTIONAL)
    staging = WORK / "deb"
    shutil.rmtree(staging, ignore_errors=True)
    app = staging / "opt" / "pishkhan"
    shutil.copytree(BUNDLE, app, symlinks=True)
    linux = INSTALLER / "linux"
    (staging / "usr" / "bin").mkdir(parents=True)
    (staging / "usr" / "bin" / "pishkhan").symlink_to("/opt/pishkhan/pishkhan")
    for source, target in (
        (linux / "pishkhan.desktop", "usr/share/applications/pishkhan.desktop"),
        (ROOT / "resources" / "icons" / "pishkhan.svg", "usr/share/icons/hicolor/scalable/apps/pishkhan.svg"),
        (linux / "copyright", "usr/share/doc/pishkhan/copyright"),
    ):
        destination = staging / target
        destination.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(source, destination)
    for path in staging.rglob("*"):
        if path.is_symlink():
            continue
        if path.is_dir():
            path.chmod(0o755)
        else:
            path.chmod(
                0o755 if os.access(path, os.X_OK) and path.suffix not in (".py", ".ts", ".qm") else 0o644
            )
    size_kb = sum(p.stat().st_size for p in staging.rglob("*") if p.is_file() and not p.is_symlink()) // 1024
    meta = staging / "DEBIAN"
    meta.mkdir(mode=0o755)
    (meta / "control").write_text(control(ver, size_kb, depends, recommends), encoding="utf-8")
    for script in ("postrm",):
        shutil.copy2(linux / script, meta / script)
        (meta / script).chmod(0o755)
    target = DIST / f"pishkhan_{debian_version(ver)}_{deb_arch()}.deb"
    target.unlink(missing_ok=True)
    # zstd -10: 15 s for 86 MB here, where xz -6 takes 160 s for 72 MB and gzip -9 68 s for 94 MB.
    # dpkg reads zstd since 1.21.18 (Debian 12, Ubuntu 21.10), older than the glibc the bundle needs.
    run("dpkg-deb", "--root-owner-group", "-Zzstd", "-z10", "--threads-max=0", "--build", staging, target)
    shutil.rmtree(staging)
    return target


# -- Windows: Inno Setup -------------------------------------------------------------------


def inno_setup(ver: str) -> Path | None:
    step("Inno Setup: the Windows installer")
    iscc = os.environ.get("ISCC") or shutil.which("iscc")
    for candidate in (
        r"C:\Program Files (x86)\Inno Setup 6\ISCC.exe",
        r"C:\Program Files\Inno Setup 6\ISCC.exe",
    ):
        if not iscc and Path(candidate).exists():
            iscc = candidate
    script = INSTALLER / "windows" / "pishkhan.iss"
    if not iscc:
        print(f"    Inno Setup not found; install it, then run: iscc /DAppVersion={ver} {script}")
        return None
    run(iscc, f"/DAppVersion={ver}", script)
    return DIST / f"pishkhan-{ver}-setup.exe"


# -- main ----------------------------------------------------------------------------------


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--no-installer", action="store_true", help="build only the one-folder app")
    args = parser.parse_args(argv)
    ver = version()
    started = time.monotonic()
    bundle()
    made: list[Path] = []
    if not args.no_installer:
        if WINDOWS:
            setup = inno_setup(ver)
            made += [setup] if setup else []
        elif shutil.which("dpkg-deb"):
            made.append(deb(ver))
        else:
            print("dpkg-deb not found: no .deb (the one-folder app is built)")
    step(f"Pishkhan {ver}, built in {time.monotonic() - started:.0f} s")
    print(f"    {BUNDLE.relative_to(ROOT)}/: {folder_size(BUNDLE) / 1e6:.1f} MB")
    for path in made:
        print(f"    {path.relative_to(ROOT)}: {path.stat().st_size / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
