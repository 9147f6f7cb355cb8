"""Step 1's årshjul: the collaboration's year as a wheel beside its events, editable in both.

Add, change and remove events in the table; drag an event's marker around the wheel to move it; "Standardår"
adds a typical year to start from. Selecting an event shows the wheel to the room (core.projection.year_wheel).
Every edit goes through `core.calendar_service` (a new start date moves the month and day too) and is one undo step.
"""

from __future__ import annotations

import calendar
import datetime as dt
from typing import Any, cast

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from samverka import vocab
from samverka.core.changes import Changes
from samverka.dto import CalendarEventRow
from samverka.ui.context import UiContext
from samverka.ui.models.columns import Column, N
from samverka.ui.state import Selection
from samverka.ui.steps.common import guidance_label, splitter
from samverka.ui.widgets.row_table import RowTable
from samverka.ui.widgets.year_wheel import WheelItem, YearWheelWidget

MONTH_CHOICES = cast(vocab.Choices, {
    number: (sv, en) for number, (sv, en) in enumerate(
        (("januari", "January"), ("februari", "February"), ("mars", "March"), ("april", "April"), ("maj", "May"),
         ("juni", "June"), ("juli", "July"), ("augusti", "August"), ("september", "September"),
         ("oktober", "October"), ("november", "November"), ("december", "December")), start=1)
})


def moved_values(event: CalendarEventRow, to: dt.date) -> dict[str, Any]:
    """The values that put an event on another day of the year: a dated range keeps its year and its length;
    an event "some time in the month" stays without a day."""
    if event.start_date is not None:
        day = min(to.day, calendar.monthrange(event.start_date.year, to.month)[1])
        start = event.start_date.replace(month=to.month, day=day)
        values: dict[str, Any] = {"start_date": start}
        if event.end_date is not None:
            values["end_date"] = start + (event.end_date - event.start_date)
        return values
    return {"month": to.month, "day": to.day if event.day is not None else None}


class YearWheelTab(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.hint = guidance_label(self)
        self.wheel = YearWheelWidget(self)
        self.events = RowTable[CalendarEventRow](ctx, CalendarEventRow, [
            Column("title", N("Columns", "Händelse"), width=190),
            Column("kind", N("Columns", "Slag"), "choice", choices=vocab.CALENDAR_KINDS, width=130),
            Column("month", N("Columns", "Månad"), "choice", choices=MONTH_CHOICES, width=88),
            Column("day", N("Columns", "Dag"), "int", width=42,
                   tooltip=N("Columns", "Tom: någon gång under månaden")),
            Column("start_date", N("Columns", "Från datum"), "date", width=92,
                   tooltip=N("Columns", "Ett bestämt datum (t.ex. enkätperioden); flyttar månad och dag")),
            Column("end_date", N("Columns", "Till datum"), "date", width=92),
            Column("recurs_yearly", N("Columns", "Varje år"), "bool", width=70),
            Column("note", N("Columns", "Anteckning"), "long"),
        ], title=N("Sections", "Årets händelser"), new_values=self._new_event, on_edit=self._edit)
        self.events.patchable = True
        self.standard_button = QPushButton(self)
        self.standard_button.clicked.connect(self.add_standard_year)
        self.export_button = QPushButton(self)
        self.export_button.clicked.connect(self.export_calendar)
        self.events.current_changed.connect(self._event_chosen)
        self.wheel.event_clicked.connect(self._wheel_clicked)
        self.wheel.event_moved.connect(self.move_event)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.standard_button)
        buttons.addWidget(self.export_button)
        buttons.addStretch(1)
        right = QWidget(self)
        box = QVBoxLayout(right)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.hint)
        box.addLayout(buttons)
        box.addWidget(self.events, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter(self, self.wheel, right, sizes=[340, 740]))

    def retranslate_ui(self) -> None:
        self.hint.setText(self.tr(
            "Samverkans år: lägesbildsmöten, trygghetsmätningen, styrgrupp, rapport till kommunstyrelsen, förnyelse "
            "av medborgarlöften och uppföljning. Dra en händelse runt hjulet för att flytta den, eller ändra månad "
            "och dag i tabellen. Rummet ser hjulet medan en händelse är vald."))
        self.standard_button.setText(self.tr("Lägg till ett standardår"))
        self.standard_button.setToolTip(self.tr("Ett typiskt år att utgå från; varje händelse går att ändra."))
        self.export_button.setText(self.tr("Exportera till kalender (.ics)…"))
        self.export_button.setToolTip(self.tr("Som iCalendar-fil, för Outlook och andra kalendrar."))
        self.wheel.setAccessibleName(self.tr("Årshjulet"))
        self.events.retranslate_ui()
        self.refresh()

    def refresh(self) -> None:
        db = self.ctx.state.db
        if db is None:
            return
        from samverka.core import calendar_service

        placed = calendar_service.wheel(db)
        self.events.set_rows([p.event for p in placed])
        current = self.events.current_row()
        items = [WheelItem(p.event.id, number, p.event.title, str(p.when), p.event.kind, str(p.kind_label),
                           p.start_angle, p.sweep) for number, p in enumerate(placed, start=1)]
        self.wheel.set_items(items, current.id if current else None)
        self.wheel.read_only = self.ctx.read_only
        self.standard_button.setEnabled(not self.ctx.read_only)

    def select_current(self) -> None:
        """Show the wheel to the room: the selected event (else the first) is the facilitator's selection."""
        row = self.events.current_row()
        if row is not None:
            self.ctx.state.select(Selection(CalendarEventRow, row.id))

    def _event_chosen(self, row: CalendarEventRow | None) -> None:
        self.wheel.set_highlight(row.id if row is not None else None)

    def _wheel_clicked(self, event_id: int) -> None:
        self.events.select_id(event_id)
        self.select_current()

    # edits --------------------------------------------------------------------------------------
    def _new_event(self) -> dict[str, Any]:
        return {"title": self.tr("Ny händelse"), "kind": "annat", "month": dt.date.today().month}

    def _edit(self, row: CalendarEventRow, field: str, value: Any) -> bool:
        old = {field: getattr(row, field)}
        if field == "start_date":
            old.update(month=row.month, day=row.day)  # a start date moves them; undo moves them back
        return self._update(row.id, {field: value}, old)

    def move_event(self, event_id: int, to: dt.date) -> bool:
        row = next((r for r in self.events.model.rows if r.id == event_id), None)
        if row is None or self.ctx.read_only:
            return False
        new = moved_values(row, to)
        old = {key: getattr(row, key) for key in (*new, "month", "day")}
        label = self.tr("Flytta ”{0}” i årshjulet").format(row.title)
        return self._update(event_id, new, old, label=label)

    def _update(self, event_id: int, new: dict[str, Any], old: dict[str, Any], label: str = "") -> bool:
        from samverka.core import calendar_service
        from samverka.core.names import change_text

        db = self.ctx.db
        expected = {key: old[key] for key in new}

        def do() -> Changes:
            return calendar_service.update_event(db, event_id, new, expected=expected)

        def undo() -> Changes:
            return calendar_service.update_event(db, event_id, old)

        return self.ctx.undo.call(label or change_text(CalendarEventRow.KIND, new), do, undo).saved

    def add_standard_year(self) -> None:
        from samverka.core import calendar_service

        db = self.ctx.db
        made: list[int] = []

        def do() -> Changes:
            ids, changes = calendar_service.add_standard_year(db)
            made[:] = ids
            return changes

        def undo() -> Changes:
            return calendar_service.delete_events(db, list(made))

        if self.ctx.undo.call(self.tr("Lägg till ett standardår i årshjulet"), do, undo).saved and made:
            self.events.select_id(made[0])
            self.select_current()

    def export_calendar(self) -> None:
        from samverka.ui.dialogs.export_dialog import ExportDialog

        ExportDialog.ask(self, self.ctx, "calendar")
