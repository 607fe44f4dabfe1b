"""The Windows and macOS packaging recipes, run as far as Linux allows: the scripts checked,
the installer steps run dry, the data the recipes name present and consistent with Linux's.

Nothing here builds an installer: Inno Setup and hdiutil run only on their own systems."""

from __future__ import annotations

import importlib.util
import plistlib
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from collections.abc import Iterator
from pathlib import Path, PureWindowsPath
from types import ModuleType

import pytest

from cxdesigner import __version__

both = pytest.mark.simulates
ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
ISS = PACKAGING / "windows" / "cxdesigner.iss"
MAKE_DMG = PACKAGING / "macos" / "make_dmg.sh"
LINUX_MIME = ROOT / "resources" / "linux" / "cxdesigner.xml"


@pytest.fixture(scope="module")
def recipe() -> Iterator[object]:
    """``packaging/bundle_recipe.py`` and ``build.py``, imported as PyInstaller and the build
    script do (their folder on ``sys.path``)."""
    sys.path.insert(0, str(PACKAGING))  # build.py imports bundle_recipe
    try:
        yield tuple(_load(name) for name in ("bundle_recipe", "build"))
    finally:
        sys.path.remove(str(PACKAGING))


def _load(name: str) -> ModuleType:
    """A script of packaging/, under a name no installed package has (PyPI has a "build")."""
    spec = importlib.util.spec_from_file_location(f"packaging_{name}", PACKAGING / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _linux_mime_type() -> tuple[str, str]:
    """The MIME type and extension of a project, as the Linux desktop files declare them."""
    root = ElementTree.parse(LINUX_MIME).getroot()
    namespace = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    mime = root.find("m:mime-type", namespace)
    assert mime is not None
    glob = mime.find("m:glob", namespace)
    assert glob is not None
    return mime.attrib["type"], glob.attrib["pattern"].removeprefix("*.")


def _iss_define(name: str) -> str:
    found = re.search(rf'#define {name} "([^"]*)"', ISS.read_text(encoding="utf-8"))
    assert found, name
    return found.group(1)


def _iss_expanded() -> str:
    """The Inno Setup script with its ``{#Name}`` constants replaced, as its preprocessor
    does."""
    text = ISS.read_text(encoding="utf-8")
    defines = dict(re.findall(r'#define (\w+) "([^"]*)"', text))
    return re.sub(r"\{#(\w+)\}", lambda found: defines.get(found.group(1), found.group(0)),
                  text)


@both("macOS", "the disk image script passes shellcheck, and off macOS stops at once saying "
               "what it needs")
def test_make_dmg_script(tmp_path: Path) -> None:
    shellcheck = shutil.which("shellcheck")
    if shellcheck is None:
        pytest.fail("shellcheck is missing: install the Debian package shellcheck "
                    "(scripts/setup.sh --test does)")
    checked = subprocess.run([shellcheck, "--shell=bash", str(MAKE_DMG)], capture_output=True,
                             text=True, check=False)
    assert checked.returncode == 0, checked.stdout
    without_app = subprocess.run(["bash", str(MAKE_DMG), str(tmp_path)], capture_output=True,
                                 text=True, check=False)
    assert without_app.returncode == 1
    assert "CX Designer.app not found; run packaging/build.py first" in without_app.stderr
    (tmp_path / "CX Designer.app" / "Contents").mkdir(parents=True)
    off_macos = subprocess.run(["bash", str(MAKE_DMG), str(tmp_path)], capture_output=True,
                               text=True, check=False)
    assert (off_macos.returncode, off_macos.stderr.strip()) == (
        1, "make_dmg.sh: needs macOS (hdiutil)")
    assert list(tmp_path.iterdir()) == [tmp_path / "CX Designer.app"]  # nothing written


@both("Windows and macOS", "the installer step of build.py, run dry as on Windows and on "
                           "macOS: Inno Setup gets the version and the script, macOS the "
                           "disk image script, all of which exist")
@pytest.mark.parametrize("system", ["win32", "darwin"])
def test_installer_step_dry_run(recipe: tuple[object, object], system: str,
                                monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    _, build = recipe
    commands: list[list[str]] = []

    def run(command: list[str], **_: object) -> subprocess.CompletedProcess[str]:
        commands.append(command)
        return subprocess.CompletedProcess(command, 0)

    monkeypatch.setattr(build.sys, "platform", system)  # type: ignore[attr-defined]
    monkeypatch.setattr(build, "find_iscc", lambda: r"C:\Program Files\Inno Setup 6\ISCC.exe")
    monkeypatch.setattr(build.subprocess, "run", run)  # type: ignore[attr-defined]
    build.make_installer(tmp_path)  # type: ignore[attr-defined]
    [command] = commands
    if system == "win32":
        assert command == [r"C:\Program Files\Inno Setup 6\ISCC.exe",
                           f"/DAppVersion={__version__}", f"/DDistDir={tmp_path}", str(ISS)]
    else:
        assert command == ["bash", str(MAKE_DMG), str(tmp_path)]
    assert Path(command[-1]).is_file() or Path(command[-2]).is_file()


@both("Windows", "the Inno Setup script: the files it names exist, its version is the "
                 "program's, and .cxd is registered with the MIME type Linux gives it")
def test_inno_setup_script() -> None:
    text = ISS.read_text(encoding="utf-8")
    assert _iss_define("AppVersion") == __version__
    assert _iss_define("AppExe") == "cxdesigner.exe"
    assert re.search(r"^AppId=\{\{[0-9A-F]{8}(-[0-9A-F]{4}){3}-[0-9A-F]{12}\}$", text,
                     re.MULTILINE)
    root = ISS.parent / PureWindowsPath(_iss_define("Root")).as_posix()
    icon = re.search(r"^SetupIconFile=\{#Root\}(.+)$", text, re.MULTILINE)
    assert icon and (root / PureWindowsPath(icon.group(1).lstrip("\\")).as_posix()).is_file()
    mime, extension = _linux_mime_type()
    prog_id = _iss_define("ProgId")
    registry = [line for line in _iss_expanded().splitlines() if line.startswith("Root: HKA")]
    assert any(f'Subkey: "Software\\Classes\\.{extension}"' in line
               and f'ValueData: "{prog_id}"' in line for line in registry)
    assert any('ValueName: "Content Type"' in line and f'ValueData: "{mime}"' in line
               for line in registry)
    assert any(f"{prog_id}\\shell\\open\\command" in line and '""%1""' in line
               for line in registry)
    for language in ("french", "english"):
        assert f"{language}.ProjectFile=" in text


@both("macOS", "the application's Info.plist: a valid property list with the program's "
               "version, owning .cxd under the MIME type Linux gives it, its icon present")
def test_macos_info_plist(recipe: tuple[object, object]) -> None:
    bundle_recipe, _ = recipe
    info = bundle_recipe.macos_info_plist(__version__)  # type: ignore[attr-defined]
    assert plistlib.loads(plistlib.dumps(info)) == info
    assert info["CFBundleShortVersionString"] == __version__
    [document] = info["CFBundleDocumentTypes"]
    [declared] = info["UTExportedTypeDeclarations"]
    assert document["LSItemContentTypes"] == [declared["UTTypeIdentifier"]]
    mime, extension = _linux_mime_type()
    assert declared["UTTypeTagSpecification"] == {"public.filename-extension": [extension],
                                                  "public.mime-type": [mime]}
    icon = ROOT / "resources" / "icons" / document["CFBundleTypeIconFile"]
    assert icon.read_bytes()[:4] == b"icns"
    assert set(info["CFBundleLocalizations"]) == {"fr", "en"}
    entitlements = plistlib.loads((PACKAGING / "macos" / "entitlements.plist").read_bytes())
    assert entitlements == {"com.apple.security.cs.allow-unsigned-executable-memory": True}


@both("Windows", "the version resource of the executables: PyInstaller's notation, with the "
                 "program's version as four numbers")
def test_windows_version_resource(recipe: tuple[object, object], tmp_path: Path) -> None:
    bundle_recipe, _ = recipe
    make = bundle_recipe.windows_version_file  # type: ignore[attr-defined]
    path = Path(make(__version__, tmp_path))
    text = path.read_text(encoding="utf-8")
    compile(text, str(path), "eval")  # PyInstaller evaluates it
    numbers = tuple(int(part) for part in __version__.split(".")[:4])
    quad = numbers + (0,) * (4 - len(numbers))
    assert f"filevers={quad}" in text and f"StringStruct('ProductVersion', '{__version__}')" in text
