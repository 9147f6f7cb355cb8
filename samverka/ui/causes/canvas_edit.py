"""Editing a note's text in place: a line edit laid over the note; Enter or leaving saves, Escape cancels."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit

from samverka.dto import CauseRow
from samverka.ui.causes.items import NoteItem

if TYPE_CHECKING:
    from samverka.ui.causes.canvas import CauseCanvas


class InlineEditor(QObject):
    def __init__(self, canvas: CauseCanvas) -> None:
        super().__init__(canvas)
        self.canvas = canvas
        self.line: QLineEdit | None = None
        self.cause: CauseRow | None = None

    @property
    def active(self) -> bool:
        return self.line is not None

    def start(self, note: NoteItem) -> None:
        self.cancel()
        line = QLineEdit(self.canvas.viewport())
        line.setObjectName("causeInlineEditor")
        line.setText(note.node.cause.text)
        line.selectAll()
        rect = self.canvas.mapFromScene(note.scene_rect()).boundingRect()
        line.setGeometry(rect.x(), rect.y(), max(rect.width(), 160), max(line.sizeHint().height(), 28))
        line.installEventFilter(self)
        self.line = line
        self.cause = note.node.cause
        line.show()
        line.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is not self.line:
            return False
        if event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab):
                self.commit()
                return True
            if event.key() == Qt.Key.Key_Escape:
                self.cancel()
                self.canvas.setFocus()
                return True
        elif event.type() == QEvent.Type.FocusOut:
            self.commit(refocus=False)
        return False

    def commit(self, *, refocus: bool = True) -> None:
        line, cause = self.line, self.cause
        if line is None or cause is None:
            return
        text = line.text().strip()
        self._close()
        if text != cause.text.strip():
            self.canvas.ops.edit(cause, text=text)
        if refocus:
            self.canvas.setFocus()

    def cancel(self) -> None:
        self._close()

    def _close(self) -> None:
        line = self.line
        self.line = None
        self.cause = None
        if line is not None:
            line.removeEventFilter(self)
            line.hide()
            line.deleteLater()
