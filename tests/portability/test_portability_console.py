"""The command line in a console that is not UTF-8, as on Windows and on old servers.

A Windows console redirected to a file or a pipe (``cxdesigner stats … > rapport.txt``,
a batch file, a scheduled task) writes in the ANSI code page, cp1252 in Western Europe;
``LANG=C`` on Linux or macOS gives Python a UTF-8 or, when that is turned off, an ASCII
output. Every command, its help and a typical run on a French project, must print whole.
"""

from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from cxdesigner.cli.console import make_output_safe, substitute, writes_all_text

both = pytest.mark.simulates
HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
DEMO = ROOT / "resources" / "demo" / "parcours-demo.cxd"
CSV = ROOT / "tests" / "data" / "csv"
COMMANDS = ("validate", "stats", "import-csv", "import-answers", "import-contacts", "export-pdf",
            "export-xlsx", "export-pptx", "export-html", "export-kit", "read-wall", "diff",
            "merge")

CONSOLES = {
    "cp1252": ({"PYTHONIOENCODING": "cp1252"}, "cp1252"),
    "LANG=C": ({"LANG": "C", "LC_ALL": "", "LC_CTYPE": ""}, "utf-8"),
    "ascii": ({"LC_ALL": "C", "PYTHONUTF8": "0", "PYTHONCOERCECLOCALE": "0"}, "ascii"),
}
"""Each console: its environment, and the encoding its output must then be in (``LANG=C``
gets UTF-8 from Python itself; turning that off leaves ASCII)."""


def _plan(folder: Path, encoding: str) -> list[tuple[list[str], int]]:
    """Each command's help, then a typical run on a French project, in files with French
    names where the system's file names may have accents (an ASCII locale has none)."""
    def file(name: str) -> Path:
        return folder / substitute(name, encoding)

    demo = file("parcours-démo.cxd")
    shutil.copyfile(DEMO, demo)
    photo = file("photo-du-mur-été.jpg")
    photo.write_text("pas une photo", encoding="utf-8")
    built, contacts = file("atelier-créé.cxd"), file("avec-contacts.cxd")
    helps = [([command, "--help"], 0) for command in ("--help", *COMMANDS)]
    runs = [
        (["validate", str(demo)], 0),
        (["validate", str(file("absent-éèà.cxd"))], 1),
        (["stats", str(demo)], 0),
        (["stats", "--json", str(demo)], 0),
        (["import-csv", str(CSV / "atelier-parcours.csv"), "-o", str(built)], 0),
        (["import-answers", str(CSV / "reponses-enquete.csv"), str(built)], 0),
        (["import-contacts", str(CSV / "journal-contacts.csv"), str(demo), "-o", str(contacts)],
         0),
        (["export-pdf", str(demo), "-o", str(file("carte-été.pdf"))], 0),
        (["export-xlsx", str(demo), "-o", str(folder / "classeur.xlsx")], 0),
        (["export-pptx", str(demo), "-o", str(file("présentation.pptx"))], 0),
        (["export-html", str(demo), "-o", str(folder / "carte.html")], 0),
        (["export-kit", str(demo), "--blank", "1", "--strips", "1"], 0),
        (["read-wall", str(demo), str(photo)], 1),
        (["diff", "--language", "fr", str(demo), str(contacts)], 1),
        (["diff", "--json", str(demo), str(contacts)], 1),
        (["merge", str(demo), str(contacts), str(demo), "-o", str(folder / "fusion.cxd")], 0),
    ]
    return helps + runs


@both("Windows", "every command, its help and a typical run on a French project, prints "
                 "whole in a console in the ANSI code page cp1252 or with LANG=C (UTF-8 or "
                 "ASCII), without a UnicodeEncodeError")
@pytest.mark.parametrize("console", list(CONSOLES))
def test_every_command_prints_in_a_legacy_console(tmp_path: Path, console: str) -> None:
    variables, encoding = CONSOLES[console]
    folder = tmp_path / substitute("Études clients", encoding)
    folder.mkdir()
    plan = _plan(folder, encoding)
    plan_path, results_path = tmp_path / "plan.json", tmp_path / "codes.json"
    plan_path.write_text(json.dumps([arguments for arguments, _ in plan]), encoding="utf-8")
    environment = {key: value for key, value in os.environ.items()
                   if not key.startswith(("PYTHONIO", "LC_", "PYTHONUTF8"))}
    environment.update(variables, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, str(HERE / "console_run.py"), str(plan_path),
                           str(results_path)], capture_output=True, env=environment,
                          cwd=folder, timeout=600, check=False)
    out, err = done.stdout.decode(encoding), done.stderr.decode(encoding)  # nothing else
    assert done.returncode == 0, err[-3000:]
    assert "Traceback" not in err and "UnicodeEncodeError" not in err
    codes = json.loads(results_path.read_text(encoding="utf-8"))
    assert [(arguments[0], code) for (arguments, _), code in zip(plan, codes, strict=True)] == \
        [(arguments[0], expected) for arguments, expected in plan]
    assert out.count("usage: cxdesigner") == len(COMMANDS) + 1
    title = "Achat d’un lave-linge et livraison"
    shown = {"cp1252": title, "LANG=C": title, "ascii": "Achat d'un lave-linge et livraison"}
    assert f"{shown[console]} — 2 journeys" in out.replace(" -- 2", " — 2")
    assert "Gérard" in out if encoding != "ascii" else "Gerard" in out
    assert (folder / substitute("carte-été.pdf", encoding)).is_file()
    assert (folder / "fusion.cxd").is_file()


@both("Windows", "a report piped from a cp1252 console: what the code page lacks is written "
                 "in characters it has, the rest is kept")
def test_what_a_code_page_lacks_is_substituted() -> None:
    text = "Étape 1 → 2 \u2212 3 % … « Gérard » œuvre ≥ 4 €\u202fHT ✓ 日本"
    assert substitute(text, "cp1252") == "Étape 1 -> 2 - 3 % … « Gérard » œuvre >= 4 € HT v ??"
    assert substitute(text, "ascii") == \
        "Etape 1 -> 2 - 3 % ... \" Gerard \" oeuvre >= 4 EUR HT v ??"
    assert substitute(text, "utf-8") == text


@both("Windows", "standard output and error in cp1252 or ASCII write every report without "
                 "raising; a UTF-8 output is left as it is")
@pytest.mark.parametrize("encoding", ["cp1252", "ascii", "utf-8"])
def test_streams_made_safe(encoding: str) -> None:
    raw = io.BytesIO()
    stream = io.TextIOWrapper(raw, encoding=encoding, errors="strict")
    if encoding != "utf-8":
        with pytest.raises(UnicodeEncodeError):
            stream.write("1 → 2\n")
            stream.flush()
    make_output_safe(stream)
    stream.write("Gérard : 1 → 2\n")
    stream.flush()
    written = raw.getvalue().decode(encoding)
    assert written.endswith({"cp1252": "Gérard : 1 -> 2\n", "ascii": "Gerard : 1 -> 2\n",
                             "utf-8": "Gérard : 1 → 2\n"}[encoding])
    assert writes_all_text(stream) is (encoding == "utf-8")


@both("Windows", "JSON written to a cp1252 console is the same data as in UTF-8, its "
                 "characters escaped rather than substituted")
def test_json_output_is_exact_in_any_console() -> None:
    def stats(encoding: str) -> str:
        done = subprocess.run([sys.executable, "-m", "cxdesigner", "stats", "--json", str(DEMO)],
                              capture_output=True, timeout=300, check=True,
                              env={**os.environ, "PYTHONIOENCODING": encoding})
        return done.stdout.decode(encoding)

    legacy, utf8 = stats("cp1252"), stats("utf-8")
    assert legacy.isascii() and "\\u2019" in legacy  # the ’ of "Achat d’un…", escaped
    assert json.loads(legacy) == json.loads(utf8)
