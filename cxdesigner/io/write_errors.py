"""Why a file could not be written, in words a consultant can act on, in English and French.

The system's own words ("Permission denied", "[WinError 32]") say what failed, not why nor
what to do; these errors say both for the failures that depend on where the file is.
"""

from __future__ import annotations

import errno
from pathlib import Path

from cxdesigner.model.wording import NBSP, quoted
from cxdesigner.platforms import WINDOWS_MAX_PATH

_WORDS: dict[str, dict[str, str]] = {
    "held": {
        "en": "another program keeps the file open, so it cannot be replaced: an antivirus "
              "scan, a synchronisation client (OneDrive, Dropbox, Google Drive) or the preview "
              "pane of the file explorer. Close the file in that program, or wait a few "
              "seconds, then save again",
        "fr": "un autre programme garde le fichier ouvert et empêche de le remplacer"
              f"{NBSP}: une analyse antivirus, un client de synchronisation (OneDrive, Dropbox, "
              "Google Drive) ou le volet de visualisation de l’explorateur de fichiers. Fermez "
              "le fichier dans ce programme, ou attendez quelques secondes, puis enregistrez "
              "à nouveau"},
    "held_by_service": {
        "en": "the file is in a {service} folder and {service} keeps it open while it "
              "synchronises it, so it cannot be replaced (an antivirus scan or the preview "
              "pane of the file explorer can do the same). Wait a few seconds for the "
              "synchronisation to finish, or pause it, then save again",
        "fr": "le fichier est dans un dossier {service} et {service} le garde ouvert pendant "
              "qu’il le synchronise, ce qui empêche de le remplacer (une analyse antivirus ou le "
              "volet de visualisation de l’explorateur de fichiers peuvent faire de même). "
              "Attendez quelques secondes la fin de la synchronisation, ou mettez-la en pause, "
              "puis enregistrez à nouveau"},
    "too_long": {
        "en": "its path is {length} characters long, more than the {limit} a save can write "
              "on Windows (its programs open paths of fewer than 260 characters, and the "
              "temporary file written beside it has a longer name): choose a shorter name, or "
              "a folder nearer the root of the drive",
        "fr": "son chemin fait {length} caractères, plus que les {limit} qu’un enregistrement "
              "peut écrire sous Windows (ses programmes n’ouvrent que des chemins de moins de "
              "260 caractères, et le fichier temporaire écrit à côté a un nom plus long)"
              f"{NBSP}: choisissez un nom plus court, ou un dossier plus proche de la racine du "
              "disque"},
    "folder_gone": {
        "en": "the folder {folder} is not there (a network drive or a USB key disconnected, "
              "or the folder moved or renamed): reconnect it, or save elsewhere with Save As",
        "fr": f"le dossier {{folder}} est introuvable (un lecteur réseau ou une clé USB "
              "déconnectés, ou le dossier déplacé ou renommé)"
              f"{NBSP}: reconnectez-le, ou enregistrez ailleurs avec Enregistrer sous"},
}


class ExplainedWriteError(OSError):
    """A failure to write whose cause is known; :meth:`sentence` says it and what to do."""

    key = ""

    def __init__(self, code: int, path: Path, **words: object) -> None:
        self.words = words
        super().__init__(code, self.sentence("en"), str(path))

    def sentence(self, language: str = "en") -> str:
        """What went wrong and what to do, in ``language`` (``en`` or ``fr``)."""
        wordings = _WORDS[self.key]
        return wordings.get(language, wordings["en"]).format(**self.words)


class FileHeldError(ExplainedWriteError, PermissionError):
    """Another program held the file open for longer than a save waits (Windows).

    Attributes:
        service: the synchronisation client whose folder holds the file, if any.
    """

    def __init__(self, path: Path, service: str | None) -> None:
        self.key = "held_by_service" if service else "held"
        self.service = service
        super().__init__(errno.EACCES, path, service=service or "")


class PathTooLongError(ExplainedWriteError):
    """A path too long for Windows programs (see :data:`~cxdesigner.platforms.WINDOWS_MAX_PATH`)."""

    key = "too_long"

    def __init__(self, path: Path, length: int, limit: int = WINDOWS_MAX_PATH - 1) -> None:
        self.length = length
        super().__init__(errno.ENAMETOOLONG, path, length=length, limit=limit)


class FolderGoneError(ExplainedWriteError, FileNotFoundError):
    """The folder of the file is not there any more (a drive or a key disconnected)."""

    key = "folder_gone"

    def __init__(self, path: Path) -> None:
        self.folder = path.parent
        super().__init__(errno.ENOENT, path)

    def sentence(self, language: str = "en") -> str:
        wordings = _WORDS[self.key]
        return wordings.get(language, wordings["en"]).format(
            folder=quoted(str(self.folder), language))


def failure_reason(error: OSError, language: str = "en") -> str:
    """Why writing failed, in ``language`` when the cause is known, else in the system's words."""
    if isinstance(error, ExplainedWriteError):
        return error.sentence(language)
    return error.strerror or str(error)

