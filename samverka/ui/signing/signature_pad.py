"""A signature pad: draw with mouse, pen or finger; clear; export the strokes as a transparent PNG."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QEvent, QIODevice, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QImage,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QTabletEvent,
    QTouchEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

INK = QColor(20, 30, 120)
_PEN_WIDTH = 2.6


class SignaturePad(QWidget):
    """Strokes are kept in widget coordinates; `to_png()` crops them and renders at `scale` × resolution."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._strokes: list[list[QPointF]] = []
        self._drawing = False
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents, True)
        self.setAttribute(Qt.WidgetAttribute.WA_StaticContents, True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumSize(320, 130)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("Underskriftsyta"))
        self.setToolTip(self.tr("Rita din underskrift med mus, penna eller finger."))

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(480, 160)

    # --- the strokes -------------------------------------------------------------------------------------------
    def is_empty(self) -> bool:
        return not any(len(stroke) > 1 for stroke in self._strokes)

    def clear(self) -> None:
        if self._strokes:
            self._strokes.clear()
            self.update()
            self.changed.emit()

    def add_stroke(self, points: list[QPointF]) -> None:
        """Add a whole stroke (used by tests and by pasting a saved signature)."""
        if points:
            self._strokes.append(list(points))
            self.update()
            self.changed.emit()

    def _begin(self, point: QPointF) -> None:
        self._drawing = True
        self._strokes.append([point])
        self.update()

    def _extend(self, point: QPointF) -> None:
        if self._drawing and self._strokes:
            self._strokes[-1].append(point)
            self.update()

    def _end(self) -> None:
        if self._drawing:
            self._drawing = False
            if self._strokes and len(self._strokes[-1]) == 1:
                # A tap is a dot: make it a tiny stroke so that it is drawn and exported.
                point = self._strokes[-1][0]
                self._strokes[-1].append(point + QPointF(0.5, 0.5))
            self.changed.emit()

    # --- input -------------------------------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        if event.button() == Qt.MouseButton.LeftButton:
            self._begin(event.position())

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.buttons() & Qt.MouseButton.LeftButton:
            self._extend(event.position())

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton:
            self._extend(event.position())
            self._end()

    def tabletEvent(self, event: QTabletEvent) -> None:  # noqa: N802
        kind = event.type()
        if kind == QEvent.Type.TabletPress:
            self._begin(event.position())
        elif kind == QEvent.Type.TabletMove:
            self._extend(event.position())
        elif kind == QEvent.Type.TabletRelease:
            self._end()
        event.accept()

    def event(self, event: QEvent) -> bool:
        if isinstance(event, QTouchEvent):
            points = event.points()
            if points:
                position = points[0].position()
                if event.type() == QEvent.Type.TouchBegin:
                    self._begin(position)
                elif event.type() == QEvent.Type.TouchUpdate:
                    self._extend(position)
                elif event.type() in (QEvent.Type.TouchEnd, QEvent.Type.TouchCancel):
                    self._end()
            event.accept()
            return True
        return super().event(event)

    # --- drawing -----------------------------------------------------------------------------------------------
    def _path(self) -> QPainterPath:
        path = QPainterPath()
        for stroke in self._strokes:
            if not stroke:
                continue
            path.moveTo(stroke[0])
            for point in stroke[1:]:
                path.lineTo(point)
        return path

    def _pen(self, scale: float = 1.0) -> QPen:
        pen = QPen(INK, _PEN_WIDTH * scale)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        return pen

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor(255, 255, 255))
        baseline = self.height() * 0.78
        painter.setPen(QPen(QColor(170, 170, 180), 1, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(16, baseline), QPointF(self.width() - 16, baseline))
        painter.setPen(QColor(120, 120, 130))
        painter.drawText(QPointF(18, baseline + 16), "✕")
        if self.is_empty() and not self._drawing:
            painter.drawText(
                self.rect().adjusted(0, 0, 0, -int(self.height() * 0.3)), Qt.AlignmentFlag.AlignCenter,
                self.tr("Rita din underskrift här"),
            )
        painter.setPen(self._pen())
        painter.drawPath(self._path())
        painter.setPen(QPen(QColor(150, 150, 160), 1))
        painter.drawRect(self.rect().adjusted(0, 0, -1, -1))

    # --- export ------------------------------------------------------------------------------------------------
    def to_image(self, scale: float = 3.0) -> QImage:
        """The strokes cropped to their bounds plus a margin, transparent background."""
        path = self._path()
        bounds = path.boundingRect().adjusted(-6, -6, 6, 6) if not self.is_empty() else QRectF(0, 0, 1, 1)
        image = QImage(
            max(1, round(bounds.width() * scale)), max(1, round(bounds.height() * scale)),
            QImage.Format.Format_ARGB32,
        )
        image.fill(Qt.GlobalColor.transparent)
        if not self.is_empty():
            painter = QPainter(image)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.scale(scale, scale)
            painter.translate(-bounds.topLeft())
            painter.setPen(self._pen())
            painter.drawPath(path)
            painter.end()
        return image

    def to_png(self, scale: float = 3.0) -> bytes | None:
        """PNG bytes of the drawn signature, or None when nothing was drawn."""
        if self.is_empty():
            return None
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        self.to_image(scale).save(buffer, "PNG")  # type: ignore[call-overload]  # the stubs want bytes; runtime wants str
        buffer.close()
        return bytes(data.data())
