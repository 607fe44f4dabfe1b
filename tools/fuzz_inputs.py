"""Try to break what CX Designer reads from outside: project files, spreadsheets, images.

Usage: python tools/fuzz_inputs.py [--seconds 60] [--seed 1] [--keep FOLDER]

hypothesis generates broken and hostile inputs from real ones (the demo project, the
sample spreadsheets, small images): values replaced at random places (NaN, huge numbers,
deep nesting, long texts), keys given twice, files cut short, bytes flipped, encodings
mixed, quotes left open, images declaring 70,000 by 70,000 pixels. Each one goes through
the code that reads it in the editor and on the command line. A case passes when it is
read or refused with CX Designer's own error (a message for the user); it fails on any
other exception (a traceback) or when it takes longer than ``--hang`` seconds. The script
prints, per kind of input, the cases tried, read, refused cleanly, failed and hung, then
the peak memory, and exits with status 1 when a case failed or hung (the inputs that did
are kept in ``--keep`` to reproduce them).
"""

from __future__ import annotations

import argparse
import base64
import copy
import csv
import io
import json
import os
import resource
import signal
import struct
import sys
import tempfile
import time
import traceback
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from hypothesis import HealthCheck, Phase, given, seed, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

DEMO = ROOT / "resources" / "demo" / "parcours-demo.cxd"
SHEETS = ROOT / "tests" / "data" / "csv"

# --------------------------------------------------------------------------- images


def png_chunk(kind: bytes, data: bytes) -> bytes:
    return (struct.pack(">I", len(data)) + kind + data
            + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))


def bomb_png(width: int, height: int, rows: int | None = None) -> bytes:
    """A black-and-white PNG of ``width`` x ``height`` pixels whose rows are all zero: it
    compresses about a thousand to one (20,000 x 20,000 pixels in 50 kB). ``rows``: how
    many rows of data it really holds (all of them by default)."""
    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    row = b"\x00" * (1 + (width + 7) // 8)
    compressor = zlib.compressobj(9)
    data = b"".join(compressor.compress(row) for _ in range(height if rows is None else rows))
    data += compressor.flush()
    return (b"\x89PNG\r\n\x1a\n" + png_chunk(b"IHDR", header) + png_chunk(b"IDAT", data)
            + png_chunk(b"IEND", b""))


def small_image(kind: str, width: int = 24, height: int = 16) -> bytes:
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (width, height), (58, 110, 165)).save(buffer, kind)
    return buffer.getvalue()


@st.composite
def images(draw: st.DrawFn) -> bytes:
    """Image files: sane, damaged, lying about their size, or not images at all."""
    side = st.one_of(st.integers(0, 64), st.integers(1, 70_000))
    kind = draw(st.sampled_from(["png", "bomb", "jpeg", "gif", "bmp", "webp", "noise"]))
    if kind == "noise":
        return draw(st.binary(max_size=2048))
    if kind == "bomb":
        width, height = draw(side), draw(side)
        rows = draw(st.integers(0, min(height, 2_000)))
        data = bomb_png(width, height, rows)
    elif kind == "png":
        header = struct.pack(">IIBBBBB", draw(side), draw(side), draw(st.sampled_from(
            [1, 2, 4, 8, 16, 3])), draw(st.sampled_from([0, 2, 3, 4, 6, 7])), 0, 0,
            draw(st.integers(0, 1)))
        body = draw(st.one_of(st.binary(max_size=512), st.builds(
            zlib.compress, st.binary(max_size=4096))))
        data = (b"\x89PNG\r\n\x1a\n" + png_chunk(b"IHDR", header) + png_chunk(b"IDAT", body)
                + png_chunk(b"IEND", b""))
    else:
        data = bytearray(small_image(kind))
        if draw(st.booleans()):  # lie about the size where the header says it
            offset = {"jpeg": data.find(b"\xff\xc0") + 5, "gif": 6, "bmp": 18,
                      "webp": 26}[kind]
            if offset > 4:
                packed = struct.pack(">HH" if kind == "jpeg" else "<HH",
                                     draw(side) & 0xFFFF, draw(side) & 0xFFFF)
                data[offset:offset + 4] = packed
        data = bytes(data)
    return mutate_bytes(draw, data)


def mutate_bytes(draw: st.DrawFn, data: bytes) -> bytes:
    """``data`` as it is, cut short, or with a few bytes changed."""
    how = draw(st.sampled_from(["same", "same", "cut", "flip"]))
    if how == "cut" and data:
        return data[:draw(st.integers(0, len(data) - 1))]
    if how == "flip" and data:
        changed = bytearray(data)
        for _ in range(draw(st.integers(1, 8))):
            changed[draw(st.integers(0, len(changed) - 1))] = draw(st.integers(0, 255))
        return bytes(changed)
    return data


# --------------------------------------------------------------------------- project files

_LEAVES = st.one_of(
    st.none(), st.booleans(), st.integers(-(10**40), 10**40),
    st.floats(allow_nan=True, allow_infinity=True), st.text(max_size=60),
    st.sampled_from(["", "x" * 25_000, "p-ana", "#12345", "#zzzzzz", "1999-02-30", "fr"]))
_VALUES = st.recursive(_LEAVES, lambda inner: st.one_of(
    st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=12), inner, max_size=4)),
    max_leaves=12)


def _places(data: Any, loc: tuple[str | int, ...] = ()) -> Iterator[tuple[str | int, ...]]:
    """Every place in ``data`` (the root included)."""
    yield loc
    if isinstance(data, dict):
        for key, value in data.items():
            yield from _places(value, (*loc, key))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            yield from _places(value, (*loc, index))


def _nested(depth: int, leaf: str) -> str:
    return "[" * depth + leaf + "]" * depth


@st.composite
def project_files(draw: st.DrawFn, base: dict[str, Any], places: list[tuple[Any, ...]]) -> bytes:
    """The demo project, changed at a few places, then perhaps damaged as text or bytes."""
    data = copy.deepcopy(base)
    for _ in range(draw(st.integers(0, 4))):
        loc = draw(st.sampled_from(places))
        if not loc:
            continue
        parent = data
        try:
            for key in loc[:-1]:
                parent = parent[key]
            action = draw(st.sampled_from(["replace", "replace", "delete", "copy"]))
            if action == "delete":
                del parent[loc[-1]]
            elif action == "copy" and isinstance(parent, list):
                parent.append(copy.deepcopy(parent[loc[-1]]))  # the same id twice
            else:
                parent[loc[-1]] = draw(_VALUES)
        except (KeyError, IndexError, TypeError):
            continue  # an earlier change removed that place
    text = json.dumps(data, ensure_ascii=draw(st.booleans()), indent=draw(st.sampled_from(
        [None, 1])))
    how = draw(st.sampled_from(["json", "json", "repeat", "deep", "mangle"]))
    if how == "repeat":  # a key given twice in an object
        at = text.find('"', draw(st.integers(0, max(0, len(text) - 1))))
        end = text.find('":', at)
        if at >= 0 and end > at:
            text = text[:at] + text[at:end + 2] + ' 0, ' + text[at:]
    elif how == "deep":
        leaf = draw(st.sampled_from(["NaN", "1", '"x"', "{}"]))
        nested = _nested(draw(st.integers(100, 200_000)), leaf)
        text = text.replace('"tags": []', f'"tags": {nested}', 1)
    raw = text.encode("utf-8")
    return mutate_bytes(draw, raw) if how == "mangle" else raw


# --------------------------------------------------------------------------- spreadsheets

_CELL_TEXT = st.text(alphabet=st.sampled_from(list(
    "abcXYZ éèàçÉ€œ«»’\"';,|\t\r\n=+-@0123456789.:/😤\u00a0")), max_size=40)


@st.composite
def spreadsheets(draw: st.DrawFn, samples: list[list[list[str]]]) -> bytes:
    """A sample spreadsheet with cells changed, rows added or dropped, written with ``;``
    or ``,``, quoted properly or not, in one encoding or a mix, then perhaps damaged."""
    rows = copy.deepcopy(draw(st.sampled_from(samples)))
    for _ in range(draw(st.integers(0, 3))):
        row = draw(st.integers(0, len(rows) - 1))
        if rows[row]:
            cell = draw(st.integers(0, len(rows[row]) - 1))
            rows[row][cell] = draw(st.one_of(_CELL_TEXT, st.sampled_from(
                ["", "-3", "+3", "11", "1e999", "nan", "2024-02-30", "31/12/1899", "x" * 140_000,
                 "oui", "N/A"])))
    if draw(st.integers(0, 3)) == 0:
        rows = rows[:1] + draw(st.permutations(rows[1:]))[:draw(st.integers(0, len(rows)))]
    delimiter = draw(st.sampled_from([";", ","]))
    if draw(st.booleans()):
        buffer = io.StringIO()
        csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
        lines = buffer.getvalue().splitlines(keepends=True)
    else:  # written by hand, quotes and all
        lines = [delimiter.join(row) + "\n" for row in rows]
    encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "cp1252", "utf-16", "mixed"]))
    if encoding == "mixed":
        raw = b"".join(line.encode(draw(st.sampled_from(["utf-8", "cp1252"])), "replace")
                       for line in lines)
    else:
        raw = "".join(lines).encode(encoding, "replace")
    return mutate_bytes(draw, raw)


# --------------------------------------------------------------------------- running


@contextmanager
def _quiet_stderr() -> Iterator[None]:
    sys.stderr.flush()
    saved = os.dup(2)
    with open(os.devnull, "wb") as null:
        os.dup2(null.fileno(), 2)
    try:
        yield
    finally:
        os.dup2(saved, 2)
        os.close(saved)


class HungError(Exception):
    """A case took longer than allowed."""


@contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Raise :class:`HungError` in the main thread after ``seconds`` (POSIX)."""
    def alarm(_signal: int, _frame: object) -> None:
        raise HungError

    previous = signal.signal(signal.SIGALRM, alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


@dataclass
class Tally:
    """What became of the cases of one kind of input."""

    name: str
    tried: int = 0
    read: int = 0
    refused: int = 0
    failed: int = 0
    hung: int = 0
    slowest: float = 0.0
    failures: list[str] = field(default_factory=list)

    def line(self) -> str:
        return (f"{self.name:<22} {self.tried:>7} {self.read:>7} {self.refused:>9} "
                f"{self.failed:>7} {self.hung:>5} {self.slowest:>9.2f} s")


HEAD = f"{'input':<22} {'tried':>7} {'read':>7} {'refused':>9} {'failed':>7} {'hung':>5} " \
       f"{'slowest':>11}"


def _try(tally: Tally, case: bytes, suffix: str, read: Callable[[], object],
         refusals: tuple[type[BaseException], ...], hang: float, keep: Path | None) -> None:
    tally.tried += 1
    start = time.perf_counter()
    try:
        with time_limit(hang):
            outcome = read()
    except refusals:
        tally.refused += 1
    except HungError:
        tally.hung += 1
        _keep(tally, case, suffix, keep, "hung")
    except Exception:  # anything else is a bug: a traceback the user would see
        tally.failed += 1
        _keep(tally, case, suffix, keep, traceback.format_exc(limit=-3))
    else:
        if outcome is False:
            tally.refused += 1
        else:
            tally.read += 1
    tally.slowest = max(tally.slowest, time.perf_counter() - start)


def _keep(tally: Tally, case: bytes, suffix: str, keep: Path | None, why: str) -> None:
    tally.failures.append(why)
    if keep is not None:
        keep.mkdir(parents=True, exist_ok=True)
        (keep / f"{tally.name}-{len(tally.failures)}{suffix}").write_bytes(case)


def _run(strategy: st.SearchStrategy[bytes], budget: Callable[[], bool], examples: int,
         seed_value: int, body: Callable[[bytes], None]) -> None:
    """Feed ``body`` cases, in batches of fresh seeds, until ``budget`` says stop or
    ``examples`` were tried."""
    done = 0
    batch = 0
    while budget() and done < examples:
        size = min(50, examples - done)

        @seed(seed_value * 100_003 + batch)
        @settings(max_examples=size, deadline=None, database=None, phases=[Phase.generate],
                  suppress_health_check=list(HealthCheck))
        @given(strategy)
        def feed(case: bytes) -> None:
            if budget():
                body(case)

        feed()
        done += size
        batch += 1


def fuzz(seconds: float = 60.0, seed_value: int = 1, examples: int = 1_000_000,
         hang: float = 5.0, keep: Path | None = None) -> list[Tally]:
    """Fuzz the three kinds of input for about ``seconds`` (a third each, or ``examples``
    cases each); the tally of each reader."""
    from PySide6.QtCore import qInstallMessageHandler
    from PySide6.QtGui import QGuiApplication

    from cxdesigner.document.persona_photo import PhotoError, decode_photo
    from cxdesigner.export.photos import UnusablePhoto, printable_photo
    from cxdesigner.io import ProjectFileError, load_project
    from cxdesigner.io.csv_answers import import_answers
    from cxdesigner.io.csv_contacts import import_contacts
    from cxdesigner.io.csv_journeys import import_touchpoints
    from cxdesigner.io.csv_reading import CsvImportError
    from cxdesigner.model import Persona

    application = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    # Qt's image plugins report every damaged file they meet (libpng, libjpeg): expected
    # here, so counted instead of printed.
    quiet = qInstallMessageHandler(lambda _kind, _context, _text: _count_message())
    project = import_touchpoints(SHEETS / "atelier-parcours.csv").project  # what answers name
    base = json.loads(DEMO.read_text(encoding="utf-8"))
    places = list(_places(base))
    samples = [list(csv.reader(io.StringIO(path.read_text(encoding="utf-8-sig")),
                               delimiter=";")) for path in sorted(SHEETS.glob("*.csv"))]
    tallies = {name: Tally(name) for name in (
        "project file", "spreadsheet: journeys", "spreadsheet: answers",
        "spreadsheet: contacts", "image: editor (Qt)", "image: print (Pillow)")}
    share = seconds / 3

    with tempfile.TemporaryDirectory() as folder:
        scratch = Path(folder)

        def until(deadline: float) -> Callable[[], bool]:
            return lambda: time.monotonic() < deadline

        def read_project_case(case: bytes) -> None:
            path = scratch / "case.cxd"
            path.write_bytes(case)
            _try(tallies["project file"], case, ".cxd", lambda: load_project(path),
                 (ProjectFileError,), hang, keep)

        def read_sheet_case(case: bytes) -> None:
            path = scratch / "case.csv"
            path.write_bytes(case)
            for name, read in (("journeys", lambda: import_touchpoints(path)),
                               ("answers", lambda: import_answers(path, project)),
                               ("contacts", lambda: import_contacts(path, project))):
                _try(tallies[f"spreadsheet: {name}"], case, ".csv", read, (CsvImportError,),
                     hang, keep)

        def read_image_case(case: bytes) -> None:
            _try(tallies["image: editor (Qt)"], case, ".img", lambda: decode_photo(case),
                 (PhotoError,), hang, keep)
            persona = Persona(name="Ana", photo_png_base64=base64.b64encode(case).decode())
            _try(tallies["image: print (Pillow)"], case, ".img",
                 lambda: not isinstance(printable_photo(persona), UnusablePhoto), (), hang,
                 keep)

        start = time.monotonic()
        _run(project_files(base, places), until(start + share), examples, seed_value,
             read_project_case)
        _run(spreadsheets(samples), until(start + 2 * share), examples, seed_value,
             read_sheet_case)
        with _quiet_stderr():  # libpng prints its complaints itself
            _run(images(), until(start + 3 * share), examples, seed_value, read_image_case)
    qInstallMessageHandler(quiet)
    del application
    return list(tallies.values())


_QT_MESSAGES = [0]


def _count_message() -> None:
    _QT_MESSAGES[0] += 1


def peak_memory_mb() -> float:
    """The peak resident memory of this process so far, in MB."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=60.0,
                        help="how long to fuzz, shared between the three inputs (default 60)")
    parser.add_argument("--seed", type=int, default=1, help="hypothesis seed (default 1)")
    parser.add_argument("--hang", type=float, default=5.0,
                        help="a case taking longer than this many seconds hangs (default 5)")
    parser.add_argument("--keep", type=Path, default=None,
                        help="keep the inputs that failed or hung in this folder")
    options = parser.parse_args(argv)
    started = time.monotonic()
    tallies = fuzz(options.seconds, options.seed, hang=options.hang, keep=options.keep)
    print(HEAD)
    for tally in tallies:
        print(tally.line())
    total = Tally("all")
    for tally in tallies:
        total.tried += tally.tried
        total.read += tally.read
        total.refused += tally.refused
        total.failed += tally.failed
        total.hung += tally.hung
        total.slowest = max(total.slowest, tally.slowest)
    print(total.line())
    print(f"{time.monotonic() - started:.0f} s, seed {options.seed}, peak memory "
          f"{peak_memory_mb():.0f} MB, {_QT_MESSAGES[0]} warnings of Qt's image decoders "
          "about damaged images")
    for tally in tallies:
        for failure in tally.failures[:3]:
            print(f"\n{tally.name}:\n{failure}", file=sys.stderr)
    return 1 if total.failed or total.hung else 0


if __name__ == "__main__":
    sys.exit(main())
