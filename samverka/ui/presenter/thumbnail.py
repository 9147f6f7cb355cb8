"""A small live picture of what the room sees, for the presenter panel (as PowerPoint's presenter view shows
the current slide). It is refreshed a moment after the projector repaints, so it never slows the projector."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from samverka.ui.presenter.audience import AudienceWindow

REFRESH_DELAY_MS = 150
WIDTH = 320


class AudienceThumbnail(QLabel):
    def __init__(self, audience: AudienceWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.audience = audience
        self._grabbing = False
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.setFixedHeight(WIDTH * 9 // 16 + 4)
        self.setStyleSheet("border: 1px solid #5A6B7B;")
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REFRESH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        audience.canvas.painted.connect(self.schedule)
        audience.presentation.changed.connect(self.schedule)

    def schedule(self) -> None:
        if not self._grabbing and self.isVisible():
            self._timer.start()

    def refresh(self) -> None:
        if not self.audience.isVisible():
            self.clear()
            return
        self._grabbing = True
        try:
            picture = self.audience.grab()
        finally:
            self._grabbing = False
        self.setPixmap(self.scaled(picture, QSize(WIDTH, WIDTH * 9 // 16)))

    @staticmethod
    def scaled(picture: QPixmap, size: QSize) -> QPixmap:
        return picture.scaled(size, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)
