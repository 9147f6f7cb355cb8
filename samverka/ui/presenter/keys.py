"""Presenter keys as single keys, caught by one application event filter that steps aside while the user types.

Presentation clickers send PgDn/PgUp, so those work like → and ←.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QGraphicsTextItem,
    QGraphicsView,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

TEXT_INPUTS = (QLineEdit, QTextEdit, QPlainTextEdit, QAbstractSpinBox)
_BLOCKING_MODIFIERS = (
    Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.MetaModifier
)


def is_typing(widget: QWidget | None) -> bool:
    """True while a text field (or a canvas text item being edited) holds the keyboard; tables and canvases
    otherwise leave the keys to the presenter, so a clicker keeps working after a click in a table."""
    if widget is None:
        return False
    if isinstance(widget, TEXT_INPUTS):
        return not (isinstance(widget, QTextEdit | QPlainTextEdit) and widget.isReadOnly())
    if isinstance(widget, QComboBox):
        return widget.isEditable()
    if isinstance(widget, QGraphicsView) and widget.scene() is not None:
        item = widget.scene().focusItem()
        return isinstance(item, QGraphicsTextItem) and bool(
            item.textInteractionFlags() & Qt.TextInteractionFlag.TextEditable
        )
    return False


# Tables and canvases use these keys themselves (the cause canvas moves its selection with the arrows);
# PgDn/PgUp, which presentation clickers send, still work there.
_VIEW_KEYS = frozenset({Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Space})


def wants_key(widget: QWidget, key: int) -> bool:
    """True when the widget with the keyboard needs this key for its own navigation."""
    return key in _VIEW_KEYS and isinstance(widget, QAbstractItemView | QGraphicsView)


class KeyFilter(QObject):
    """Hands key presses in the watched windows to `handle(key, modifiers, text) -> bool` unless someone types."""

    def __init__(
        self, handle: Callable[[int, Qt.KeyboardModifier, str], bool], windows: Callable[[], Iterable[QWidget]]
    ) -> None:
        super().__init__()
        self._handle = handle
        self._windows = windows

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(watched, QWidget):
            return False
        assert isinstance(event, QKeyEvent)
        if event.modifiers() & _BLOCKING_MODIFIERS:
            return False
        if watched.window() not in list(self._windows()):
            return False
        # A key the focused widget ignores travels on to its parents; judge by the widget that has the keyboard.
        target = watched.window().focusWidget() or watched
        if is_typing(watched) or is_typing(target) or wants_key(target, event.key()):
            return False
        return self._handle(event.key(), event.modifiers(), event.text())
