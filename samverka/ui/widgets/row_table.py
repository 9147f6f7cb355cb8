"""An editable table of one kind of row with Add/Remove; every edit is one undoable service call.

It behaves like a spreadsheet: Tab and Shift+Tab commit the cell and open the next (or previous) cell, wrapping
to the next row; Enter commits; Esc cancels. What is typed after Tab goes into the next cell.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Generic

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
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
from samverka.ui.models.row_table import EditHandler, RowTableModel, T
from samverka.ui.state import Selection
from samverka.ui.widgets.column_fit import HEADER_FLAGS, fit_columns
from samverka.ui.widgets.delegates import ColumnDelegate

if TYPE_CHECKING:
    from samverka.dto import Row


def tr(text: str) -> str:
    return QCoreApplication.translate("RowTable", text)


class SheetView(QTableView):
    """A table view where Tab and Shift+Tab walk the cells that can be changed, row after row.
    `fit` (if set) sizes the columns whenever the visible width changes."""

    fit: Callable[[], None] | None = None
    _fitting = False

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and self.fit is not None and not self._fitting:
            self._fitting = True  # a scroll bar that comes or goes while fitting must not start another fit
            try:
                self.fit()
            finally:
                self._fitting = False
        return super().viewportEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.fit is not None:
            self.fit()  # the widths a hidden table skipped (see RowTable.fit_columns)

    def moveCursor(self, action: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier) -> QModelIndex:
        if action not in (QAbstractItemView.CursorAction.MoveNext, QAbstractItemView.CursorAction.MovePrevious):
            return super().moveCursor(action, modifiers)
        model = self.model()
        rows, columns = model.rowCount(), model.columnCount()
        current = self.currentIndex()
        if not current.isValid() or not rows or not columns:
            return super().moveCursor(action, modifiers)
        step = 1 if action == QAbstractItemView.CursorAction.MoveNext else -1
        position = current.row() * columns + current.column()
        for _ in range(rows * columns):
            position += step
            if not 0 <= position < rows * columns:
                return QModelIndex()  # past the last (or first) cell: Tab leaves the table
            index = model.index(position // columns, position % columns)
            changeable = Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemIsUserCheckable
            if not self.isColumnHidden(index.column()) and model.flags(index) & changeable:
                return index
        return QModelIndex()

    def focusNextPrevChild(self, forward: bool) -> bool:
        # Tab inside the table moves between cells; at the last cell it moves on to the next widget.
        if self.tabKeyNavigation() and self.currentIndex().isValid():
            action = QAbstractItemView.CursorAction.MoveNext if forward else QAbstractItemView.CursorAction.MovePrevious
            target = self.moveCursor(action, Qt.KeyboardModifier.NoModifier)
            if target.isValid():
                self.setCurrentIndex(target)
                return True
        return QWidget.focusNextPrevChild(self, forward)


class RowTable(QWidget, Generic[T]):
    """Title, a table and its Add/Remove buttons over rows of `table` (a row class: it names the table edits
    and deletes go to). The rows shown are `T`: the table's own rows, or rows a page computes (with `on_edit`).
    `new_values()` gives the values of an added row."""

    current_changed = Signal(object)  # the selected row or None

    def __init__(
        self,
        ctx: UiContext,
        table: type[Row],
        columns: Sequence[Column],
        *,
        title: str = "",
        new_values: Callable[[], Mapping[str, Any] | None] | None = None,
        select_kind: type[Row] | None = None,
        on_edit: EditHandler[T] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.table = table
        self._title_source = title
        self._new_values = new_values
        self._select_kind = select_kind or table
        self._quiet = False
        self.patchable = on_edit is None  # rows of `table` itself, so an update can be shown in place
        self.model: RowTableModel[T] = RowTableModel(columns, on_edit or self._edit)
        self.view = SheetView(self)
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
        self.view.horizontalHeader().setDefaultAlignment(HEADER_FLAGS)  # a long title wraps, never cut
        self.view.horizontalHeader().setResizeContentsPrecision(50)  # column widths from a sample of rows
        self.view.setTabKeyNavigation(True)
        for i, column in enumerate(self.model.columns):
            if column.width:
                self.view.setColumnWidth(i, column.width)
        self.view.fit = self.fit_columns
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
        self.view.setAccessibleName(title or self.table.KIND)
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, max(len(self.model.columns) - 1, 0))
        self.model.repaint_all()
        self.fit_columns()

    def fit_columns(self) -> None:
        """Columns as wide as their content, within the table's visible width (see column_fit)."""
        if not self.view.isVisible():
            # A hidden view measures every row for its content widths (Qt reads the rows in view, and a hidden
            # view has them all), so a large table on a tab not yet opened is fitted when it is first shown.
            return
        columns = self.model.columns
        fit_columns(self.view, [c.width for c in columns], [c.kind for c in columns])

    # data ---------------------------------------------------------------------------------------
    def set_rows(self, rows: Sequence[T]) -> None:
        """Show rows; the selected row stays selected (by id, in the same column), else the first row is made
        current."""
        current = self.current_row()
        self.model.set_rows(rows)
        self.fit_columns()
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

    def patch(self, rows: Sequence[Row]) -> bool:
        """Show the new values of updated rows in place (no read); False if a row is not shown here."""
        return self.patchable and self.model.patch(rows)

    def current_row(self) -> T | None:
        index = self.view.selectionModel().currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def select_id(self, entity_id: int | None, *, emit: bool = True) -> None:
        row = -1 if entity_id is None else self.model.row_of(entity_id)
        if row < 0:
            if emit:
                self.current_changed.emit(None)
            return
        current = self.view.selectionModel().currentIndex()
        index = self.model.index(row, max(current.column(), 0))
        was = self.current_row()
        self.view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        if emit and (was is None or was.id != entity_id):
            self.current_changed.emit(self.current_row())

    def _current_row_changed(self, current: QModelIndex | QPersistentModelIndex, _previous: object) -> None:
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
    def _edit(self, row: T, field: str, value: Any) -> bool:
        outcome = self.ctx.undo.update(self.table, row.id, {field: value}, expected={field: getattr(row, field)},
                                       initiator=self)

        return outcome.saved

    def _field_error(self, _field: str, message: str) -> None:
        self.ctx.bus.error_raised.emit(message)

    def add_row(self) -> None:
        if self._new_values is None or self.ctx.read_only:
            return
        values = self._new_values()
        if values is None:
            return
        outcome = self.ctx.undo.create(self.table, values, initiator=self)
        if outcome.entity_id is None:
            return
        self.select_id(outcome.entity_id)
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
            self.remove_current_row()

    def remove_current_row(self) -> None:
        row = self.current_row()
        if row is None or self.ctx.read_only:
            return
        next_row = self.view.selectionModel().currentIndex().row()
        if self.ctx.undo.delete(self.table, row.id):
            target = min(next_row, self.model.rowCount() - 1)
            if target >= 0:
                self.view.selectRow(target)
