"""Long work that says how far it has come and can be stopped: a `Progress` callback takes the fraction done
(0–1) and raises `Cancelled` when the person asked to stop. Work that writes does so inside one transaction, so
stopping leaves nothing behind."""

from __future__ import annotations

from collections.abc import Callable

from samverka.errors import KnownError

Progress = Callable[[float], None]


class Cancelled(KnownError):
    """The person stopped the work; nothing was changed."""

    def __init__(self) -> None:
        super().__init__("Avbrutet; inget har ändrats.", "Stopped; nothing was changed.")


def no_progress(_fraction: float) -> None:
    """For callers that show none."""


def part(progress: Progress, start: float, end: float) -> Progress:
    """A stage of the work reported as the span start–end of the whole."""
    return lambda fraction: progress(start + (end - start) * min(1.0, max(0.0, fraction)))
