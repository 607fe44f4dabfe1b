"""Build the self-contained CX Designer application folder with PyInstaller.

    .venv/bin/python packaging/build.py [--dist DIR] [--work DIR] [--archive] [--clean]

Linux and Windows get ``DIST/cxdesigner/`` (the executable, ``_internal/``; on Linux also
``install.sh``), macOS gets ``DIST/CX Designer.app`` as well. The size of the result and the
build time are printed at the end. See packaging/README.md.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import shutil
import subprocess
import sys
import tarfile
import time
from pathlib import Path

from bundle_recipe import package_version  # packaging/ is the script's folder

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SPEC = HERE / "cxdesigner.spec"
APP_NAME = "cxdesigner"

# Linux: PyInstaller reads binaries with ldd and objdump and writes the executable with objcopy.
LINUX_TOOLS = {"ldd": "libc-bin", "objdump": "binutils", "objcopy": "binutils"}


class BuildError(RuntimeError):
    """The build cannot run or did not produce the expected folder."""


def check_tools() -> None:
    """Fail early, with the fix, when PyInstaller or a system tool it calls is missing."""
    if importlib.util.find_spec("PyInstaller") is None:
        raise BuildError(
            "PyInstaller is not installed in this interpreter; run\n"
            f"  {sys.executable} -m pip install -c constraints.txt -e '.[package]'")
    if sys.platform.startswith("linux"):
        missing = {deb for tool, deb in LINUX_TOOLS.items() if shutil.which(tool) is None}
        if missing:
            raise BuildError("missing system tools; install the Debian packages: "
                             + " ".join(sorted(missing)))


def folder_size(folder: Path) -> tuple[int, int]:
    """Total bytes and number of files under ``folder`` (symbolic links counted once, small)."""
    total = count = 0
    for dirpath, _dirnames, filenames in os.walk(folder):
        for name in filenames:
            total += os.lstat(os.path.join(dirpath, name)).st_size
            count += 1
    return total, count


def megabytes(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB"


def run_pyinstaller(dist: Path, work: Path, clean: bool) -> None:
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
               "--distpath", str(dist), "--workpath", str(work)]
    if clean:
        command.append("--clean")
    command.append(str(SPEC))
    print("[build] " + " ".join(command), flush=True)
    result = subprocess.run(command, cwd=ROOT, check=False)
    if result.returncode != 0:
        raise BuildError(f"PyInstaller failed (exit {result.returncode})")


def add_linux_files(app: Path) -> None:
    """Put the desktop installer beside the executable."""
    target = app / "install.sh"
    shutil.copyfile(HERE / "linux" / "install.sh", target)
    target.chmod(0o755)
    shutil.copyfile(HERE / "linux" / "README.txt", app / "README.txt")


def make_archive(app: Path) -> Path:
    """A ``.tar.gz`` (Linux, macOS: keeps permissions and links) or ``.zip`` (Windows)."""
    version = package_version(ROOT)
    base = app.parent / f"{APP_NAME}-{version}-{platform_tag()}"
    if sys.platform == "win32":
        return Path(shutil.make_archive(str(base), "zip", app.parent, app.name))
    archive = base.with_name(base.name + ".tar.gz")
    with tarfile.open(archive, "w:gz", compresslevel=6) as tar:
        tar.add(app, arcname=f"{APP_NAME}-{version}")
    return archive


def find_iscc() -> str | None:
    """Inno Setup's command-line compiler: on the PATH or where its installer puts it."""
    found = shutil.which("iscc")
    if found:
        return found
    local = os.environ.get("LOCALAPPDATA")
    bases = [os.environ.get("PROGRAMFILES(X86)"), os.environ.get("PROGRAMFILES"),
             os.path.join(local, "Programs") if local else None]
    for base in bases:
        if base and (Path(base) / "Inno Setup 6" / "ISCC.exe").is_file():
            return str(Path(base) / "Inno Setup 6" / "ISCC.exe")
    return None


def make_installer(dist: Path) -> None:
    """Windows: compile the Inno Setup script; macOS: pack the .app into a .dmg."""
    if sys.platform == "win32":
        iscc = find_iscc()
        if iscc is None:
            raise BuildError("Inno Setup 6 (its ISCC.exe compiler) is not installed")
        command = [iscc, f"/DAppVersion={package_version(ROOT)}", f"/DDistDir={dist}",
                   str(HERE / "windows" / "cxdesigner.iss")]
    elif sys.platform == "darwin":
        command = ["bash", str(HERE / "macos" / "make_dmg.sh"), str(dist)]
    else:
        raise BuildError(f"no installer recipe for {sys.platform}")
    print("[build] " + " ".join(command), flush=True)
    if subprocess.run(command, cwd=ROOT, check=False).returncode != 0:
        raise BuildError("the installer step failed")


def platform_tag() -> str:
    import platform

    machine = platform.machine().lower() or "unknown"
    system = {"win32": "windows", "darwin": "macos"}.get(sys.platform, "linux")
    return f"{system}-{machine}"


def main(argv: list[str] | None = None) -> int:
    """Build; returns the exit code."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist",
                        help="where the application folder goes (default: dist/)")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "pyinstaller",
                        help="PyInstaller's working folder (default: build/pyinstaller/)")
    parser.add_argument("--archive", action="store_true",
                        help="also pack the folder into a .tar.gz (.zip on Windows)")
    parser.add_argument("--installer", action="store_true",
                        help="also make the installer: Inno Setup (Windows), .dmg (macOS); "
                             "on Linux the same as --archive")
    parser.add_argument("--clean", action="store_true",
                        help="empty PyInstaller's caches first (slower, for release builds)")
    options = parser.parse_args(argv)
    dist: Path = options.dist.resolve()
    work: Path = options.work.resolve()

    started = time.monotonic()
    try:
        check_tools()
        run_pyinstaller(dist, work, options.clean)
        app = dist / APP_NAME
        if not (app / (APP_NAME + (".exe" if sys.platform == "win32" else ""))).is_file():
            raise BuildError(f"PyInstaller did not produce {app}")
        if sys.platform.startswith("linux"):
            add_linux_files(app)
    except BuildError as error:
        print(f"[build] error: {error}", file=sys.stderr)
        return 1
    elapsed = time.monotonic() - started

    size, count = folder_size(app)
    print(f"[build] application folder: {app}")
    print(f"[build] size: {megabytes(size)} in {count} files")
    if sys.platform == "darwin":
        bundle = dist / "CX Designer.app"
        print(f"[build] macOS application: {bundle} ({megabytes(folder_size(bundle)[0])})")
    print(f"[build] built in {elapsed:.0f} s")
    linux = sys.platform.startswith("linux")
    if options.archive or (options.installer and linux):
        archive = make_archive(app)
        print(f"[build] archive: {archive} ({megabytes(archive.stat().st_size)})")
    if options.installer and not linux:
        try:
            make_installer(dist)
        except BuildError as error:
            print(f"[build] error: {error}", file=sys.stderr)
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
