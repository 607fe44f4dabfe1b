"""The Linux application folder: built with PyInstaller, then used the way a consultant would.

One build (about a minute) serves every test of the module. The bundle runs with a throw-away
home folder, so that it never reads or writes the settings of whoever runs the tests.
"""

from __future__ import annotations

import base64
import io
import json
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from cxdesigner import __version__

ROOT = Path(__file__).resolve().parents[2]
DEMO = ROOT / "resources" / "demo" / "parcours-demo.cxd"
MULTILINGUAL = ROOT / "resources" / "demo" / "parcours-multilingue.cxd"
FONTS = ROOT / "resources" / "fonts"
BUILD_TIMEOUT = 900
RUN_TIMEOUT = 120
EDITOR_SECONDS = 4.0
SIZE_BUDGET_MB = 260
"""About 240 MB today: numpy (41 MB, for the photo of the wall), pikepdf (8 MB, press-ready
PDFs) and fontTools (7 MB, the web page's fonts) came on top of Qt, Python and the fonts."""
"""200 MB, and numpy with its OpenBLAS (about 40 MB unstripped: stripping breaks it) for the
wall photos' geometry."""

# Qt libraries the editor does not use: a change that pulls one in grows the bundle a lot.
UNWANTED_QT = re.compile(
    r"Qt6(Quick|Qml|WebEngine|3D|Multimedia|Pdf|Charts|DataVisualization|Designer|UiTools|Help|"
    r"Sql|Test|VirtualKeyboard|Network|Bluetooth|Positioning|Location|SerialPort)\w*\.so")

# stderr lines the offscreen platform writes whatever the application does.
BENIGN_STDERR = re.compile(r"This plugin does not support propagateSizeHints\(\)")

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="builds the Linux bundle"),
]


def fail_with_output(what: str, result: subprocess.CompletedProcess[str]) -> str:
    return (f"{what} (exit {result.returncode})\n--- stdout ---\n{result.stdout[-4000:]}"
            f"\n--- stderr ---\n{result.stderr[-4000:]}")


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("home")


@pytest.fixture(scope="module")
def bundle_env(home: Path) -> dict[str, str]:
    """A clean environment: offscreen Qt, UTF-8, and every user folder inside ``home``."""
    runtime = home / "runtime"
    runtime.mkdir(mode=0o700, exist_ok=True)
    env = {key: value for key, value in os.environ.items()
           if not key.startswith(("PYTHON", "QT_", "XDG_", "LC_", "LANG"))
           and key not in {"DISPLAY", "WAYLAND_DISPLAY", "LD_LIBRARY_PATH"}}
    env.update({
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_DATA_HOME": str(home / ".local" / "share"),
        "XDG_CACHE_HOME": str(home / ".cache"),
        "XDG_STATE_HOME": str(home / ".local" / "state"),
        "XDG_RUNTIME_DIR": str(runtime),
        "QT_QPA_PLATFORM": "offscreen",
        "LC_ALL": "C.UTF-8",
    })
    return env


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The application folder, built once for the module by packaging/build.py."""
    out = tmp_path_factory.mktemp("bundle")
    result = subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "build.py"),
         "--dist", str(out / "dist"), "--work", str(out / "work")],
        cwd=ROOT, capture_output=True, text=True, timeout=BUILD_TIMEOUT, check=False)
    assert result.returncode == 0, fail_with_output("packaging/build.py failed", result)
    assert re.search(r"^\[build\] size: [\d.]+ MB", result.stdout, re.MULTILINE), result.stdout
    app = out / "dist" / "cxdesigner"
    assert (app / "cxdesigner").is_file()
    return app


def run(bundle_env: dict[str, str], *args: str | Path,
        cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(arg) for arg in args], env=bundle_env, cwd=cwd,
                          capture_output=True, text=True, timeout=RUN_TIMEOUT, check=False)


def test_version(bundle: Path, bundle_env: dict[str, str]) -> None:
    result = run(bundle_env, bundle / "cxdesigner", "--version")
    assert result.returncode == 0, fail_with_output("--version", result)
    assert result.stdout.strip() == f"CX Designer {__version__}"


def test_validate_demo(bundle: Path, bundle_env: dict[str, str]) -> None:
    result = run(bundle_env, bundle / "cxdesigner", "validate", DEMO)
    assert result.returncode == 0, fail_with_output("validate", result)
    assert "OK" in result.stdout and not result.stderr


def test_validate_reports_a_broken_file_without_a_traceback(
        bundle: Path, bundle_env: dict[str, str], tmp_path: Path) -> None:
    broken = tmp_path / "broken.cxd"
    broken.write_text('{"format_version": 1, "title": ', encoding="utf-8")
    result = run(bundle_env, bundle / "cxdesigner", "validate", broken)
    assert result.returncode == 1
    assert "broken.cxd" in result.stderr and "Traceback" not in result.stderr


def test_export_pdf_of_the_demo_with_a_persona_photo(
        bundle: Path, bundle_env: dict[str, str], tmp_path: Path) -> None:
    # A photo goes through reportlab and Pillow, which the recipe trims: prove it still works.
    from PIL import Image, ImageDraw
    from pypdf import PdfReader

    photo = Image.new("RGB", (96, 96), (200, 120, 40))
    ImageDraw.Draw(photo).ellipse((16, 16, 80, 80), fill=(40, 90, 160))
    png = io.BytesIO()
    photo.save(png, "PNG")
    project = json.loads(DEMO.read_text(encoding="utf-8"))
    project["personas"][0]["photo_png_base64"] = base64.b64encode(png.getvalue()).decode()
    source = tmp_path / "avec photo.cxd"
    source.write_text(json.dumps(project, ensure_ascii=False), encoding="utf-8")

    target = tmp_path / "carte.pdf"
    result = run(bundle_env, bundle / "cxdesigner", "export-pdf", source, "-o", target,
                 cwd=tmp_path)
    assert result.returncode == 0, fail_with_output("export-pdf", result)
    assert "Traceback" not in result.stderr
    data = target.read_bytes()
    assert data.startswith(b"%PDF-")
    assert b"/Subtype /Image" in data, "the persona photo is missing"
    reader = PdfReader(target)
    assert len(reader.pages) >= 1
    fonts: set[str] = set()
    for page in reader.pages:
        resources = page.get("/Resources")
        font_dict = resources.get_object().get("/Font") if resources is not None else None
        for font in (font_dict.get_object().values() if font_dict is not None else []):
            descriptor = font.get_object().get("/FontDescriptor")
            assert descriptor is not None and "/FontFile2" in descriptor.get_object(), \
                "every font is embedded"
            fonts.add(str(font.get_object()["/BaseFont"]))
    assert any("NotoSans" in name for name in fonts), fonts


def test_workshop_kit_and_photo_of_the_wall(bundle: Path, bundle_env: dict[str, str],
                                           tmp_path: Path) -> None:
    # The kit's QR codes (reportlab's barcode package) and the reader (zxing-cpp, numpy,
    # Pillow) in the bundle: a kit printed, then a photo of its wall read back.
    from wall_support import scenario

    kit = tmp_path / "kit.pdf"
    result = run(bundle_env, bundle / "cxdesigner", "export-kit", DEMO, "-o", kit, cwd=tmp_path)
    assert result.returncode == 0, fail_with_output("export-kit", result)
    assert kit.read_bytes().startswith(b"%PDF")
    case = scenario(tmp_path, 3, [{"turn": 10.0}])
    result = run(bundle_env, bundle / "cxdesigner", "read-wall", DEMO, *case.photos,
                 cwd=tmp_path)
    assert result.returncode == 0, fail_with_output("read-wall", result)
    assert "new      blank card N-002" in result.stdout


def test_editor_starts_offscreen_and_keeps_running(
        bundle: Path, bundle_env: dict[str, str], tmp_path: Path) -> None:
    stderr_path = tmp_path / "stderr.txt"
    with stderr_path.open("wb") as stderr:
        process = subprocess.Popen(
            [str(bundle / "cxdesigner"), str(DEMO)], env=bundle_env, cwd=tmp_path,
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=stderr,
            start_new_session=True)
        try:
            deadline = time.monotonic() + EDITOR_SECONDS
            while time.monotonic() < deadline and process.poll() is None:
                time.sleep(0.1)
            still_running = process.poll() is None
        finally:
            stop_group(process)
    output = stderr_path.read_text(encoding="utf-8", errors="replace")
    assert still_running, f"the editor exited with code {process.returncode}:\n{output}"
    unexpected = [line for line in output.splitlines()
                  if line.strip() and not BENIGN_STDERR.search(line)]
    assert not unexpected, "the editor wrote to stderr:\n" + output


def stop_group(process: subprocess.Popen[bytes]) -> None:
    """End the process and anything it started (its own session), then reap it."""
    for sig, wait in ((signal.SIGTERM, 10), (signal.SIGKILL, 10)):
        try:
            os.killpg(process.pid, sig)
        except ProcessLookupError:
            break
        try:
            process.wait(timeout=wait)
            break
        except subprocess.TimeoutExpired:
            continue
    process.wait(timeout=10)
    with pytest.raises(ProcessLookupError):
        os.killpg(process.pid, 0)


def test_export_pdf_prints_every_script(bundle: Path, bundle_env: dict[str, str],
                                        tmp_path: Path) -> None:
    """The fallback fonts, python-bidi and arabic-reshaper are in the bundle."""
    from pypdf import PdfReader

    target = tmp_path / "multilingue.pdf"
    result = run(bundle_env, bundle / "cxdesigner", "export-pdf", MULTILINGUAL, "-o", target,
                 "--sections", "map")
    assert result.returncode == 0, fail_with_output("export-pdf", result)
    assert not result.stderr
    pages = PdfReader(target).pages  # a map cut into pages at stage boundaries
    fonts = {str(font.get_object()["/BaseFont"]).split("+")[-1] for page in pages
             for font in page["/Resources"]["/Font"].get_object().values()}
    assert {"DroidSansFallback", "NanumGothic", "NotoSansArabic-Regular", "NotoEmoji-Regular",
            "NotoSansHebrew-Regular"} <= fonts, fonts
    text = "\n".join(page.extract_text() for page in pages)
    assert "预订机票" in text and "항공권 예약" in text and "😀" in text


def test_bundle_is_trimmed_and_carries_its_resources(bundle: Path) -> None:
    internal = bundle / "_internal"
    names = [path.relative_to(internal).as_posix() for path in internal.rglob("*")]
    assert not [name for name in names if UNWANTED_QT.search(name)]
    assert not [name for name in names if "/qml/" in name or name.endswith("/qml")]
    qt_translations = [name for name in names if name.startswith("PySide6/Qt/translations/")]
    assert qt_translations == ["PySide6/Qt/translations/qtbase_fr.qm"]
    for required in ["resources/fonts/NotoSans-Regular.ttf", "resources/demo/parcours-demo.cxd",
                     *(f"resources/fonts/{path.name}" for path in FONTS.glob("*.ttf")),
                     "resources/schema/cxdesigner-project.schema.json",
                     "resources/icons/app-icon.svg", "resources/linux/cxdesigner.desktop",
                     "PySide6/Qt/plugins/platforms/libqxcb.so",
                     "PySide6/Qt/plugins/platforms/libqwayland.so",
                     "PySide6/Qt/plugins/platforms/libqoffscreen.so",
                     "PySide6/Qt/plugins/iconengines/libqsvgicon.so"]:
        assert required in names, required
    for source_qm in (ROOT / "resources" / "i18n").glob("*.qm"):
        assert f"resources/i18n/{source_qm.name}" in names
    assert not [path for path in bundle.rglob("*") if path.is_symlink() and not path.exists()]
    size = sum(path.lstat().st_size for path in bundle.rglob("*") if not path.is_dir())
    assert size < SIZE_BUDGET_MB * 1_000_000, f"{size / 1e6:.0f} MB"


def test_bundle_carries_the_pdf_accelerator(bundle: Path) -> None:
    # reportlab imports it by a name built at run time, which PyInstaller cannot see.
    internal = bundle / "_internal"
    assert [path.name for path in internal.glob("_rl_accel*.so")], "rl-accel left out"


def test_install_sh_installs_and_uninstalls_under_a_prefix(
        bundle: Path, bundle_env: dict[str, str], tmp_path: Path) -> None:
    prefix = tmp_path / "my prefix"  # a space: the menu entry must quote the path
    result = run(bundle_env, "bash", bundle / "install.sh", "--prefix", prefix)
    assert result.returncode == 0, fail_with_output("install.sh", result)
    share = prefix / "share"
    app = prefix / "lib" / "cxdesigner" / "cxdesigner"

    command = prefix / "bin" / "cxdesigner"
    assert command.is_symlink() and command.resolve() == app.resolve()
    version = run(bundle_env, command, "--version")
    assert version.stdout.strip() == f"CX Designer {__version__}", version.stderr

    desktop = (share / "applications" / "cxdesigner.desktop").read_text(encoding="utf-8")
    assert f'\nExec="{app}" %f\n' in desktop
    assert f"\nTryExec={app}\n" in desktop
    assert (share / "mime" / "packages" / "cxdesigner.xml").is_file()
    assert (share / "metainfo" / "cxdesigner.metainfo.xml").is_file()
    assert (share / "icons" / "hicolor" / "scalable" / "apps" / "cxdesigner.svg").is_file()
    for size in (16, 32, 48, 128, 256, 512):
        assert (share / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "cxdesigner.png"
                ).is_file()
    globs = share / "mime" / "globs2"
    if globs.exists():  # written by update-mime-database when shared-mime-info is installed
        assert "application/x-cxdesigner-project:*.cxd" in globs.read_text(encoding="utf-8")

    # Installing again over an earlier installation replaces it.
    again = run(bundle_env, "bash", bundle / "install.sh", "--prefix", prefix)
    assert again.returncode == 0, fail_with_output("install.sh (again)", again)

    removed = run(bundle_env, "bash", prefix / "lib" / "cxdesigner" / "install.sh",
                  "--prefix", prefix, "--uninstall")
    assert removed.returncode == 0, fail_with_output("install.sh --uninstall", removed)
    assert not command.exists() and not command.is_symlink()
    assert not (prefix / "lib" / "cxdesigner").exists()
    leftovers = [path for path in share.rglob("*")
                 if path.is_file() and "cxdesigner" in path.name]
    assert not leftovers
    if globs.exists():
        assert "x-cxdesigner-project" not in globs.read_text(encoding="utf-8")
    assert not (Path(bundle_env["HOME"]) / ".config" / "mimeapps.list").exists()
