"""The workshop timer: a countdown per exercise, started, paused and reset by the facilitator,
shown on the console and on the projector."""

from __future__ import annotations

import math
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

TICK_MS = 200
DEFAULT_MINUTES = 10


def clock_text(seconds: float) -> str:
    """``seconds`` left as the room reads it: ``9:05``, ``1:02:00``; whole seconds rounded
    up, so that ``0:00`` means the time is up."""
    left = max(0, math.ceil(seconds))
    hours, rest = divmod(left, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


class WorkshopTimer(QObject):
    """A countdown of :attr:`duration` seconds.

    ``clock`` gives the time in seconds (monotonic); tests give their own and call
    :meth:`tick`.

    Signals:
        changed: the time left, or whether it runs, changed (a tick, start, pause, reset).
        finished: the time is up (once per countdown).
    """

    changed = Signal()
    finished = Signal()

    def __init__(self, clock: Callable[[], float] = time.monotonic,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self.duration = DEFAULT_MINUTES * 60.0
        self._left = self.duration
        self._since: float | None = None
        """When it was started (None while it stands still)."""
        self._over = False
        self._ticker = QTimer(self)
        self._ticker.setInterval(TICK_MS)
        self._ticker.timeout.connect(self.tick)

    # ------------------------------------------------------------------ reading

    @property
    def running(self) -> bool:
        return self._since is not None

    @property
    def started(self) -> bool:
        """It was started since the last reset (running, paused or over)."""
        return self.running or self._left < self.duration or self._over

    def remaining(self) -> float:
        """Seconds left (0 when the time is up)."""
        if self._since is None:
            return self._left
        return max(0.0, self._left - (self._clock() - self._since))

    @property
    def over(self) -> bool:
        return self._over

    def text(self) -> str:
        return clock_text(self.remaining())

    # ------------------------------------------------------------------ commands

    def set_minutes(self, minutes: float) -> None:
        """A countdown of ``minutes``, standing still until started."""
        self.duration = max(1.0, minutes * 60.0)
        self.reset()

    def start(self) -> None:
        if self.running or self.remaining() <= 0:
            return
        self._since = self._clock()
        self._ticker.start()
        self.changed.emit()

    def pause(self) -> None:
        if not self.running:
            return
        self._left = self.remaining()
        self._since = None
        self._ticker.stop()
        self.changed.emit()

    def toggle(self) -> None:
        """Start, or pause when it runs."""
        self.pause() if self.running else self.start()

    def reset(self) -> None:
        """Back to the full duration, standing still."""
        self._ticker.stop()
        self._since = None
        self._left = self.duration
        self._over = False
        self.changed.emit()

    def add_minute(self) -> None:
        """One more minute (the exercise runs over); a finished countdown starts again."""
        self._left = self.remaining() + 60.0
        if self._since is not None:
            self._since = self._clock()
        self._over = False
        self.changed.emit()

    def tick(self) -> None:
        """Look at the clock: say what is left, and when the time is up."""
        if self._since is None:
            return
        if self.remaining() <= 0:
            self._left, self._since = 0.0, None
            self._ticker.stop()
            self._over = True
            self.changed.emit()
            self.finished.emit()
            return
        self.changed.emit()
