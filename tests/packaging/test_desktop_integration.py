"""The Linux desktop files: menu entry, .cxd file type, software-centre metadata and icons."""

from __future__ import annotations

import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "resources" / "linux"
ICONS = ROOT / "resources" / "icons"
MIME_TYPE = "application/x-cxdesigner-project"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)

# The component id is not reverse-DNS (it matches the desktop id); see packaging/README.md.
APPSTREAM_ACCEPTED = {"cid-desktopapp-is-not-rdns"}


def desktop_entry() -> dict[str, str]:
    """The keys of the [Desktop Entry] group (the only group of the file)."""
    lines = (LINUX / "cxdesigner.desktop").read_text(encoding="utf-8").splitlines()
    assert lines[0] == "[Desktop Entry]"
    entry: dict[str, str] = {}
    for line in lines[1:]:
        if not line or line.startswith("#"):
            continue
        assert not line.startswith("["), "one group only"
        key, sep, value = line.partition("=")
        assert sep and key == key.strip() and key not in entry, line
        entry[key] = value
    return entry


def test_desktop_entry_names_the_app_in_english_and_french() -> None:
    entry = desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Name"] == "CX Designer"
    assert entry["Name[fr]"]
    assert entry["Comment"] and entry["Comment[fr]"] and entry["Comment"] != entry["Comment[fr]"]
    assert entry["Icon"] == "cxdesigner"
    assert entry["MimeType"].split(";") == [MIME_TYPE, ""]
    assert re.fullmatch(r"cxdesigner %[fF]", entry["Exec"]), "install.sh rewrites this line"
    assert entry["TryExec"] == "cxdesigner"
    assert entry["Terminal"] == "false"
    assert all(value.endswith(";") for key, value in entry.items()
               if key.split("[")[0] in {"Categories", "Keywords", "MimeType"})


def test_desktop_entry_passes_desktop_file_validate() -> None:
    tool = shutil.which("desktop-file-validate")
    assert tool, "install desktop-file-utils (scripts/test.sh does)"
    result = subprocess.run([tool, str(LINUX / "cxdesigner.desktop")],
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


def test_mime_type_maps_cxd_files_to_the_app() -> None:
    ns = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    root = ET.parse(LINUX / "cxdesigner.xml").getroot()
    (mime,) = root.findall("m:mime-type", ns)
    assert mime.get("type") == MIME_TYPE
    assert [glob.get("pattern") for glob in mime.findall("m:glob", ns)] == ["*.cxd"]
    comments = {c.get("{http://www.w3.org/XML/1998/namespace}lang"): c.text
                for c in mime.findall("m:comment", ns)}
    assert comments[None] and comments["fr"]
    icon = mime.find("m:icon", ns)
    assert icon is not None and icon.get("name") == "cxdesigner"


def test_appstream_metainfo_is_valid() -> None:
    path = LINUX / "cxdesigner.metainfo.xml"
    root = ET.parse(path).getroot()
    assert root.get("type") == "desktop-application"
    assert root.findtext("launchable") == "cxdesigner.desktop"
    assert root.findtext("provides/mediatype") == MIME_TYPE
    release = root.find("releases/release")
    assert release is not None
    from cxdesigner import __version__

    assert release.get("version") == __version__, "add a <release> for the new version"
    tool = shutil.which("appstreamcli")
    assert tool, "install appstream (scripts/test.sh does)"
    result = subprocess.run([tool, "validate", "--no-net", "--pedantic", "--no-color", str(path)],
                            capture_output=True, text=True, check=False)
    issues = re.findall(r"^[EWIP]: \S+ ([a-z0-9-]+)", result.stdout, re.MULTILINE)
    assert set(issues) <= APPSTREAM_ACCEPTED, result.stdout


def test_icon_set_is_complete_and_rendered_from_the_svg() -> None:
    svg = ET.parse(ICONS / "app-icon.svg").getroot()
    assert svg.get("viewBox") == "0 0 512 512"
    from PIL import Image

    for size in ICON_SIZES:
        with Image.open(ICONS / f"app-icon-{size}.png") as image:
            assert image.size == (size, size) and image.mode == "RGBA"
            assert image.getpixel((0, 0))[3] == 0, "transparent corners"
            assert image.getpixel((size // 2, size // 2))[3] == 255
    with Image.open(ICONS / "app-icon.ico") as ico:
        assert (256, 256) in ico.info["sizes"] and (16, 16) in ico.info["sizes"]
    assert (ICONS / "app-icon.icns").read_bytes()[:4] == b"icns"


@pytest.mark.parametrize("script", ["packaging/linux/install.sh", "scripts/setup.sh",
                                    "scripts/test.sh", "scripts/launch.sh", ".ci/run"])
def test_shell_scripts_parse(script: str) -> None:
    result = subprocess.run(["bash", "-n", str(ROOT / script)], capture_output=True, text=True,
                            check=False)
    assert result.returncode == 0, result.stderr
