"""Step 1 Samverkan: the collaboration's period, its parties, people, groups and roles (the samordningsfunktion,
the communication lead, who signs), meetings, and the årshjul."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from samverka import vocab
from samverka.core import crud
from samverka.dto import AttendanceRow, CollaborationRow, MeetingRow, MembershipRow, OrganisationRow, PersonRow
from samverka.ui.context import UiContext
from samverka.ui.models.columns import Column, N
from samverka.ui.steps.base import StepPage
from samverka.ui.steps.common import column_box, guidance_label, section_label, splitter, tabs
from samverka.ui.steps.missing_focus import focus_cell, focus_field, show_tab
from samverka.ui.widgets.deferred import Deferred
from samverka.ui.widgets.form import BoundForm
from samverka.ui.widgets.row_table import RowTable
from samverka.workflow.missing import Missing

if TYPE_CHECKING:
    from samverka.ui.steps.year_wheel_tab import YearWheelTab


class SamverkanPage(StepPage):
    STEP = 1
    # The people also appear in the attendance list, so a change to a person reloads the page.
    PATCHED = frozenset({CollaborationRow, OrganisationRow, MembershipRow, MeetingRow})
    # Missing items of the rules (their table) -> the table on this page that fixes them.
    TABLES = {"organisation": "orgs", "person": "people", "membership": "memberships", "meeting": "meetings"}

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
            Column("responsibilities", N("Columns", "Ansvar i samverkan"), "long", width=260),
            Column("resources", N("Columns", "Resurser"), "long",
                   tooltip=N("Columns", "Vad parten bidrar med: tid, personal och medel")),
        ], title=N("Sections", "Parter och organisationer"), new_values=lambda: {"name": self.tr("Ny organisation")})
        self.people = RowTable[PersonRow](ctx, PersonRow, [
            Column("name", N("Columns", "Namn"), width=200),
            Column("title", N("Columns", "Titel"), width=180),
            Column("organisation_id", N("Columns", "Organisation"), "ref", ref=self.cache.ref(OrganisationRow),
                   width=200),
            Column("email", N("Columns", "E-post"), width=200),
            Column("phone", N("Columns", "Telefon"), width=120),
            Column("is_signatory", N("Columns", "Undertecknar"), "bool", width=110,
                   tooltip=N("Columns", "Undertecknar överenskommelsen; namn, titel och organisation hämtas "
                                        "härifrån till steg 7")),
        ], title=N("Sections", "Personer"), new_values=lambda: {"name": self.tr("Ny person")})
        self.people_hint = guidance_label(self)
        self.roles_hint = guidance_label(self)
        self.previous = QLabel(self)
        self.previous.setWordWrap(True)
        self.previous.setContentsMargins(0, 2, 0, 0)
        self.previous.setProperty("role", "guidance")
        self.open_previous = QPushButton(self)
        self.open_previous.clicked.connect(self._open_previous)
        self._previous_location = ""
        self._previous_checked: tuple[tuple[str, str, str], Any] | None = None
        ctx.state.database_changed.connect(self._forget_previous)  # checked again for each file opened
        # The årshjul (and the calendar service behind it) is built when its tab is first opened.
        self.wheel_tab: Deferred[YearWheelTab] = Deferred(self._make_wheel, self)
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

    @property
    def wheel(self) -> YearWheelTab:
        return self.wheel_tab.widget()

    def _make_wheel(self) -> YearWheelTab:
        from samverka.ui.steps.year_wheel_tab import YearWheelTab  # noqa: PLC0415

        wheel = YearWheelTab(self.ctx)
        wheel.retranslate_ui()
        if self.ctx.state.db is not None:
            wheel.refresh()
        return wheel

    def _build(self) -> None:
        previous_row = QWidget(self)
        row = QHBoxLayout(previous_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.previous, 1)
        row.addWidget(self.open_previous)
        self.previous_row = previous_row
        overview = column_box(self, previous_row, self.collab_form)
        meeting_detail = column_box(self, self.meeting_form, self.attendance_label, self.attendance, stretch_last=True)
        meeting_page = splitter(self, self.meetings, meeting_detail, sizes=[620, 420])
        people_page = column_box(self, self.people_hint, self.people, stretch_last=True)
        roles_page = column_box(self, self.roles_hint, self.memberships, stretch_last=True)
        self.tabs = tabs(self, [overview, self.orgs, people_page, roles_page, meeting_page, self.wheel_tab])
        self.tabs.currentChanged.connect(self._tab_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

    def retranslate_ui(self) -> None:
        for i, text in enumerate((self.tr("Samverkan och period"), self.tr("Parter"), self.tr("Personer"),
                                  self.tr("Grupper och roller"), self.tr("Möten"), self.tr("Årshjul"))):
            self.tabs.setTabText(i, text)
        self.people_hint.setText(self.tr(
            "Bocka i Undertecknar för kommunstyrelsens ordförande (eller kommundirektören) och "
            "lokalpolisområdeschefen. De blir undertecknare av överenskommelsen i steg 7, med namn, titel och "
            "organisation härifrån."))
        self.roles_hint.setText(self.tr(
            "Ge en person rollen Samordningsfunktion (kommunens samordnare enligt lag 2023:196) och en person "
            "rollen Kommunikationsansvarig. Välj personen, gruppen och rollen i tabellen."))
        self.open_previous.setText(self.tr("Öppna förra perioden"))
        self.attendance_label.setText(self.tr("Närvarande (bocka i)"))
        self.attendance.setAccessibleName(self.tr("Närvarande vid mötet"))
        for widget in (self.collab_form, self.meeting_form, self.orgs, self.people, self.memberships, self.meetings):
            widget.retranslate_ui()
        if self.wheel_tab.built:
            self.wheel.retranslate_ui()
        if self.ctx.state.db is not None:
            self._show_previous(crud.get(self.ctx.db, CollaborationRow, self.ctx.db.collaboration_id()))

    # data ---------------------------------------------------------------------------------------
    def refresh(self) -> None:
        db = self.ctx.state.db
        if db is None:
            return
        self.cache.invalidate()
        collaboration = crud.get(db, CollaborationRow, db.collaboration_id())
        self.collab_form.set_row(collaboration)
        self._show_previous(collaboration)
        self.orgs.set_rows(self.cache.rows(OrganisationRow))
        self.people.set_rows(self.cache.rows(PersonRow))
        people = {p.id for p in self.cache.rows(PersonRow)}
        memberships = [m for m in crud.list_rows(db, MembershipRow) if m.person_id in people]
        self.memberships.set_rows(memberships)
        self.meetings.set_rows(sorted(crud.list_rows(db, MeetingRow), key=lambda m: (m.date is None, m.date, m.id)))
        self._meeting_chosen(self.meetings.current_row())
        if self.wheel_tab.built:
            self.wheel.refresh()

    def _show_previous(self, collaboration: CollaborationRow) -> None:
        """Where this period came from (Arkiv → Starta nästa period), with a way back to it."""
        self._previous_location = collaboration.previous_file
        if not (collaboration.previous_uid or collaboration.previous_file):
            self.previous_row.hide()
            return
        key = (self.ctx.db.location, collaboration.previous_uid, collaboration.previous_file)
        if self._previous_checked is None or self._previous_checked[0] != key:  # the check opens that file
            from samverka.core.next_period import previous_period

            self._previous_checked = (key, previous_period(self.ctx.db))
        found = self._previous_checked[1]
        name = collaboration.previous_name or collaboration.previous_file
        text = self.tr("Fortsätter förra perioden: {0} ({1}).").format(name, collaboration.previous_file)
        if found is not None and not found.found:
            text += " " + self.tr("Filen finns inte längre där; den kan ha flyttats.")
        elif found is not None and not found.same:
            text += " " + self.tr("Filen där är en annan samverkan nu.")
        self.previous.setText(text)
        self.open_previous.setEnabled(found is not None and found.same)
        self.previous_row.show()

    def _forget_previous(self) -> None:
        self._previous_checked = None

    def _open_previous(self) -> None:
        """The previous period opens read-only: it is the record of what was decided then."""
        window = self.window()
        opener = getattr(window, "open_path", None)
        if self._previous_location and callable(opener):
            opener(self._previous_location, read_only=True)

    def _tab_changed(self, index: int) -> None:
        """On the årshjul tab the room sees the wheel (an event selected); leaving it, the parties again."""
        if self.tabs.widget(index) is self.wheel_tab:
            self.wheel.select_current()
        elif self.ctx.state.selection is not None and self.ctx.state.selection.kind.KIND == "calendar_event":
            self.ctx.state.select(None)

    # click-to-fix ---------------------------------------------------------------------------------
    def focus_missing(self, missing: Missing) -> bool:
        """Show the tab, row and field a missing item names (the navigator calls this)."""
        if missing.entity == "collaboration":
            self.tabs.setCurrentIndex(0)
            return focus_field(self.collab_form, missing.field or "period_start")
        if missing.entity == "calendar_event":
            show_tab(self.tabs, self.wheel_tab)
            return focus_cell(self.wheel.events, missing.entity_id, missing.field)
        name = self.TABLES.get(missing.entity)
        if name is None:
            return False
        table: RowTable[Any] = getattr(self, name)
        show_tab(self.tabs, table)
        return focus_cell(table, missing.entity_id, missing.field)

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
