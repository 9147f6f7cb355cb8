"""The base of every step page: it reads through the services and refreshes on the bus.

A page shows the tables `samverka.workflow.shown` declares for its step. When a service updated rows the page
shows only as plain rows (`PATCHED`), the page shows the new values it was handed (no read); anything else
(an add, a delete, rows the page computes from) makes it read again.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from samverka.core.changes import Changes
from samverka.ui.context import UiContext
from samverka.ui.steps.common import RefCache
from samverka.ui.widgets.form import BoundForm
from samverka.ui.widgets.row_table import RowTable

if TYPE_CHECKING:
    from samverka.dto import Row


class StepPage(QWidget):
    """Subclasses set STEP and PATCHED (the tables whose updates the page shows in place)."""

    STEP = 0
    PATCHED: frozenset[type[Row]] = frozenset()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._caches: list[RefCache] = []
        self._stale = False
        ctx.bus.changed.connect(self._on_changed)
        ctx.state.database_changed.connect(self.refresh)

    def ref_cache(self) -> RefCache:
        """The rows the page's reference columns name, loaded once per refresh (and patched on updates)."""
        cache = RefCache(lambda: self.ctx.state.db)
        self._caches.append(cache)
        return cache

    @property
    def watched(self) -> frozenset[type[Row]]:
        from samverka.workflow.shown import shows  # with the rows' module, after the window's frame

        return shows(self.STEP)

    def _on_changed(self, changes: Changes, initiator: object) -> None:
        if initiator is self or self.ctx.state.db is None or not changes.touches(*self.watched):
            return
        own = isinstance(initiator, QWidget) and self.isAncestorOf(initiator)
        if not self.isVisible() and not own:
            self._stale = True  # a page out of sight reloads when it is shown again, not after every edit elsewhere
            return
        if self.can_patch(changes):
            self.patch(changes)
        else:
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.refresh()

    def can_patch(self, changes: Changes) -> bool:
        """Only updates, of tables shown as plain rows, all handed back with their new values."""
        kinds = {kind for kind in self.watched if changes.touches(kind)}
        return bool(kinds) and kinds <= self.PATCHED and all(changes.all_rows_known(kind) for kind in kinds)

    def patch(self, changes: Changes) -> None:
        """Show updated rows in place: every table and form of the page that shows one of them."""
        for cache in self._caches:
            cache.patch(changes.rows)
        for table in self.findChildren(RowTable):
            table.patch(changes.rows)
            table.model.repaint_all()  # reference columns name other rows, which may be the changed ones
        for form in self.findChildren(BoundForm):
            form.patch(changes.rows)

    def refresh(self) -> None:
        """Reload everything shown from the services."""

    def retranslate_ui(self) -> None:
        """Set every visible string; called at start and when the language changes."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
