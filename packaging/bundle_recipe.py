"""What goes into the CX Designer bundle: resources, imports, and the trimming of Qt.

Imported by ``cxdesigner.spec`` (PyInstaller runs the spec with this folder on ``sys.path``).
Kept out of the spec so that ruff checks it and the rules can be read in one place.

PyInstaller's Qt hooks collect every plugin of every plugin type a Qt module may use, and the
libraries those plugins link to. For a QtWidgets editor that means QtQuick (pulled in by the
virtual-keyboard input method), QtPdf (by the PDF image-format plugin), the EGLFS/VNC/framebuffer
platforms of embedded devices and more. ``trim`` drops those plugins, then every bundled library
that only the dropped plugins needed, and Qt's translations other than French.
"""

from __future__ import annotations

import ast
import os
import re
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path, PurePath

APP_NAME = "cxdesigner"
"""Name of the executable and of the application folder."""

DISPLAY_NAME = "CX Designer"
BUNDLE_ID = "cxdesigner"
"""macOS bundle identifier; see README.md before publishing a build under it."""

QT = "PySide6"

# Python modules of PySide6 that are always kept, whatever the sources import.
QT_MODULES_ALWAYS = {"QtCore", "QtGui", "QtWidgets"}

# Packages the application never imports at run time: test and development tools that live in
# the same virtualenv, and optional accelerators of our dependencies.
EXCLUDED_PACKAGES = [
    "tkinter", "_tkinter", "turtle", "idlelib", "pydoc_data", "lib2to3", "ensurepip", "venv",
    "pytest", "_pytest", "pytestqt", "hypothesis", "pypdf", "pdfplumber", "pdfminer",
    "pypdfium2", "mypy", "ruff", "importlinter", "grimp", "IPython",
    "scipy", "pandas", "matplotlib", "sympy", "lxml", "PyQt5", "PyQt6", "PySide2",
    # Pillow is there for reportlab to embed the PNG persona photos; its AVIF, WebP, colour
    # management, FreeType and Tk parts (with about 10 MB of libraries) are never used. Each
    # of its format plugins copes with a missing extension.
    "PIL._avif", "PIL._webp", "PIL._imagingcms", "PIL._imagingft", "PIL._imagingtk",
    "PIL.ImageTk",
    # No network: without the OpenSSL bindings (5 MB), hashlib uses its built-in algorithms.
    "ssl", "_ssl", "_hashlib",
]

# Modules our dependencies import in ways PyInstaller cannot follow.
HIDDEN_IMPORTS = [
    # reportlab imports its C accelerator (the rl-accel package) by a name it builds at run
    # time: left out, the bundle would write every PDF number in pure Python.
    "_rl_accel",
]

# Plugin types of no use to a desktop widgets application.
DROPPED_PLUGIN_TYPES = {
    "designer",  # Qt Designer custom widgets
    "egldeviceintegrations",  # EGLFS (embedded, no window system)
    "generic",  # evdev/tslib/tuio input for EGLFS and framebuffer
    "qmltooling",  # QML debugger
    "qmllint",
    "sqldrivers",
    "vectorimageformats",  # Lottie, through QtQuick
    "wayland-graphics-integration-server",  # compositors only
}

# Single plugins dropped by file name (without "lib" and extension), on every platform.
DROPPED_PLUGINS = {
    # platforms: keep the desktop ones (xcb, wayland, windows, cocoa) and offscreen
    "qeglfs", "qlinuxfb", "qvnc", "qvkkhrdisplay", "qminimal", "qminimalegl", "qdirect2d",
    # input methods: the virtual keyboard pulls in QtQuick and QtQml
    "qtvirtualkeyboardplugin",
    # image formats never shown by the editor; qpdf pulls in QtPdf
    "qpdf", "qtiff", "qtga", "qwbmp", "qicns",
    # GTK 3 theme: it links the GTK of the build machine, which PyInstaller would copy into
    # the bundle (or leave out if not installed); the Fusion style and Qt's own dialogs are used
    # instead, and the xdg-desktop-portal theme still gives native file dialogs where set up.
    "qgtk3",
}

# Qt translation catalogues kept: the interface speaks French and English (the source language).
KEPT_QT_TRANSLATIONS = {"qtbase_fr.qm"}

# Files under resources/ that are not read at run time.
_RESOURCE_SKIP_SUFFIXES = {".py", ".pyc", ".ts", ".ico", ".icns"}
_RESOURCE_SKIP_DIRS = {"__pycache__"}

TocEntry = tuple[str, str, str]
"""A PyInstaller table-of-contents entry: (destination name, source path, type code)."""


def project_root(spec_dir: str | Path) -> Path:
    """The checkout that holds ``packaging/`` (the spec's folder)."""
    return Path(spec_dir).resolve().parent


def resource_datas(root: Path) -> list[tuple[str, str]]:
    """``(source, destination folder)`` pairs for every run-time file under ``resources/``.

    Everything is kept by default so that a new font, translation or icon is bundled without
    touching the recipe; only build inputs (scripts, ``.ts`` sources, Windows/macOS icon files)
    are left out. ``resources/linux`` is kept: the bundle's ``install.sh`` reads it.
    """
    resources = root / "resources"
    pairs: list[tuple[str, str]] = []
    for path in sorted(resources.rglob("*")):
        relative = path.relative_to(root)
        if not path.is_file() or _RESOURCE_SKIP_DIRS.intersection(relative.parts):
            continue
        if path.suffix.lower() in _RESOURCE_SKIP_SUFFIXES:
            continue
        pairs.append((str(path), str(relative.parent)))
    return pairs


def imported_qt_modules(package_dir: Path) -> set[str]:
    """The ``PySide6.QtXxx`` modules imported anywhere in our package, plus the basic three."""
    found = set(QT_MODULES_ALWAYS)
    for source in package_dir.rglob("*.py"):
        try:
            tree = ast.parse(source.read_text(encoding="utf-8"), filename=str(source))
        except SyntaxError as error:  # PyInstaller itself will report the broken module
            print(f"[recipe] cannot read the imports of {source}: {error}", file=sys.stderr)
            continue
        for node in ast.walk(tree):
            names: list[str] = []
            if isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module] + [f"{node.module}.{alias.name}" for alias in node.names]
            elif isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            for name in names:
                parts = name.split(".")
                if len(parts) >= 2 and parts[0] == QT and parts[1].startswith("Qt"):
                    found.add(parts[1])
    return found


def available_qt_modules() -> set[str]:
    """The ``QtXxx`` extension modules the installed PySide6 wheel ships."""
    import importlib.util

    spec = importlib.util.find_spec(QT)
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError(f"{QT} is not installed in this interpreter")
    folder = Path(next(iter(spec.submodule_search_locations)))
    names = set()
    for path in folder.iterdir():
        match = re.match(r"^(Qt\w+)\.(?:abi3\.so|pyd|.*\.so)$", path.name)
        if match:
            names.add(match.group(1))
    return names


def excluded_modules(root: Path) -> list[str]:
    """Modules PyInstaller must not follow: unused PySide6 modules and the packages above."""
    used = imported_qt_modules(root / "cxdesigner")
    unused = sorted(available_qt_modules() - used)
    return [f"{QT}.{name}" for name in unused] + EXCLUDED_PACKAGES


def _parts(dest: str) -> tuple[str, ...]:
    return PurePath(dest.replace("\\", "/")).parts


def _stem(name: str) -> str:
    base = name.split(".", 1)[0]
    return base[3:] if base.startswith("lib") else base


def is_dropped_plugin(dest: str) -> bool:
    """True for a Qt plugin (``.../plugins/<type>/<file>``) that the application does not use."""
    parts = _parts(dest)
    if QT not in parts or "plugins" not in parts:
        return False
    index = parts.index("plugins")
    if len(parts) < index + 3:  # not plugins/<type>/<file>
        return False
    plugin_type = parts[index + 1]
    return plugin_type in DROPPED_PLUGIN_TYPES or _stem(parts[-1]) in DROPPED_PLUGINS


def is_dropped_translation(dest: str) -> bool:
    """True for a Qt translation catalogue other than the kept ones."""
    parts = _parts(dest)
    return (QT in parts and "translations" in parts and parts[-1].endswith(".qm")
            and parts[-1] not in KEPT_QT_TRANSLATIONS)


def _link_closure(sources: Iterable[str], bundled: dict[str, str]) -> set[str]:
    """Real paths of the bundled libraries that ``sources`` need, directly or not."""
    from PyInstaller.depend import bindepend

    seen: set[str] = set()
    stack = [os.path.realpath(source) for source in sources]
    reached: set[str] = set()
    while stack:
        current = stack.pop()
        if current in seen:
            continue
        seen.add(current)
        for _name, path in bindepend.get_imports(current):
            if path is None:
                continue
            real = os.path.realpath(path)
            if real in bundled:
                reached.add(real)
                stack.append(real)
    return reached


def _symlink_target(entry: TocEntry) -> str:
    """The destination a SYMLINK entry points at (its source is relative to its folder)."""
    dest, link, _kind = entry
    return os.path.normpath(os.path.join(os.path.dirname(dest), link)).replace("\\", "/")


def trim(binaries: Sequence[TocEntry], datas: Sequence[TocEntry],
         log: bool = True) -> tuple[list[TocEntry], list[TocEntry]]:
    """Drop unused plugins, the libraries only they needed, and unused Qt translations.

    A library is removed only when a dropped plugin links to it and nothing kept does, so a
    library loaded by name at run time (ctypes, dlopen) is never touched. Symbolic links to a
    removed library (PyInstaller adds them beside the executable) go with it.
    """
    files = [entry for entry in binaries if entry[2] != "SYMLINK"]
    links = [entry for entry in binaries if entry[2] == "SYMLINK"]
    dropped = [entry for entry in files if is_dropped_plugin(entry[0])]
    kept = [entry for entry in files if not is_dropped_plugin(entry[0])]
    bundled = {os.path.realpath(src): dest for dest, src, _kind in kept}
    candidates = _link_closure((src for _dest, src, _kind in dropped), bundled)
    roots = [src for _dest, src, _kind in kept if os.path.realpath(src) not in candidates]
    orphans = candidates - _link_closure(roots, bundled)
    kept = [entry for entry in kept if os.path.realpath(entry[1]) not in orphans]
    removed = {dest.replace("\\", "/") for dest, _src, _kind in dropped}
    removed |= {bundled[path].replace("\\", "/") for path in orphans}
    kept += [entry for entry in links if _symlink_target(entry) not in removed]
    # PyInstaller files its SYMLINK entries (top-level links to Qt's libraries) under datas.
    kept_datas = [entry for entry in datas if not is_dropped_translation(entry[0])
                  and not (entry[2] == "SYMLINK" and _symlink_target(entry) in removed)]
    if log:
        print(f"[recipe] left out {len(removed)} Qt plugins and libraries:", file=sys.stderr)
        for name in sorted(removed):
            print(f"[recipe]   {name}", file=sys.stderr)
        print(f"[recipe] left out {len(datas) - len(kept_datas)} Qt translations and links",
              file=sys.stderr)
    return kept, kept_datas


def windows_version_file(version: str, folder: str | Path) -> str:
    """Write the version resource of the Windows executables (Explorer's file properties).

    PyInstaller reads it as text in its own ``VSVersionInfo`` notation; its classes cannot be
    imported off Windows, so the text is written directly. Returns the file's path.
    """
    numbers = [int(part) for part in re.findall(r"\d+", version)[:4]]
    quad = tuple(numbers + [0] * (4 - len(numbers)))
    strings = {
        "CompanyName": DISPLAY_NAME,
        "FileDescription": DISPLAY_NAME,
        "FileVersion": version,
        "InternalName": APP_NAME,
        "OriginalFilename": f"{APP_NAME}.exe",
        "ProductName": DISPLAY_NAME,
        "ProductVersion": version,
    }
    structs = ",\n        ".join(f"StringStruct({key!r}, {value!r})"
                                   for key, value in strings.items())
    text = f"""VSVersionInfo(
  ffi=FixedFileInfo(filevers={quad}, prodvers={quad}, mask=0x3f, flags=0x0, OS=0x40004,
                    fileType=0x1, subtype=0x0, date=(0, 0)),
  kids=[
    StringFileInfo([StringTable('040904B0', [
        {structs}])]),
    VarFileInfo([VarStruct('Translation', [1033, 1200])]),
  ],
)
"""
    path = Path(folder) / "version_info.txt"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return str(path)


PROJECT_EXTENSION = "cxd"
PROJECT_MIME_TYPE = "application/x-cxdesigner-project"
"""The project file's extension and MIME type, as every system's file association names it
(``resources/linux/cxdesigner.xml``, the Inno Setup script, the macOS Info.plist)."""


def macos_info_plist(version: str) -> dict[str, object]:
    """The Info.plist entries of the macOS application beyond PyInstaller's own: version,
    high-resolution screens, French and English, and the ``.cxd`` document type it owns."""
    project_type = f"{BUNDLE_ID}.project"
    return {
        "CFBundleDisplayName": DISPLAY_NAME,
        "CFBundleShortVersionString": version,
        "CFBundleVersion": version,
        "NSHighResolutionCapable": True,
        "NSPrincipalClass": "NSApplication",
        "LSMinimumSystemVersion": "11.0",
        "LSApplicationCategoryType": "public.app-category.productivity",
        "CFBundleDevelopmentRegion": "fr",
        "CFBundleLocalizations": ["fr", "en"],
        "CFBundleDocumentTypes": [
            {
                "CFBundleTypeName": "CX Designer project",
                "CFBundleTypeRole": "Editor",
                "LSHandlerRank": "Owner",
                "LSItemContentTypes": [project_type],
                "CFBundleTypeIconFile": "app-icon.icns",
            }
        ],
        "UTExportedTypeDeclarations": [
            {
                "UTTypeIdentifier": project_type,
                "UTTypeDescription": "CX Designer project",
                "UTTypeConformsTo": ["public.json", "public.data"],
                "UTTypeIconFile": "app-icon.icns",
                "UTTypeTagSpecification": {
                    "public.filename-extension": [PROJECT_EXTENSION],
                    "public.mime-type": [PROJECT_MIME_TYPE],
                },
            }
        ],
    }


def package_version(root: Path) -> str:
    """``cxdesigner.__version__``, read from the source without importing the package."""
    text = (root / "cxdesigner" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r'^__version__\s*=\s*["\']([^"\']+)["\']', text, re.MULTILINE)
    if not match:
        raise RuntimeError("cxdesigner/__init__.py has no __version__")
    return match.group(1)


def strip_libpython(folder: Path) -> None:
    """Remove the debug symbols of the bundled libpython (Linux), the one library that may
    carry them; the others are left as they are, some break when stripped."""
    import subprocess

    for library in sorted(folder.rglob("libpython3*.so*")):
        if library.is_file() and not library.is_symlink():
            subprocess.run(["strip", "--strip-debug", str(library)], check=True)
