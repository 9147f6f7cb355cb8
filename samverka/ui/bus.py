"""The app bus: one signal per kind of event, so every view refreshes from the same state."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from samverka.core.changes import Changes


class Bus(QObject):
    """`changed(changes, initiator)` after every committed write; views skip their own echoes."""

    changed = Signal(object, object)
    error_raised = Signal(str)
    warning_raised = Signal(str)
    info_raised = Signal(str)

    def emit_changed(self, changes: Changes, initiator: object | None = None) -> None:
        if changes:
            self.changed.emit(changes, initiator)
