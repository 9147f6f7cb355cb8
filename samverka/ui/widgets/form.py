"""A detail form bound to one row: each field saves itself (undoable) and shows its own error inline.

Typing saves after a short pause and when the field loses focus; the saves of one editing burst (from the first
key to leaving the field) are one undo step. A refused value stays visible with the reason below it, and nothing
is saved. A field's own save is never loaded back into it (the bus names the field as the initiator).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from samverka import vocab
from samverka.errors import Text
from samverka.ui.context import UiContext
from samverka.ui.models.columns import Column, Ref, format_plain, translated
from samverka.ui.widgets.delegates import parse_for

if TYPE_CHECKING:
    from samverka.dto import Row

TYPING_PAUSE_MS = 700
R = TypeVar("R", bound="Row")


def tr_field(text: str | Text) -> str:
    return translated("Fields", text)


class BoundField(QObject):
    """One editor bound to one field of the form's row."""

    def __init__(self, form: BoundForm[Any], column: Column, editor: QWidget, label: QLabel, error: QLabel,
                 *, required: bool, guidance: str | Text, guidance_label: QLabel | None = None) -> None:
        super().__init__(form)
        self.guidance_label = guidance_label
        self.form = form
        self.column = column
        self.editor = editor
        self.label = label
        self.error = error
        self.required = required
        self.guidance = guidance
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(TYPING_PAUSE_MS)
        self.timer.timeout.connect(self.commit)
        self._loading = False
        self._burst = 0  # the saves of one editing burst share this number: one undo step
        self._connect()

    def _connect(self) -> None:
        editor = self.editor
        if isinstance(editor, QLineEdit):
            editor.textEdited.connect(self._typed)
            editor.editingFinished.connect(self.finish)
        elif isinstance(editor, QPlainTextEdit):
            editor.textChanged.connect(self._typed)
            editor.installEventFilter(self)
        elif isinstance(editor, QComboBox):
            editor.activated.connect(lambda _i: self.commit())
        elif isinstance(editor, QCheckBox):
            editor.toggled.connect(lambda _c: self.commit())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.editor and event.type() == QEvent.Type.FocusOut:
            self.finish()
        return False

    def burst(self) -> tuple[int, int] | None:
        """Typing saves in one burst merge into one undo step; a choice or a tick is a step of its own."""
        return (id(self), self._burst) if isinstance(self.editor, QLineEdit | QPlainTextEdit) else None

    def finish(self) -> None:
        """The field was left (or Enter pressed): save, and the next change starts a new undo step."""
        self.commit()
        self._burst += 1

    def _typed(self, *_args: object) -> None:
        if not self._loading:
            self.timer.start()

    def value(self) -> Any:
        editor = self.editor
        if isinstance(editor, QComboBox):
            return editor.currentData()
        if isinstance(editor, QCheckBox):
            return editor.isChecked()
        if isinstance(editor, QPlainTextEdit):
            return parse_for(self.column, editor.toPlainText())
        if isinstance(editor, QLineEdit):
            return parse_for(self.column, editor.text())
        return None

    def load(self, value: Any) -> None:
        """Show a stored value."""
        self.timer.stop()
        self._loading = True
        try:
            editor = self.editor
            text = "" if value is None else (value if isinstance(value, str) else format_plain(value))
            if isinstance(editor, QComboBox):
                editor.setCurrentIndex(max(editor.findData(value), 0))
            elif isinstance(editor, QCheckBox):
                editor.setChecked(bool(value))
            elif isinstance(editor, QPlainTextEdit):
                editor.setPlainText(text)
            elif isinstance(editor, QLineEdit):
                editor.setText(text)
        finally:
            self._loading = False
        self.show_error("")

    def commit(self) -> None:
        self.timer.stop()
        if self._loading:
            return
        try:
            value = self.value()
        except ValueError as exc:
            self.show_error(str(exc))
            return
        self.form.commit_field(self, value)

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))

    def retranslate(self) -> None:
        text = tr_field(self.column.header)
        self.label.setText(f"{text} *" if self.required else text)
        self.editor.setAccessibleName(text)
        if self.guidance:
            guidance = translated("Guidance", self.guidance)
            self.editor.setToolTip(guidance)
            self.editor.setAccessibleDescription(guidance)
            if self.guidance_label is not None:
                self.guidance_label.setText(guidance)
            elif isinstance(self.editor, QLineEdit | QPlainTextEdit):
                self.editor.setPlaceholderText(guidance)
        if isinstance(self.editor, QComboBox):
            self.reload_options()
        if isinstance(self.editor, QLineEdit) and self.column.kind == "date":
            self.editor.setPlaceholderText(tr_field("ÅÅÅÅ-MM-DD"))

    def reload_options(self) -> None:
        combo = self.editor
        assert isinstance(combo, QComboBox)
        current = combo.currentData()
        self._loading = True
        combo.clear()
        for value, text in self.column.option_list():
            combo.addItem(text, value)
        combo.setCurrentIndex(max(combo.findData(current), 0))
        self._loading = False


class BoundForm(QWidget, Generic[R]):
    """Fields of one kind of row; `set_row(row)` shows a row (or disables the form with None)."""

    def __init__(self, ctx: UiContext, table: type[R], parent: QWidget | None = None, *,
                 labels_above: bool = False) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.table = table
        self.row: R | None = None
        self.fields: dict[str, BoundField] = {}
        self.layout_ = QFormLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.layout_.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.layout_.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows if labels_above
                                      else QFormLayout.RowWrapPolicy.WrapLongRows)
        self.set_row(None)

    def add(self, field: str, header: str | Text, kind: str = "text", *, choices: vocab.Choices | None = None,
            ref: Ref | None = None, required: bool = False,
            guidance: str | Text = "", show_guidance: bool = False, lines: int = 4, none_label: str = "") -> QWidget:
        column = Column(field, header, kind, choices=choices, ref=ref, none_label=none_label)
        editor = self._make_editor(column, lines)
        label = QLabel(self)
        label.setContentsMargins(0, 2, 0, 0)
        label.setWordWrap(True)  # a long label in a narrow column wraps instead of being cut
        label.setBuddy(editor)
        error = QLabel(self)
        error.setProperty("role", "error")
        error.setWordWrap(True)
        error.setVisible(False)
        holder = QWidget(self)
        box = QVBoxLayout(holder)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        guidance_label = None
        if guidance and show_guidance:
            guidance_label = QLabel(holder)
            guidance_label.setProperty("role", "guidance")
            guidance_label.setWordWrap(True)
            guidance_label.setContentsMargins(0, 2, 0, 0)
            box.addWidget(guidance_label)
        box.addWidget(editor)
        box.addWidget(error)
        self.layout_.addRow(label, holder)
        bound = BoundField(self, column, editor, label, error, required=required, guidance=guidance,
                           guidance_label=guidance_label)
        bound.retranslate()
        self.fields[field] = bound
        editor.setEnabled(self.row is not None and not self.ctx.read_only)
        return editor

    def _make_editor(self, column: Column, lines: int) -> QWidget:
        if column.kind in ("choice", "ref"):
            combo = QComboBox(self)
            combo.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            # A long choice (a measure's title) never widens the page beyond the laptop: the field takes the
            # width it is given and the open list shows the whole text.
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(16)
            return combo
        if column.kind == "bool":
            return QCheckBox(self)
        if column.kind == "long":
            edit = QPlainTextEdit(self)
            edit.setTabChangesFocus(True)
            line = edit.fontMetrics().lineSpacing()
            edit.setMinimumHeight(line * min(lines, 3) + 14)
            edit.setMaximumHeight(line * lines + 16)
            return edit
        return QLineEdit(self)

    def set_row(self, row: R | None, *, keep: BoundField | None = None) -> None:
        """Show a row. The field whose own save this is (`keep`, or the initiator of the change the bus is
        delivering) keeps what the facilitator typed: an edit never echoes into its own field."""
        self.row = row
        writable = row is not None and not self.ctx.read_only
        echo = keep or self.ctx.bus.delivering
        for bound in self.fields.values():
            if bound.column.kind in ("choice", "ref"):
                bound.reload_options()
            if bound is not echo:
                bound.load(getattr(row, bound.column.field) if row is not None else None)
            bound.editor.setEnabled(writable)

    def patch(self, rows: Sequence[Row], *, keep: BoundField | None = None) -> None:
        """The row shown was updated: show its new values (without reading it again)."""
        if self.row is None:
            return
        for row in rows:
            if isinstance(row, self.table) and row.id == self.row.id:
                self.set_row(row, keep=keep)

    def commit_field(self, bound: BoundField, value: Any) -> None:
        row = self.row
        if row is None or self.ctx.read_only:
            return
        field = bound.column.field
        old = getattr(row, field)
        if old == value:
            bound.show_error("")
            return
        outcome = self.ctx.undo.update(self.table, row.id, {field: value}, expected={field: old},
                                       burst=bound.burst(), initiator=bound)

        if not outcome:
            bound.show_error(str(outcome.error) if outcome.error is not None else "")
            return
        bound.show_error(f"⚠ {outcome.warning}" if outcome.warning is not None else "")
        if self.row is row:  # the page did not show the saved row: show it here
            self.patch(outcome.changes.rows, keep=bound)

    def flush(self) -> None:
        """Save any pending typing now (before a page change or closing)."""
        for bound in self.fields.values():
            if bound.timer.isActive():
                bound.commit()

    def retranslate_ui(self) -> None:
        for bound in self.fields.values():
            bound.retranslate()
