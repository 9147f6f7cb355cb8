"""Which screen the room sees: never chosen by name, only as "not the primary screen" (or the primary, swapped)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRect
from PySide6.QtGui import QGuiApplication, QScreen


def projector_screen(screens: Sequence[QScreen], primary: QScreen | None, swapped: bool = False) -> QScreen | None:
    """The audience window's screen, or None when there is only one screen (then a preview window is used)."""
    others = [screen for screen in screens if screen is not primary]
    if not others or primary is None:
        return None
    return primary if swapped else others[0]


def facilitator_screen(screens: Sequence[QScreen], primary: QScreen | None, swapped: bool = False) -> QScreen | None:
    """Where the facilitator's window belongs: the other screen than the projector's."""
    projector = projector_screen(screens, primary, swapped)
    if projector is None:
        return primary
    return next((screen for screen in screens if screen is not projector), primary)


def current_projector() -> QScreen | None:
    return projector_screen(QGuiApplication.screens(), QGuiApplication.primaryScreen())


def preview_geometry(available: QRect) -> QRect:
    """A 16:9 preview in the lower right of the laptop screen, a third of its width."""
    width = max(480, available.width() // 3)
    height = width * 9 // 16
    margin = 24
    return QRect(available.right() - width - margin, available.bottom() - height - margin, width, height)
