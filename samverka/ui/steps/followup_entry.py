"""The three things entered in the room at step 10, each a few fields and a button (Enter saves):
an indicator's measurement (value, date, source, comment), a measure's status with a comment, and a promise line's
status (kept / partly / not kept) with how many of its activities are done.

Each save is one undoable service call (`followup_service`); a refused value is said under the fields.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from samverka import vocab
from samverka.core.changes import Changes
from samverka.dto import MeasurementRow, MeasureRow, PromiseItemStatusRow, StatusUpdateRow
from samverka.ui.context import UiContext
from samverka.ui.models.columns import parse_number
from samverka.ui.widgets.delegates import parse_date


def _tr(text: str) -> str:
    return QCoreApplication.translate("FollowUpPage", text)


class EntryRow(QWidget):
    """A titled form of fields with a save button and an error line; `saved(id)` after a save."""

    saved = Signal(object)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 4, 0, 0)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.title = QLabel(self)
        self.title.setProperty("role", "section")
        self.title.setWordWrap(True)
        self.form.addRow(self.title)
        self.button = QPushButton(self)
        self.button.clicked.connect(self.save)
        self.error = QLabel(self)
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        self.error.hide()
        self.labels: list[QLabel] = []

    def add(self, widget: QWidget) -> QWidget:
        label = QLabel(self)
        label.setBuddy(widget)
        self.labels.append(label)
        self.form.addRow(label, widget)
        if isinstance(widget, QLineEdit):
            widget.returnPressed.connect(self.save)
        return widget

    def finish(self) -> None:
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.button)
        self.form.addRow(row)
        self.form.addRow(self.error)

    def set_labels(self, *texts: str) -> None:
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
            buddy = label.buddy()
            if buddy is not None:
                buddy.setAccessibleName(text)

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))

    def save(self) -> bool:
        raise NotImplementedError

    def _run(self, create: Callable[[], Any]) -> bool:
        """Parse, call the service through undo; a ValueError is the facilitator's typing (said, not saved)."""
        try:
            outcome = create()
        except ValueError as exc:
            self.show_error(str(exc))
            return False
        if not outcome:
            self.show_error(str(outcome.error) if outcome.error is not None else "")
            return False
        self.show_error("")
        self.saved.emit(outcome.entity_id)
        return True


def _date(editor: QLineEdit) -> dt.date:
    text = editor.text().strip()
    if not text:
        raise ValueError(_tr("Ange datum som ÅÅÅÅ-MM-DD."))
    try:
        value = parse_date(text)
    except ValueError:
        raise ValueError(_tr("Skriv datumet som ÅÅÅÅ-MM-DD, till exempel 2026-09-30.")) from None
    assert value is not None
    return value


def _today(editor: QLineEdit) -> None:
    if not editor.text().strip():
        editor.setText(dt.date.today().isoformat())


class MeasurementEntry(EntryRow):
    """A new value of the chosen indicator: value, date, source, comment."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.indicator_id: int | None = None
        self.value = QLineEdit(self)
        self.value.setMaximumWidth(110)
        self.date = QLineEdit(self)
        self.date.setMaximumWidth(120)
        self.source = QComboBox(self)
        self.comment = QLineEdit(self)
        for widget in (self.value, self.date, self.source, self.comment):
            self.add(widget)
        self.finish()

    def retranslate_ui(self) -> None:
        self.title.setText(_tr("Ny mätning"))
        self.set_labels(_tr("Värde"), _tr("Datum"), _tr("Källa"), _tr("Kommentar"))
        self.button.setText(_tr("Lägg till mätning"))
        self.date.setPlaceholderText(_tr("ÅÅÅÅ-MM-DD"))

    def set_sources(self, sources: list[tuple[int, str]]) -> None:
        current = self.source.currentData()
        self.source.clear()
        self.source.addItem(_tr("(ingen källa)"), None)
        for source_id, name in sources:
            self.source.addItem(name, source_id)
        self.source.setCurrentIndex(max(0, self.source.findData(current)))

    def set_indicator(self, indicator_id: int | None) -> None:
        self.indicator_id = indicator_id
        self.setEnabled(indicator_id is not None and not self.ctx.read_only)
        _today(self.date)

    def save(self) -> bool:
        from samverka.core import followup_service as fs

        indicator = self.indicator_id
        if indicator is None:
            return False
        db = self.ctx.db

        def create() -> Any:
            number = parse_number(self.value.text(), "float")
            if number is None:
                raise ValueError(_tr("Skriv värdet som ett tal, till exempel 29,5."))
            day, source, comment = _date(self.date), self.source.currentData(), self.comment.text().strip()
            return self.ctx.undo.create_with(MeasurementRow, _tr("Ny mätning"), lambda: fs.add_measurement(
                db, indicator, value=float(number), date=day, source_id=source, comment=comment))

        if not self._run(create):
            return False
        self.value.clear()
        self.comment.clear()
        self.value.setFocus()
        return True


class MeasureStatusEntry(EntryRow):
    """The chosen measure's status now, with a comment (and how far it has come)."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.measure: MeasureRow | None = None
        self.status = QComboBox(self)
        for code in vocab.MEASURE_STATUS:
            self.status.addItem("", code)
        self.date = QLineEdit(self)
        self.date.setMaximumWidth(120)
        self.percent = QSpinBox(self)
        self.percent.setRange(0, 100)
        self.percent.setSuffix(" %")
        self.comment = QLineEdit(self)
        for widget in (self.status, self.date, self.percent, self.comment):
            self.add(widget)
        self.finish()

    def retranslate_ui(self) -> None:
        self.title.setText(_tr("Ny status för åtgärden"))
        self.set_labels(_tr("Status"), _tr("Datum"), _tr("Klart"), _tr("Kommentar"))
        self.button.setText(_tr("Spara status"))
        for index, code in enumerate(vocab.MEASURE_STATUS):
            self.status.setItemText(index, vocab.label(vocab.MEASURE_STATUS, code))

    def set_measure(self, measure: MeasureRow | None, percent: int | None) -> None:
        self.measure = measure
        self.setEnabled(measure is not None and not self.ctx.read_only)
        if measure is not None:
            self.status.setCurrentIndex(max(0, self.status.findData(measure.status)))
            self.percent.setValue(percent or 0)
        _today(self.date)

    def save(self) -> bool:
        from samverka.core import crud
        from samverka.core import followup_service as fs

        measure = self.measure
        if measure is None:
            return False
        db = self.ctx.db
        made: dict[str, int] = {}

        def create() -> Any:
            day, status = _date(self.date), str(self.status.currentData())
            comment, percent = self.comment.text().strip(), self.percent.value()
            if not comment:
                raise ValueError(_tr("Skriv en kommentar: vad har hänt, och vad händer härnäst?"))
            old = measure.status

            def do() -> Changes:
                made["id"], changes = fs.set_measure_status(db, measure.id, status=status, comment=comment,
                                                             date=day, percent_done=percent)
                return changes

            def undo() -> Changes:
                _snapshot, removed = crud.delete_row(db, StatusUpdateRow, made["id"])
                return removed | crud.update(db, MeasureRow, measure.id, {"status": old}).changes

            return self.ctx.undo.call(_tr("Ny status för åtgärden"), do, undo)

        if not self._run(create):
            return False
        self.comment.clear()
        return True


class PromiseStatusEntry(EntryRow):
    """The chosen promise line: kept, partly kept or not kept, with how many of its activities are done."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.item_id: int | None = None
        self.status = QComboBox(self)
        for code in vocab.PROMISE_ITEM_STATUS:
            self.status.addItem("", code)
        self.date = QLineEdit(self)
        self.date.setMaximumWidth(120)
        self.done = QSpinBox(self)
        self.done.setRange(0, 100000)
        self.comment = QLineEdit(self)
        for widget in (self.status, self.date, self.done, self.comment):
            self.add(widget)
        self.finish()

    def retranslate_ui(self) -> None:
        self.title.setText(_tr("Hur har det gått med löftet?"))
        self.set_labels(_tr("Status"), _tr("Datum"), _tr("Gjort hittills"), _tr("Kommentar"))
        self.button.setText(_tr("Spara uppföljning"))
        for index, code in enumerate(vocab.PROMISE_ITEM_STATUS):
            self.status.setItemText(index, vocab.label(vocab.PROMISE_ITEM_STATUS, code))

    def set_item(self, item_id: int | None, planned: int | None, unit: str, done: int | None) -> None:
        self.item_id = item_id
        self.setEnabled(item_id is not None and not self.ctx.read_only)
        self.done.setSuffix(_tr(" av %1 %2").replace("%1", str(planned)).replace("%2", unit) if planned else "")
        self.done.setValue(done or 0)
        _today(self.date)

    def save(self) -> bool:
        from samverka.core import followup_service as fs

        item = self.item_id
        if item is None:
            return False
        db = self.ctx.db

        def create() -> Any:
            day, status = _date(self.date), str(self.status.currentData())
            done, comment = self.done.value(), self.comment.text().strip()
            return self.ctx.undo.create_with(PromiseItemStatusRow, _tr("Uppföljning av löftet"), lambda: (
                fs.set_promise_item_status(db, item, status=status, date=day, done_count=done, comment=comment)))

        if not self._run(create):
            return False
        self.comment.clear()
        return True
