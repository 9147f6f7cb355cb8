"""A table model over a list of frozen rows; edits are handed to a callback that goes through undo."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCollator, QLocale, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from samverka.ui.models.columns import Column

Index = QModelIndex | QPersistentModelIndex
EditHandler = Callable[[Any, str, Any], bool]

MUTED = QColor("#5f6b7a")


class RowTableModel(QAbstractTableModel):
    def __init__(self, columns: Sequence[Column], on_edit: EditHandler | None = None) -> None:
        super().__init__()
        self.columns = list(columns)
        self.rows: list[Any] = []
        self.on_edit = on_edit
        self.flagged: Callable[[Any], str] | None = None  # a warning text for a row, or ""
        self._sort: tuple[int, Qt.SortOrder] | None = None  # set when the user clicks a header

    # reading ------------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self.columns)

    def row_at(self, row: int) -> Any:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def row_of(self, entity_id: int) -> int:
        for i, item in enumerate(self.rows):
            if item.id == entity_id:
                return i
        return -1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
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

    def _tooltip(self, item: Any, column: Column) -> str | None:
        if self.flagged is not None:
            warning = self.flagged(item)
            if warning:
                return warning
        if column.kind in ("text", "long", "computed"):
            text = column.format(item)
            return text if len(text) > 40 else None
        return None

    def headerData(  # noqa: N802 - Qt API
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        column = self.columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.title()
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip:
            from PySide6.QtCore import QCoreApplication  # noqa: PLC0415

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
    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or self.on_edit is None:
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
        self.rows = self._sorted(self.rows)
        self.layoutChanged.emit()

    def _sorted(self, rows: list[Any]) -> list[Any]:
        if self._sort is None:
            return rows
        column_index, order = self._sort
        column = self.columns[column_index]
        collator = QCollator(QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden))
        collator.setNumericMode(True)
        collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        keyed = sorted(rows, key=lambda item: collator.sortKey(str(column.format(item) or "")))
        return keyed[::-1] if order == Qt.SortOrder.DescendingOrder else keyed

    def set_rows(self, rows: Sequence[Any]) -> None:
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

    def repaint_all(self) -> None:
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, len(self.columns) - 1))
