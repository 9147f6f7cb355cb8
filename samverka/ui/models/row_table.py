"""A table model over a list of frozen rows; edits are handed to a callback that goes through undo."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Generic, Protocol, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCollator,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from samverka.ui.models.columns import Column

Index = QModelIndex | QPersistentModelIndex


class HasId(Protocol):
    """A shown row: a dto row, or a row a page computes (a ranking, an overview)."""

    @property
    def id(self) -> int: ...


T = TypeVar("T", bound=HasId)
EditHandler = Callable[[T, str, Any], bool]

MUTED = QColor("#5f6b7a")


class RowTableModel(QAbstractTableModel, Generic[T]):
    def __init__(self, columns: Sequence[Column], on_edit: EditHandler[T] | None = None) -> None:
        super().__init__()
        self.columns = list(columns)
        self.rows: list[T] = []
        self.on_edit = on_edit
        self.flagged: Callable[[T], str] | None = None  # a warning text for a row, or ""
        self._sort: tuple[int, Qt.SortOrder] | None = None  # set when the user clicks a header

    # reading ------------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self.columns)

    def row_at(self, row: int) -> T | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def row_of(self, entity_id: int) -> int:
        for i, item in enumerate(self.rows):
            if item.id == entity_id:
                return i
        return -1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self.checkIndex(index, QAbstractTableModel.CheckIndexOption.IndexIsValid):
            return None
        item = self.rows[index.row()]
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.format(item)
        if role == Qt.ItemDataRole.EditRole:
            return getattr(item, column.field, None)
        if role == Qt.ItemDataRole.CheckStateRole and column.kind == "bool":
            return Qt.CheckState.Checked if getattr(item, column.field) else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(item, column)
        if role == Qt.ItemDataRole.ForegroundRole and not self._editable(column):
            return QBrush(MUTED)
        if role == Qt.ItemDataRole.BackgroundRole and self.flagged is not None and self.flagged(item):
            return QBrush(QColor("#fff4d6"))
        return None

    def _tooltip(self, item: T, column: Column) -> str | None:
        if self.flagged is not None:
            warning = self.flagged(item)
            if warning:
                return warning
        if column.kind in ("text", "long", "computed"):
            text = column.format(item)
            return text if len(text) > 40 else None
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        column = self.columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.title()
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip:
            return QCoreApplication.translate("Columns", column.tooltip)
        return None

    def _editable(self, column: Column) -> bool:
        return column.editable and column.kind != "computed" and self.on_edit is not None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if not index.isValid():
            return base
        column = self.columns[index.column()]
        if not self._editable(column):
            return base
        if column.kind == "bool":
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base | Qt.ItemFlag.ItemIsEditable

    # writing ------------------------------------------------------------------------------------
    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not self.checkIndex(index, QAbstractTableModel.CheckIndexOption.IndexIsValid) or self.on_edit is None:
            return False
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.CheckStateRole and column.kind == "bool":
            value = Qt.CheckState(value) == Qt.CheckState.Checked
        elif role != Qt.ItemDataRole.EditRole:
            return False
        item = self.rows[index.row()]
        if getattr(item, column.field) == value:
            return False
        return self.on_edit(item, column.field, value)

    # updating from the services ------------------------------------------------------------------
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by a column's shown text in Swedish order (å, ä, ö last; numbers by value)."""
        if not 0 <= column < len(self.columns):
            self._sort = None
            return
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        before = self.rows
        self.rows = self._sorted(self.rows)
        # The current cell and the selection stay on their rows (persistent indexes follow the move).
        moved = {id(row): i for i, row in enumerate(self.rows)}
        for index in self.persistentIndexList():
            if 0 <= index.row() < len(before):
                self.changePersistentIndex(index, self.index(moved[id(before[index.row()])], index.column()))
        self.layoutChanged.emit()

    def _sorted(self, rows: list[T]) -> list[T]:
        if self._sort is None:
            return rows
        column_index, order = self._sort
        column = self.columns[column_index]
        collator = QCollator(QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden))
        collator.setNumericMode(True)
        collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        keyed = sorted(rows, key=lambda item: collator.sortKey(str(column.format(item) or "")))
        return keyed[::-1] if order == Qt.SortOrder.DescendingOrder else keyed

    def set_rows(self, rows: Sequence[T]) -> None:
        """Same ids in the same order: repaint in place (keeps selection and the editor); else reset."""
        rows = self._sorted(list(rows))
        if [r.id for r in rows] == [r.id for r in self.rows]:
            self.rows = rows
            if rows:
                self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, len(self.columns) - 1))
            return
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def patch(self, rows: Sequence[Any]) -> bool:
        """Show new values of rows already shown (an update came back from a service) without reading again.
        Only the changed rows repaint, so the current cell and an open editor stay where they are. False when
        a row is not shown here (then the caller reloads)."""
        by_id = {row.id: row for row in rows}
        changed: list[int] = []
        for i, item in enumerate(self.rows):
            new = by_id.pop(item.id, None)
            if new is not None and type(new) is type(item):
                self.rows[i] = new
                changed.append(i)
        for i in changed:
            self.dataChanged.emit(self.index(i, 0), self.index(i, len(self.columns) - 1))
        return not by_id

    def repaint_all(self) -> None:
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, len(self.columns) - 1))
