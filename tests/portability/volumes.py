"""A case-insensitive exFAT volume mounted on Linux, as a USB key or an SD card is everywhere.

The image is made with ``mkfs.exfat`` (Debian's exfatprogs), attached to a loop device and
mounted with the FUSE exFAT driver (exfat-fuse), which needs no kernel module: like Windows
and macOS, it ignores the case of names and refuses ``: ? * " < > | \\``. One difference: Linux
keeps a name it has looked up above a FUSE file system, so after ``atelier.cxd`` replaced
``Atelier.cxd`` the old spelling may still show the old file for a while; tests read files
back through the names the folder lists. Mounting needs root,
a loop device and ``/dev/fuse``; without them the tests say so and are skipped (the test
command, ``scripts/test.sh``, runs as root in CI and installs both packages).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

TOOLS = {"mkfs.exfat": "exfatprogs", "mount.exfat-fuse": "exfat-fuse", "losetup": "mount"}
IMAGE_MEGABYTES = 32


def _run(*command: str) -> str:
    done = subprocess.run(command, capture_output=True, text=True, timeout=60, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} failed ({done.returncode}): "
                           f"{done.stderr.strip() or done.stdout.strip()}")
    return done.stdout.strip()


def _tool(name: str) -> str:
    found = shutil.which(name) or shutil.which(name, path="/usr/sbin:/sbin")
    if found is None:
        pytest.fail(f"{name} is missing: install the Debian package {TOOLS[name]} "
                    "(scripts/setup.sh --test does)")
    return found


def _why_not_mountable() -> str | None:
    if os.geteuid() != 0:
        return "mounting an exFAT image needs root (the CI runs the tests as root)"
    if not os.path.exists("/dev/fuse"):
        return "mounting an exFAT image needs FUSE, and /dev/fuse is missing here"
    if not os.path.exists("/dev/loop-control"):
        return "mounting an exFAT image needs a loop device, and /dev/loop-control is missing"
    return None


@contextlib.contextmanager
def exfat_volume(folder: Path, label: str = "CLE_USB") -> Iterator[Path]:
    """An empty exFAT volume mounted under ``folder``; unmounted and detached afterwards."""
    reason = _why_not_mountable()
    if reason is not None:
        pytest.skip(reason)
    mkfs, mount, losetup = (_tool(name) for name in TOOLS)
    image, mount_point = folder / "usb-key.img", folder / "usb-key"
    mount_point.mkdir(parents=True)
    with image.open("wb") as stream:
        stream.truncate(IMAGE_MEGABYTES * 1024 * 1024)
    _run(mkfs, "-L", label, str(image))
    device = _run(losetup, "--find", "--show", str(image))
    try:
        try:
            _run(mount, device, str(mount_point))
        except RuntimeError as error:
            pytest.skip(f"the exFAT image could not be mounted here: {error}")
        try:
            yield mount_point
        finally:
            unmount(mount_point)
    finally:
        subprocess.run([losetup, "--detach", device], capture_output=True, timeout=60,
                       check=False)


def unmount(mount_point: Path) -> None:
    """Unmount now, or as soon as the files still open there are closed (as when a key is
    pulled out: the folder is gone at once)."""
    if not os.path.ismount(mount_point):
        return
    if subprocess.run(["umount", str(mount_point)], capture_output=True, timeout=60,
                      check=False).returncode != 0:
        subprocess.run(["umount", "--lazy", str(mount_point)], capture_output=True, timeout=60,
                       check=True)
