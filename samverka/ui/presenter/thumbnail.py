"""A small live picture of what the room sees, for the presenter panel (as PowerPoint's presenter view shows
the current slide). It is refreshed a moment after the projector repaints, so it never slows the projector."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QPixmap, QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from samverka.ui.presenter.audience import AudienceWindow

REFRESH_DELAY_MS = 150
WIDTH = 208  # the most it is drawn at (wider pushed the timer below a 768-line laptop's edge)
MIN_WIDTH = 160


class AudienceThumbnail(QLabel):
    def __init__(self, audience: AudienceWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.audience: AudienceWindow | None = audience
        self._grabbing = False
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(MIN_WIDTH)
        self.setFixedHeight(WIDTH * 9 // 16 + 4)
        self.setStyleSheet("border: 1px solid #5A6B7B;")
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REFRESH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        audience.canvas.painted.connect(self.schedule)
        audience.refreshed.connect(self.schedule)  # also the views other parts draw (charts, cause canvases)
        audience.destroyed.connect(self._audience_gone)
        audience.presentation.changed.connect(self.schedule)

    def picture_size(self) -> QSize:
        width = min(WIDTH, max(MIN_WIDTH, self.width() - 4))
        return QSize(width, width * 9 // 16)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        height = self.picture_size().height() + 4
        if height != self.height():
            self.setFixedHeight(height)
        self.schedule()

    def schedule(self) -> None:
        """A new picture at most REFRESH_DELAY_MS after the first change (not restarted by later ones, so a
        projector that keeps repainting still gets its thumbnail refreshed)."""
        if not self._grabbing and self.isVisible() and not self._timer.isActive():
            self._timer.start()

    def _audience_gone(self) -> None:
        """The window is closing (the projector went with it): nothing more to picture."""
        self.audience = None
        self._timer.stop()

    def refresh(self) -> None:
        if self.audience is None:
            return
        if not self.audience.isVisible():
            self.clear()
            return
        self._grabbing = True
        try:
            picture = self.audience.grab()
        finally:
            self._grabbing = False
        self.setPixmap(self.scaled(picture, self.picture_size()))

    @staticmethod
    def scaled(picture: QPixmap, size: QSize) -> QPixmap:
        return picture.scaled(size, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)
