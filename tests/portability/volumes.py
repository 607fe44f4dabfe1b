"""Case-insensitive volumes mounted on Linux, as USB keys and SD cards are everywhere: exFAT.

The image is made with ``mkfs.exfat`` (Debian's exfatprogs), attached to a loop device and
mounted with the FUSE exFAT driver (exfat-fuse), which needs no kernel module: like Windows
and macOS, it ignores the case of names and refuses ``: ? * " < > | \\``. One difference: Linux
keeps a name it has looked up above a FUSE file system, so after ``atelier.cxd`` replaced
``Atelier.cxd`` the old spelling may still show the old file for a while; tests read files
back through the names the folder lists. FAT32 is left out: it needs the kernel's vfat
driver, which machines like the one running CI do not have. Mounting needs root, a loop
device and ``/dev/fuse``; without them the tests say so and are skipped (the test command,
``scripts/test.sh``, runs as root in CI, and ``scripts/setup.sh --test`` installs the two
packages).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

TOOLS = {"mkfs.exfat": "exfatprogs", "mount.exfat-fuse": "exfat-fuse", "losetup": "mount",
         "mount": "mount"}
IMAGE_MEGABYTES = 40


@dataclass(frozen=True)
class FileSystem:
    """A file system of USB keys: how to make an image of it and what mounting it needs."""

    name: str
    make: tuple[str, ...]
    """The command that formats an image (the image's path is added)."""
    mount: tuple[str, ...]
    """The command that mounts it (the device and the mount point are added)."""
    kernel_driver: str | None
    """The kernel's driver, when it is not mounted through FUSE."""


EXFAT = FileSystem("exFAT", ("mkfs.exfat", "-L", "CLE_USB"), ("mount.exfat-fuse",), None)


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


def _kernel_file_systems() -> set[str]:
    with open("/proc/filesystems", encoding="ascii") as listing:
        return {line.split()[-1] for line in listing if line.strip()}


def _why_not_mountable(system: FileSystem) -> str | None:
    what = f"mounting a {system.name} image"
    if os.geteuid() != 0:
        return f"{what} needs root (the CI runs the tests as root)"
    if not os.path.exists("/dev/loop-control"):
        return f"{what} needs a loop device, and /dev/loop-control is missing"
    if system.kernel_driver is None and not os.path.exists("/dev/fuse"):
        return f"{what} needs FUSE, and /dev/fuse is missing here"
    if system.kernel_driver is not None and system.kernel_driver not in _kernel_file_systems():
        return (f"{what} needs the kernel's {system.kernel_driver} driver, which this "
                f"machine's kernel does not have ({system.kernel_driver} is not in "
                "/proc/filesystems, and a container cannot load it); the same tests run on "
                "exFAT, through FUSE")
    return None


@contextlib.contextmanager
def mounted_volume(system: FileSystem, folder: Path) -> Iterator[Path]:
    """An empty volume of ``system`` mounted under ``folder``; unmounted and detached
    afterwards. Skips the test, saying why, where it cannot be mounted."""
    reason = _why_not_mountable(system)
    if reason is not None:
        pytest.skip(reason)
    make = [_tool(system.make[0]), *system.make[1:]]
    mount = [_tool(system.mount[0]), *system.mount[1:]]
    losetup = _tool("losetup")
    image, mount_point = folder / "usb-key.img", folder / "usb-key"
    mount_point.mkdir(parents=True)
    with image.open("wb") as stream:
        stream.truncate(IMAGE_MEGABYTES * 1024 * 1024)
    _run(*make, str(image))
    device = _run(losetup, "--find", "--show", str(image))
    try:
        try:
            _run(*mount, device, str(mount_point))
        except RuntimeError as error:
            pytest.skip(f"the {system.name} image could not be mounted here: {error}")
        try:
            yield mount_point
        finally:
            unmount(mount_point)
    finally:
        subprocess.run([losetup, "--detach", device], capture_output=True, timeout=60,
                       check=False)


def exfat_volume(folder: Path) -> contextlib.AbstractContextManager[Path]:
    """An empty exFAT volume mounted under ``folder`` (see :func:`mounted_volume`)."""
    return mounted_volume(EXFAT, folder)


def unmount(mount_point: Path) -> None:
    """Unmount now, or as soon as the files still open there are closed (as when a key is
    pulled out: the folder is gone at once)."""
    if not os.path.ismount(mount_point):
        return
    if subprocess.run(["umount", str(mount_point)], capture_output=True, timeout=60,
                      check=False).returncode != 0:
        subprocess.run(["umount", "--lazy", str(mount_point)], capture_output=True, timeout=60,
                       check=True)
