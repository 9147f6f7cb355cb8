"""An editable table of one kind of row with Add/Remove; every edit is one undoable service call."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from samverka.ui.context import UiContext
from samverka.ui.models.columns import Column
from samverka.ui.models.row_table import RowTableModel
from samverka.ui.state import Selection
from samverka.ui.widgets.delegates import ColumnDelegate


def tr(text: str) -> str:
    return QCoreApplication.translate("RowTable", text)


class RowTable(QWidget):
    """Title, a table and its Add/Remove buttons. `new_values()` gives the values of an added row."""

    current_changed = Signal(object)  # the selected row or None

    def __init__(
        self,
        ctx: UiContext,
        kind: str,
        columns: Sequence[Column],
        *,
        title: str = "",
        new_values: Callable[[], Mapping[str, Any] | None] | None = None,
        select_kind: str | None = None,
        on_edit: Callable[[Any, str, Any], bool] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.kind = kind
        self._title_source = title
        self._new_values = new_values
        self._select_kind = select_kind or kind
        self._quiet = False
        self.model = RowTableModel(columns, on_edit or self._edit)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        # Click a header to sort in Swedish alphabetical order; until then the method's own order stands.
        self.view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.view.setSortingEnabled(True)
        self.view.setItemDelegate(ColumnDelegate(self.model.columns, self._field_error, self.view))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self._edit_triggers = (
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.view.setEditTriggers(self._edit_triggers)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 12)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.setTabKeyNavigation(False)
        for i, column in enumerate(self.model.columns):
            if column.width:
                self.view.setColumnWidth(i, column.width)
        self.view.selectionModel().currentRowChanged.connect(self._current_row_changed)

        self.title_label = QLabel(self)
        self.title_label.setContentsMargins(0, 2, 0, 0)
        self.title_label.setProperty("role", "section")
        self.add_button = QPushButton(self)
        self.remove_button = QPushButton(self)
        self.add_button.clicked.connect(self.add_row)
        self.remove_button.clicked.connect(self.remove_current)
        self.add_button.setVisible(new_values is not None)
        self.remove_button.setVisible(new_values is not None)
        QShortcut(QKeySequence(Qt.Key.Key_Insert), self.view, self.add_row, Qt.ShortcutContext.WidgetShortcut)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.view, self.remove_current,
                  Qt.ShortcutContext.WidgetShortcut)

        header = QHBoxLayout()
        header.setContentsMargins(0, 0, 0, 0)
        header.addWidget(self.title_label, 1)
        header.addWidget(self.add_button)
        header.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(header)
        layout.addWidget(self.view, 1)
        self.retranslate_ui()

    # texts --------------------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        title = QCoreApplication.translate("Sections", self._title_source) if self._title_source else ""
        self.title_label.setText(title)
        self.title_label.setVisible(bool(title))
        self.add_button.setText(tr("Lägg till"))
        self.add_button.setToolTip(tr("Lägg till en rad (Insert)"))
        self.remove_button.setText(tr("Ta bort"))
        self.remove_button.setToolTip(tr("Ta bort den markerade raden (Delete). Kan ångras."))
        self.add_button.setAccessibleName(f"{tr('Lägg till')} {title}".strip())
        self.remove_button.setAccessibleName(f"{tr('Ta bort')} {title}".strip())
        self.view.setAccessibleName(title or self.kind)
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, max(len(self.model.columns) - 1, 0))
        self.model.repaint_all()

    # data ---------------------------------------------------------------------------------------
    def set_rows(self, rows: Sequence[Any]) -> None:
        """Show rows; the selected row stays selected (by id), else the first row is made current."""
        current = self.current_row()
        self.model.set_rows(rows)
        if current is not None and self.model.row_of(current.id) >= 0:
            self.select_id(current.id, emit=False)
        elif self.model.rowCount():
            self._quiet = True  # a selection made for the user does not move the projector
            try:
                self.view.selectionModel().setCurrentIndex(
                    self.model.index(0, 0),
                    QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
                )
            finally:
                self._quiet = False
        self._update_buttons()

    def current_row(self) -> Any:
        index = self.view.selectionModel().currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def select_id(self, entity_id: int | None, *, emit: bool = True) -> None:
        row = -1 if entity_id is None else self.model.row_of(entity_id)
        if row < 0:
            if emit:
                self.current_changed.emit(None)
            return
        index = self.model.index(row, 0)
        was = self.current_row()
        self.view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        if emit and (was is None or was.id != entity_id):
            self.current_changed.emit(self.current_row())

    def _current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = self.model.row_at(current.row()) if current.isValid() else None
        if row is not None and not self._quiet:
            self.ctx.state.select(Selection(self._select_kind, row.id))
        self._update_buttons()
        self.current_changed.emit(row)

    def _update_buttons(self) -> None:
        writable = not self.ctx.read_only
        self.view.setEditTriggers(self._edit_triggers if writable else QAbstractItemView.EditTrigger.NoEditTriggers)
        self.add_button.setEnabled(writable)
        self.remove_button.setEnabled(writable and self.current_row() is not None)

    # edits --------------------------------------------------------------------------------------
    def _edit(self, row: Any, field: str, value: Any) -> bool:
        return self.ctx.undo.update(self.kind, row.id, {field: getattr(row, field)}, {field: value})

    def _field_error(self, _field: str, message: str) -> None:
        self.ctx.bus.error_raised.emit(message)

    def add_row(self) -> None:
        if self._new_values is None or self.ctx.read_only:
            return
        values = self._new_values()
        if values is None:
            return
        new_id = self.ctx.undo.create(self.kind, values, text=tr("Lägg till rad"))
        if new_id is None:
            return
        self.select_id(new_id)
        self.edit_first_cell()

    def edit_first_cell(self) -> None:
        index = self.view.selectionModel().currentIndex()
        for i, column in enumerate(self.model.columns):
            if column.editable and column.kind not in ("computed", "bool"):
                target = self.model.index(index.row(), i)
                self.view.setCurrentIndex(target)
                self.view.setFocus()
                self.view.edit(target)
                return

    def remove_current(self) -> None:
        if self._new_values is not None:
            self.remove_current_with(tr("Ta bort rad"))

    def remove_current_with(self, text: str) -> None:
        row = self.current_row()
        if row is None or self.ctx.read_only:
            return
        next_row = self.view.selectionModel().currentIndex().row()
        if self.ctx.undo.delete(self.kind, row.id, text=text):
            target = min(next_row, self.model.rowCount() - 1)
            if target >= 0:
                self.view.selectRow(target)
