"""Where the facilitator's window goes: maximised on the first start, else where it was, but always inside the
available area of a screen that exists now (never under a taskbar, never off-screen, never larger than the screen).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QMargins, QPoint, QRect
from PySide6.QtGui import QGuiApplication, QScreen

# Room for the window manager's frame around the client area (the title bar above it) until the real frame
# is known; after the window is shown, `fit_frame` corrects with the real one.
FRAME_ALLOWANCE = QMargins(4, 32, 4, 4)


@dataclass(frozen=True)
class Placement:
    """A window's normal geometry (client area, in virtual-desktop coordinates) and whether it was maximised."""

    rect: QRect
    maximized: bool = False

    def to_text(self) -> str:
        r = self.rect
        return f"{r.x()},{r.y()},{r.width()},{r.height()},{int(self.maximized)}"

    @classmethod
    def from_text(cls, text: object) -> Placement | None:
        try:
            x, y, w, h, maximized = (int(part) for part in str(text).split(","))
        except ValueError:
            return None
        if w <= 0 or h <= 0:
            return None
        return cls(QRect(x, y, w, h), bool(maximized))


def screen_for(rect: QRect, screens: Sequence[QScreen], primary: QScreen | None) -> QScreen | None:
    """The screen showing most of `rect` (the primary if none shows any of it)."""
    best, best_area = primary, 0
    for screen in screens:
        overlap = screen.geometry().intersected(rect)
        area = overlap.width() * overlap.height() if not overlap.isEmpty() else 0
        if area > best_area:
            best, best_area = screen, area
    return best


def clamp(rect: QRect, available: QRect, frame: QMargins = FRAME_ALLOWANCE) -> QRect:
    """`rect` (a client area) made to fit `available` with its frame: shrunk if larger; kept where it was if it
    then fits there, else centred."""
    inner = available.marginsRemoved(frame)
    width, height = min(rect.width(), inner.width()), min(rect.height(), inner.height())
    placed = QRect(rect.x(), rect.y(), width, height)
    if inner.contains(placed):
        return placed
    centre = inner.center()
    return QRect(QPoint(centre.x() - width // 2 + 1, centre.y() - height // 2 + 1), placed.size())


def restore(saved: Placement | None) -> Placement:
    """Where to show the window now: maximised on the primary screen the first time, else the saved place fitted
    to the screen it is on now (a 1920×1080 window saved on a big screen comes back inside a 1366×768 one)."""
    screens, primary = QGuiApplication.screens(), QGuiApplication.primaryScreen()
    if saved is None:
        area = primary.availableGeometry() if primary is not None else QRect(0, 0, 1366, 768)
        return Placement(clamp(area, area), maximized=True)
    screen = screen_for(saved.rect, screens, primary)
    area = screen.availableGeometry() if screen is not None else saved.rect
    return Placement(clamp(saved.rect, area), saved.maximized)


def fit_frame(frame: QRect, available: QRect) -> QPoint | None:
    """Once the real frame is known: the top-left the frame must move to so it lies inside `available`, or None
    if it already does (only the position is corrected here; the size was fitted before showing)."""
    if available.contains(frame):
        return None
    x = min(max(frame.x(), available.x()), max(available.x(), available.right() - frame.width() + 1))
    y = min(max(frame.y(), available.y()), max(available.y(), available.bottom() - frame.height() + 1))
    return QPoint(x, y)

