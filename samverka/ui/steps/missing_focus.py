"""Taking the facilitator to what a `Missing` item names: the tab, the row and the field, with the keyboard there.

Each page maps the rules' (table, field) pairs to its widgets and calls these helpers from its
`focus_missing(missing) -> bool` (the navigator's click-to-fix calls that method).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QTabWidget, QWidget

from samverka.ui.widgets.form import BoundForm
from samverka.ui.widgets.row_table import RowTable


def show_tab(tabs: QTabWidget, page: QWidget) -> None:
    """Make the tab holding `page` current (the page may sit inside a splitter on that tab)."""
    for index in range(tabs.count()):
        holder = tabs.widget(index)
        if holder is not None and (holder is page or holder.isAncestorOf(page)):
            tabs.setCurrentIndex(index)
            return


def focus_widget(widget: QWidget) -> None:
    """Focus now, and again once the page is shown (a page switched to in the same event gets focus late)."""
    widget.setFocus()
    QTimer.singleShot(0, widget.setFocus)


def focus_cell(table: RowTable[Any], entity_id: int | None, field: str = "") -> bool:
    """Select the row (or keep the current one) and put the keyboard on the field's cell; with no rows at all,
    on the Add button (the fix is to add one)."""
    if entity_id is not None and table.model.row_of(entity_id) >= 0:
        table.select_id(entity_id)
    if table.model.rowCount() == 0:
        if table.add_button.isVisible() and table.add_button.isEnabled():
            focus_widget(table.add_button)
            return True
        focus_widget(table.view)
        return True
    row = table.view.currentIndex().row() if table.view.currentIndex().isValid() else 0
    column = next((i for i, c in enumerate(table.model.columns) if c.field == field), -1)
    if column < 0:
        column = max(table.view.currentIndex().column(), 0)
    index = table.model.index(row, column)
    table.view.setCurrentIndex(index)
    table.view.scrollTo(index)
    focus_widget(table.view)
    return True


def focus_field(form: BoundForm[Any], field: str) -> bool:
    bound = form.fields.get(field)
    if bound is None:
        return False
    focus_widget(bound.editor)
    return True
