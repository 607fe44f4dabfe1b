"""Unexpected errors: written to a rotating log in the user's data folder, then reported.

PySide6 prints an exception raised in a slot or an event handler on stderr and goes on,
which nobody sees in a desktop program. :class:`ErrorReporter` takes over
``sys.excepthook`` and ``threading.excepthook``: each error is logged with its traceback,
announced by the :attr:`ErrorReporter.reported` signal (the window shows it), and then
handed on to the hook that was there before (Python's prints it on stderr; pytest-qt's
fails the test).
"""

from __future__ import annotations

import contextlib
import logging
import platform
import sys
import threading
import traceback
from collections.abc import Callable
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

import PySide6
from PySide6.QtCore import QObject, Signal

from cxdesigner import __version__
from cxdesigner.ui.platform_ui import data_folder

LOG_FILE_NAME = "cxdesigner.log"
LOG_MAX_BYTES = 512 * 1024
LOG_BACKUPS = 3
"""At most four files (the current one and three older), 2 MB in all."""

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], object]
ThreadHook = Callable[[threading.ExceptHookArgs], object]


def default_log_folder() -> Path:
    """``logs`` in the user's application data folder (set the application name first)."""
    return data_folder() / "logs"


def describe_program() -> str:
    """One line naming the program and what it runs on, for the head of a report."""
    return (f"CX Designer {__version__}, Python {platform.python_version()}, "
            f"PySide6 {PySide6.__version__}, {platform.platform()}")


class ErrorReporter(QObject):
    """Logs every uncaught exception and reports it; one per application.

    Signals:
        reported(str): an unexpected error was logged; its details (program and
            traceback), ready to copy. Emitted from the thread that failed: connect with
            the default (automatic) connection so that widgets are touched in their own.
    """

    reported = Signal(str)

    def __init__(self, log_folder: Path | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.log_folder = log_folder if log_folder is not None else default_log_folder()
        self.log_file = self.log_folder / LOG_FILE_NAME
        # A logger of its own, outside logging's registry: nothing else writes to this file.
        self._logger = logging.Logger("cxdesigner.errors", logging.ERROR)
        self._handler: RotatingFileHandler | None = None
        self._previous_hook: ExceptHook | None = None
        self._previous_thread_hook: ThreadHook | None = None

    @property
    def installed(self) -> bool:
        return self._previous_hook is not None

    def install(self) -> None:
        """Take over the exception hooks (the previous ones are still called after ours)."""
        if self.installed:
            return
        self._previous_hook = sys.excepthook
        self._previous_thread_hook = threading.excepthook
        sys.excepthook = self._on_exception
        threading.excepthook = self._on_thread_exception

    def uninstall(self) -> None:
        """Give the hooks back and close the log file."""
        if self._previous_hook is not None:
            if sys.excepthook == self._on_exception:
                sys.excepthook = self._previous_hook
            if threading.excepthook == self._on_thread_exception \
                    and self._previous_thread_hook is not None:
                threading.excepthook = self._previous_thread_hook
        self._previous_hook = self._previous_thread_hook = None
        if self._handler is not None:
            self._logger.removeHandler(self._handler)
            self._handler.close()
            self._handler = None

    def report(self, kind: type[BaseException], error: BaseException,
               trace: TracebackType | None, where: str = "") -> str:
        """Log one error and announce it; returns its details."""
        lines = traceback.format_exception(kind, error, trace)
        details = f"{describe_program()}\n{where}{''.join(lines)}".rstrip("\n")
        self._write(details)
        with contextlib.suppress(RuntimeError):  # the application is gone: the log has it
            self.reported.emit(details)
        return details

    def _write(self, details: str) -> None:
        try:
            if self._handler is None:
                self.log_folder.mkdir(parents=True, exist_ok=True)
                self._handler = RotatingFileHandler(
                    self.log_file, maxBytes=LOG_MAX_BYTES, backupCount=LOG_BACKUPS,
                    encoding="utf-8")
                self._handler.setFormatter(logging.Formatter("%(asctime)s %(message)s"))
                self._logger.addHandler(self._handler)
            self._logger.error("Unexpected error\n%s", details)
        except OSError as problem:  # a full disk must not hide the error itself
            print(f"CX Designer could not write its log in {self.log_folder}: {problem}",
                  file=sys.stderr)

    def _on_exception(self, kind: type[BaseException], error: BaseException,
                      trace: TracebackType | None) -> None:
        if not issubclass(kind, KeyboardInterrupt):
            self.report(kind, error, trace)
        previous = self._previous_hook or sys.__excepthook__
        previous(kind, error, trace)

    def _on_thread_exception(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None and not issubclass(args.exc_type, SystemExit):
            name = args.thread.name if args.thread is not None else "?"
            self.report(args.exc_type, args.exc_value, args.exc_traceback,
                        f"In thread {name}:\n")
        previous = self._previous_thread_hook or threading.__excepthook__
        previous(args)
