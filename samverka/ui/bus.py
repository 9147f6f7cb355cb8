"""The app bus: one signal per kind of event, so every view refreshes from the same state."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from samverka.core.changes import Changes


class Bus(QObject):
    """`changed(changes, initiator)` after every committed write. The initiator is the widget whose edit it was
    (None for undo, redo and other windows); while the change is delivered it is also `delivering`, so a view
    refreshing a form does not load a field's own save back into it."""

    changed = Signal(object, object)
    error_raised = Signal(str)
    warning_raised = Signal(str)
    info_raised = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.delivering: object | None = None

    def emit_changed(self, changes: Changes, initiator: object | None = None) -> None:
        if not changes:
            return
        outer = self.delivering
        self.delivering = initiator
        try:
            self.changed.emit(changes, initiator)
        finally:
            self.delivering = outer
