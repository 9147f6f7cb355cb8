"""Step 1 Samverkan: the collaboration's period, its parties, people, groups and roles, and meetings."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from samverka import vocab
from samverka.core import crud
from samverka.dto import AttendanceRow, CollaborationRow, MeetingRow, MembershipRow, OrganisationRow, PersonRow
from samverka.ui.context import UiContext
from samverka.ui.models.columns import Column, N
from samverka.ui.steps.base import StepPage
from samverka.ui.steps.common import column_box, section_label, splitter, tabs
from samverka.ui.widgets.form import BoundForm
from samverka.ui.widgets.row_table import RowTable


class SamverkanPage(StepPage):
    STEP = 1
    # The people also appear in the attendance list, so a change to a person reloads the page.
    PATCHED = frozenset({CollaborationRow, OrganisationRow, MembershipRow, MeetingRow})

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.cache = self.ref_cache()
        self._present: dict[int, int] = {}  # person id -> attendance row id, for the meeting shown
        self.collab_form = BoundForm(ctx, CollaborationRow, self)
        f = self.collab_form
        f.add("name", N("Fields", "Samverkans namn"), required=True)
        f.add("kommun", N("Fields", "Kommun"))
        f.add("lokalpolisomrade", N("Fields", "Lokalpolisområde"))
        f.add("polisregion", N("Fields", "Polisregion"))
        f.add("period_start", N("Fields", "Period från"), "date")
        f.add("period_end", N("Fields", "Period till"), "date")
        f.add("status", N("Fields", "Status"), "choice", choices=vocab.COLLABORATION_STATUS)
        f.add("overall_goal", N("Fields", "Övergripande mål"), "long", lines=3)
        f.add("background", N("Fields", "Bakgrund"), "long", lines=4,
              guidance=N("Guidance", "Varför samverkar parterna, och vad har gjorts tidigare? Blir avsnittet "
                                     "Bakgrund i överenskommelsen."))
        f.add("organisation_text", N("Fields", "Organisering och arbetssätt"), "long", lines=4,
              guidance=N("Guidance", "Hur styrgrupp, beredningsgrupp och arbetsgrupper arbetar och hur ofta "
                                     "de möts."))
        self.orgs = RowTable[OrganisationRow](ctx, OrganisationRow, [
            Column("name", N("Columns", "Namn"), width=240),
            Column("type", N("Columns", "Typ"), "choice", choices=vocab.ORG_TYPES, width=150),
            Column("parent_id", N("Columns", "Del av"), "ref", ref=self.cache.ref(OrganisationRow), width=180),
            Column("responsibilities", N("Columns", "Ansvar i samverkan"), "long"),
        ], title=N("Sections", "Parter och organisationer"), new_values=lambda: {"name": self.tr("Ny organisation")})
        self.people = RowTable[PersonRow](ctx, PersonRow, [
            Column("name", N("Columns", "Namn"), width=200),
            Column("title", N("Columns", "Titel"), width=180),
            Column("organisation_id", N("Columns", "Organisation"), "ref", ref=self.cache.ref(OrganisationRow),
                   width=200),
            Column("email", N("Columns", "E-post"), width=200),
            Column("phone", N("Columns", "Telefon"), width=120),
            Column("is_signatory", N("Columns", "Undertecknar"), "bool", width=110),
        ], title=N("Sections", "Personer"), new_values=lambda: {"name": self.tr("Ny person")})
        self.memberships = RowTable[MembershipRow](ctx, MembershipRow, [
            Column("person_id", N("Columns", "Person"), "ref", ref=self.cache.ref(PersonRow), width=220),
            Column("group", N("Columns", "Grupp"), "choice", choices=vocab.GROUPS, width=170),
            Column("role", N("Columns", "Roll"), "choice", choices=vocab.ROLES, width=170),
            Column("valid_from", N("Columns", "Från"), "date", width=110),
            Column("valid_to", N("Columns", "Till"), "date", width=110),
        ], title=N("Sections", "Grupper och roller"), new_values=self._new_membership)
        self.meetings = RowTable[MeetingRow](ctx, MeetingRow, [
            Column("date", N("Columns", "Datum"), "date", width=110),
            Column("title", N("Columns", "Möte"), width=240),
            Column("place", N("Columns", "Plats"), width=180),
            Column("step", N("Columns", "Steg"), "int", width=60),
            Column("facilitator_id", N("Columns", "Processledare"), "ref", ref=self.cache.ref(PersonRow)),
        ], title=N("Sections", "Möten"), new_values=lambda: {"title": self.tr("Nytt möte")})
        self.meeting_form = BoundForm(ctx, MeetingRow, self, labels_above=True)
        self.meeting_form.add("agenda", N("Fields", "Dagordning"), "long", lines=4)
        self.meeting_form.add("minutes", N("Fields", "Anteckningar"), "long", lines=4)
        self.meeting_form.add("decisions", N("Fields", "Beslut"), "long", lines=3)
        self.attendance_label = section_label(self)
        self.attendance = QListWidget(self)
        self.attendance.itemChanged.connect(self._attendance_toggled)
        self.meetings.current_changed.connect(self._meeting_chosen)
        self._build()
        self.retranslate_ui()

    def _build(self) -> None:
        overview = column_box(self, self.collab_form)
        meeting_detail = column_box(self, self.meeting_form, self.attendance_label, self.attendance, stretch_last=True)
        meeting_page = splitter(self, self.meetings, meeting_detail, sizes=[620, 420])
        self.tabs = tabs(self, [overview, self.orgs, self.people, self.memberships, meeting_page])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

    def retranslate_ui(self) -> None:
        for i, text in enumerate((self.tr("Samverkan och period"), self.tr("Parter"), self.tr("Personer"),
                                  self.tr("Grupper och roller"), self.tr("Möten"))):
            self.tabs.setTabText(i, text)
        self.attendance_label.setText(self.tr("Närvarande (bocka i)"))
        self.attendance.setAccessibleName(self.tr("Närvarande vid mötet"))
        for widget in (self.collab_form, self.meeting_form, self.orgs, self.people, self.memberships, self.meetings):
            widget.retranslate_ui()

    # data ---------------------------------------------------------------------------------------
    def refresh(self) -> None:
        db = self.ctx.state.db
        if db is None:
            return
        self.cache.invalidate()
        self.collab_form.set_row(crud.get(db, CollaborationRow, db.collaboration_id()))
        self.orgs.set_rows(self.cache.rows(OrganisationRow))
        self.people.set_rows(self.cache.rows(PersonRow))
        people = {p.id for p in self.cache.rows(PersonRow)}
        memberships = [m for m in crud.list_rows(db, MembershipRow) if m.person_id in people]
        self.memberships.set_rows(memberships)
        self.meetings.set_rows(sorted(crud.list_rows(db, MeetingRow), key=lambda m: (m.date is None, m.date, m.id)))
        self._meeting_chosen(self.meetings.current_row())

    def _new_membership(self) -> dict[str, Any] | None:
        people = self.cache.rows(PersonRow)
        if not people:
            self.ctx.bus.warning_raised.emit(self.tr("Lägg först till en person under fliken Personer."))
            return None
        current = self.people.current_row()
        return {"person_id": (current or people[0]).id, "group": "arbetsgrupp", "role": "deltagare"}

    def _meeting_chosen(self, meeting: MeetingRow | None) -> None:
        self.meeting_form.set_row(meeting)
        self.attendance.blockSignals(True)
        self.attendance.clear()
        self._present = {}
        if meeting is not None and self.ctx.state.db is not None:
            rows = crud.list_rows(self.ctx.db, AttendanceRow, meeting_id=meeting.id)
            self._present = {a.person_id: a.id for a in rows}
            present = set(self._present)
            for person in self.cache.rows(PersonRow):
                item = QListWidgetItem(person.name)
                item.setData(Qt.ItemDataRole.UserRole, person.id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if person.id in present else Qt.CheckState.Unchecked)
                self.attendance.addItem(item)
        self.attendance.setEnabled(meeting is not None and not self.ctx.read_only)
        self.attendance.blockSignals(False)

    def _attendance_toggled(self, item: QListWidgetItem) -> None:
        meeting = self.meetings.current_row()
        if meeting is None:
            return
        person_id = int(item.data(Qt.ItemDataRole.UserRole))
        checked = item.checkState() == Qt.CheckState.Checked
        # The save refreshes this list, so it runs after the item's own signal has finished.
        QTimer.singleShot(0, lambda: self.set_attendance(meeting.id, person_id, checked))

    def set_attendance(self, meeting_id: int, person_id: int, present: bool) -> None:
        """Tick: add the attendance; untick: remove the one shown."""
        shown = self.meetings.current_row()
        if shown is None or shown.id != meeting_id:
            return
        row_id = self._present.get(person_id)
        if present and row_id is None:
            self.ctx.undo.create(AttendanceRow, meeting_id=meeting_id, person_id=person_id,
                                 label=self.tr("Närvaro"))
        elif not present and row_id is not None:
            self.ctx.undo.delete(AttendanceRow, row_id, label=self.tr("Närvaro"))
