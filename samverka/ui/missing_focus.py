"""Taking the facilitator to where a missing item is fixed: the page's own `focus_missing(missing)` when it has
one, else the row in a table of that kind (or the field of a form showing it), made visible and given the keyboard.

Pages may use `reveal(widget)` and `focus_field(form, field)` in their own `focus_missing`.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QScrollArea, QStackedWidget, QTabWidget, QToolBox, QWidget

from samverka.ui.widgets.form import BoundForm
from samverka.ui.widgets.row_table import RowTable
from samverka.workflow.missing import Missing


def reveal(widget: QWidget) -> None:
    """Make a widget visible on its page: every tab, tool box page and scroll area around it shows it."""
    child = widget
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QStackedWidget) and isinstance(parent.parentWidget(), QTabWidget):
            tabs = parent.parentWidget()
            assert isinstance(tabs, QTabWidget)
            index = tabs.indexOf(child)
            if index >= 0:
                tabs.setCurrentIndex(index)
        elif isinstance(parent, QToolBox):
            index = parent.indexOf(child)
            if index >= 0:
                parent.setCurrentIndex(index)
        child = parent
        parent = parent.parentWidget()
    scroll = widget.parentWidget()
    while scroll is not None:
        if isinstance(scroll, QScrollArea):
            inner = scroll.widget()
            if inner is not None and inner.isAncestorOf(widget):
                scroll.ensureWidgetVisible(widget, 40, 40)
        scroll = scroll.parentWidget()


def focus_field(form: BoundForm[Any], field: str) -> bool:
    bound = form.fields.get(field)
    if bound is None:
        return False
    reveal(bound.editor)
    bound.editor.setFocus()
    return True


def focus_generic(page: QWidget, missing: Missing) -> bool:
    """Select the missing row in a table of its kind, or focus the field of a form showing it; True if found."""
    if not missing.entity:
        return False
    for table in page.findChildren(RowTable):
        if missing.entity != table.table.KIND:
            continue
        if missing.entity_id is not None and table.model.row_of(missing.entity_id) < 0:
            continue
        reveal(table)
        if missing.entity_id is not None:
            table.select_id(missing.entity_id)
        table.view.setFocus()
        return True
    for form in page.findChildren(BoundForm):
        if missing.entity != form.table.KIND or missing.field not in form.fields:
            continue
        if missing.entity_id is not None and (form.row is None or form.row.id != missing.entity_id):
            continue
        return focus_field(form, missing.field)
    return False
