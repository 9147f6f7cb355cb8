"""One delegate for every column kind: combo boxes for choices, checked text for dates and numbers."""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from samverka.core.weekdays import parse_weekdays
from samverka.errors import KnownError
from samverka.ui.models.columns import Column, format_value, parse_number

Index = QModelIndex | QPersistentModelIndex


def parse_date(text: str) -> dt.date | None:
    """ÅÅÅÅ-MM-DD (also with / or . and without separators). Raises ValueError."""
    clean = text.strip().replace("/", "-").replace(".", "-")
    if not clean:
        return None
    if len(clean) == 8 and clean.isdigit():
        clean = f"{clean[:4]}-{clean[4:6]}-{clean[6:]}"
    return dt.date.fromisoformat(clean)


def date_error() -> str:
    return QCoreApplication.translate("Fields", "Skriv datumet som ÅÅÅÅ-MM-DD, till exempel 2026-03-15.")


def number_error() -> str:
    return QCoreApplication.translate("Fields", "Skriv ett tal, till exempel 12 eller 3,5.")


def parse_for(column: Column, text: str) -> Any:
    """Text from an editor to the field's value. Raises ValueError with a message for the user."""
    if column.kind == "date":
        try:
            return parse_date(text)
        except ValueError:
            raise ValueError(date_error()) from None
    if column.kind in ("int", "float"):
        try:
            return parse_number(text, column.kind)
        except ValueError:
            raise ValueError(number_error()) from None
    if column.kind == "weekdays":
        try:
            return parse_weekdays(text)
        except KnownError as exc:
            raise ValueError(str(exc)) from None
    return text


class ColumnDelegate(QStyledItemDelegate):
    def __init__(self, columns: list[Column], on_error: Callable[[str, str], None], parent: QWidget) -> None:
        super().__init__(parent)
        self.columns = columns
        self.on_error = on_error

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        column = self.columns[index.column()]
        if column.kind in ("choice", "ref"):
            combo = QComboBox(parent)
            combo.setAccessibleName(column.title())
            for value, label in column.option_list():
                combo.addItem(label, value)
            return combo
        editor = QLineEdit(parent)
        editor.setAccessibleName(column.title())
        if column.kind == "date":
            editor.setPlaceholderText(QCoreApplication.translate("Fields", "ÅÅÅÅ-MM-DD"))
        if column.kind == "weekdays":
            editor.setPlaceholderText(QCoreApplication.translate("Fields", "t.ex. fre, lör"))
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        column = self.columns[index.column()]
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QComboBox):
            found = editor.findData(value)
            editor.setCurrentIndex(max(found, 0))
            return
        if isinstance(editor, QLineEdit):
            if editor.isModified():
                return  # the facilitator is typing here: a repaint of the table must not take the text back
            editor.setText("" if value is None else value if column.kind in ("text", "long") else
                           format_value(column, value))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        column = self.columns[index.column()]
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
            return
        if isinstance(editor, QLineEdit):
            try:
                value = parse_for(column, editor.text())
            except ValueError as exc:
                self.on_error(column.field, str(exc))
                self._edit_again(index, editor.text())
                return
            unchanged = value == index.data(Qt.ItemDataRole.EditRole)
            if not model.setData(index, value, Qt.ItemDataRole.EditRole) and not unchanged:
                self._edit_again(index, editor.text())  # refused by a rule (its reason is on the message bar)

    def _edit_again(self, index: Index, text: str) -> None:
        """A refused value is not thrown away: the cell opens again with what was typed, to be put right (Esc
        leaves the stored value)."""
        view = self.parent()
        if not isinstance(view, QAbstractItemView):
            return
        cell = QPersistentModelIndex(index)

        def reopen() -> None:
            with contextlib.suppress(RuntimeError):  # the table went away meanwhile
                focus = QApplication.focusWidget()
                elsewhere = focus is not None and focus is not view and not view.isAncestorOf(focus)
                moved = QPersistentModelIndex(view.currentIndex()) != cell  # Tab, a click: moving on wins
                editing = view.state() == QAbstractItemView.State.EditingState
                if not cell.isValid() or not view.isVisible() or elsewhere or moved or editing:
                    return  # the facilitator has moved on: the message says what was refused
                target = view.model().index(cell.row(), cell.column())
                view.edit(target)
                editor = view.focusWidget()
                if view.state() == QAbstractItemView.State.EditingState and isinstance(editor, QLineEdit):
                    editor.setText(text)
                    editor.setModified(True)  # typed, not stored: a repaint must not take it back
                    editor.selectAll()

        QTimer.singleShot(0, reopen)
