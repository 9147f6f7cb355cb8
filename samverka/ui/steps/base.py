"""The base of every step page: it reads through the services and refreshes on the bus."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QWidget

from samverka.core.changes import Changes
from samverka.ui.context import UiContext


class StepPage(QWidget):
    """Subclasses set STEP and WATCHED (the table names whose changes make them refresh)."""

    STEP = 0
    WATCHED: frozenset[str] = frozenset()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        ctx.bus.changed.connect(self._on_changed)
        ctx.state.database_changed.connect(self.refresh)

    def _on_changed(self, changes: Changes, initiator: object) -> None:
        if initiator is self or self.ctx.state.db is None:
            return
        if changes.touches(*self.WATCHED):
            self.refresh()

    def refresh(self) -> None:
        """Reload everything shown from the services."""

    def retranslate_ui(self) -> None:
        """Set every visible string; called at start and when the language changes."""

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
