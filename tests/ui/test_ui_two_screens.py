"""A laptop and a projector: on a real X server with two screens (Xvfb), F5 puts the map full
screen on the projector, and the facilitator's console on the laptop beside the editor."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image

RUN = Path(__file__).with_name("two_screens_run.py")
LAPTOP, PROJECTOR = (1600, 1000), (1280, 800)


@pytest.fixture
def two_screens() -> Iterator[str]:
    """An X server with a 1600x1000 laptop screen and a 1280x800 projector; its DISPLAY."""
    xvfb = shutil.which("Xvfb")
    assert xvfb, "Xvfb is needed for this test: apt-get install xvfb (scripts/setup.sh --test)"
    read, write = os.pipe()
    server = subprocess.Popen(
        [xvfb, "-displayfd", str(write), "-nolisten", "tcp",
         "-screen", "0", "{}x{}x24".format(*LAPTOP), "-screen", "1", "{}x{}x24".format(*PROJECTOR)],
        pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write)
    try:
        with os.fdopen(read) as answer:
            number = answer.readline().strip()
        assert number, "Xvfb did not start"
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(timeout=10)


def test_the_map_goes_to_the_projector_and_the_console_stays_on_the_laptop(
        two_screens: str, tmp_path: Path) -> None:
    environment = {**os.environ, "DISPLAY": two_screens, "QT_QPA_PLATFORM": "xcb"}
    done = subprocess.run([sys.executable, str(RUN), str(tmp_path)], env=environment,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout.strip().splitlines()[-1])
    laptop, projector = [0, 0, *LAPTOP], [0, 0, *PROJECTOR]
    assert report["screens"] == [laptop, projector]  # Qt sees two screens
    assert report["editor"] == laptop
    assert report["presentation"] == projector and report["presentation_full_screen"]
    assert report["presentation_size"] == list(PROJECTOR)
    assert report["console"] == laptop and report["console_visible"]
    assert report["focus_on_presentation"]  # the room's keys still drive the map
    assert report["projector_timer"] == "9:59"  # started: its countdown on the projector
    assert report["projector_text_pixels"] >= PROJECTOR[1] / 60
    for index, size in ((0, LAPTOP), (1, PROJECTOR)):
        with Image.open(report["shots"][str(index)]) as shot:
            assert shot.size == size
            assert len(shot.convert("RGB").getcolors(maxcolors=100_000) or []) > 50  # painted
