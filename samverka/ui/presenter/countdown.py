"""The workshop timer's logic, without Qt: a countdown that keeps counting into overtime and never acts at zero.

The clock is injected (seconds, monotonic), so tests can move time by hand.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable

LAST_MINUTE = 60
LAST_SECONDS = 10


class Countdown:
    def __init__(self, seconds: int = 300, clock: Callable[[], float] = time.monotonic) -> None:
        self.clock = clock
        self.duration = max(1, int(seconds))
        self._elapsed_before = 0.0
        self._started_at: float | None = None

    @property
    def running(self) -> bool:
        return self._started_at is not None

    @property
    def touched(self) -> bool:
        """True once it has been started, until it is reset: only then does the room see it."""
        return self.running or self._elapsed_before > 0

    def elapsed(self) -> float:
        extra = self.clock() - self._started_at if self._started_at is not None else 0.0
        return self._elapsed_before + extra

    def remaining(self) -> float:
        """Seconds left; negative in overtime."""
        return self.duration - self.elapsed()

    def start(self) -> None:
        if self._started_at is None:
            self._started_at = self.clock()

    def pause(self) -> None:
        if self._started_at is not None:
            self._elapsed_before += self.clock() - self._started_at
            self._started_at = None

    def toggle(self) -> None:
        if self.running:
            self.pause()
        else:
            self.start()

    def reset(self, seconds: int | None = None) -> None:
        """Stop and set a new length (or the same one again)."""
        if seconds is not None:
            self.duration = max(1, int(seconds))
        self._elapsed_before = 0.0
        self._started_at = None

    def add(self, seconds: int) -> None:
        """+1 min / −1 min while running, without interrupting; the length never drops below one second."""
        self.duration = max(1, self.duration + int(seconds))

    def phase(self) -> str:
        """"normal", "last_minute", "last_seconds" or "overtime" (the theme colours each)."""
        left = self.remaining()
        if left < 0:
            return "overtime"
        if left <= LAST_SECONDS:
            return "last_seconds"
        if left <= LAST_MINUTE:
            return "last_minute"
        return "normal"

    def text(self) -> str:
        """"4:59" while counting down, "+0:42" in overtime."""
        left = self.remaining()
        if left < 0:
            whole = int(math.floor(-left))
            return f"+{whole // 60}:{whole % 60:02d}"
        whole = int(math.ceil(left))
        return f"{whole // 60}:{whole % 60:02d}"
