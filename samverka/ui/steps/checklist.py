"""A checkable list whose ticks are link rows (measure_cause, measure_technique): tick = create, untick = delete."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from samverka.dto import Row
from samverka.ui.context import UiContext


class LinkChecklist(QListWidget):
    """Items (id, label) or headings (None, label); the owner row and its links are set with set_items()."""

    def __init__(self, ctx: UiContext, table: type[Row], owner_field: str, target_field: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.table = table
        self.owner_field = owner_field
        self.target_field = target_field
        self.owner_id: int | None = None
        self.links: dict[int, int] = {}  # target id -> link row id, as shown
        self._pending: list[tuple[int, int, bool, int | None]] = []  # ticks made, not yet saved
        self.itemChanged.connect(self._toggled)

    def set_items(self, owner_id: int | None, items: Sequence[tuple[int | None, str]], links: Sequence[Any]) -> None:
        self.owner_id = owner_id
        self.links = {int(getattr(link, self.target_field)): link.id for link in links}
        linked = set(self.links)
        self.blockSignals(True)
        self.clear()
        for target_id, label in items:
            item = QListWidgetItem(label)
            if target_id is None:
                font = QFont(item.font())
                font.setBold(True)
                item.setFont(font)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                item.setForeground(QBrush(QColor("#14202b")))
            else:
                item.setData(Qt.ItemDataRole.UserRole, target_id)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                              | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if target_id in linked else Qt.CheckState.Unchecked)
            self.addItem(item)
        self.setEnabled(owner_id is not None and not self.ctx.read_only)
        self.blockSignals(False)

    def _toggled(self, item: QListWidgetItem) -> None:
        target = item.data(Qt.ItemDataRole.UserRole)
        if target is None or self.owner_id is None:
            return
        owner, checked = self.owner_id, item.checkState() == Qt.CheckState.Checked
        shown = self.links.get(int(target))
        # Saving refreshes this list, so it runs once the item's own signal is done. The tick belongs to the owner
        # it was made for, even if another row was chosen in the meantime (a quick click on the next measure).
        self._pending.append((owner, int(target), checked, shown))
        QTimer.singleShot(0, self.flush)

    def flush(self) -> None:
        """Save the ticks not saved yet: an action that reads the links (a decision) calls this first, so a tick
        made a moment before is in what it decides."""
        pending, self._pending = self._pending, []
        for owner, target, checked, shown in pending:
            self.set_link(owner, target, checked, shown)

    def set_link(self, owner_id: int, target_id: int, linked: bool, link_id: int | None = None) -> None:
        """Tick: add the link row; untick: delete the one shown (the page shows the result when it is saved)."""
        if owner_id == self.owner_id:
            link_id = self.links.get(target_id, link_id)
        if linked and link_id is None:
            self.ctx.undo.create(self.table, {self.owner_field: owner_id, self.target_field: target_id})
        elif not linked and link_id is not None:
            self.ctx.undo.delete(self.table, link_id)
