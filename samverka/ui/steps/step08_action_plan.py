"""Step 8 Åtgärdsplan: the action plan as a document of its own that the kommun decides (lag 2023:196).

The measures (owner, place, time, the causes they address and the techniques they use) are the plan's content; its
versions and decision record (beslutande organ, datum, §, diarienummer) are kept beside them. "Besluta" freezes a
version, "Ny version" opens the next one when the measures have changed since the decision, and the plan is
exported as PDF (or Word, for comments). A measure's live status is follow-up (step 10), not part of the plan.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from samverka import vocab
from samverka.core import crud
from samverka.core.changes import Changes
from samverka.dto import (
    ActionPlanRow,
    AreaRow,
    CauseRow,
    MeasureCauseRow,
    MeasureRow,
    MeasureTechniqueRow,
    OrganisationRow,
    PersonRow,
    ScpTechniqueRow,
)
from samverka.errors import KnownError, language
from samverka.ui.context import UiContext
from samverka.ui.models.columns import Column, N
from samverka.ui.steps.base import StepPage
from samverka.ui.steps.checklist import LinkChecklist
from samverka.ui.steps.common import column_box, short, splitter, tabs
from samverka.ui.steps.exporting import export_document
from samverka.ui.steps.plan_record import PlanRecordForm
from samverka.ui.widgets.form import BoundForm
from samverka.ui.widgets.problem_picker import ProblemPicker
from samverka.ui.widgets.row_table import RowTable
from samverka.workflow.missing import Missing

DECIDED = "beslutad"
RECORD_FIELDS = frozenset({"title", "period_start", "period_end", "decided_by", "decision_date", "paragraph",
                           "diarienummer"})


class MeasuresPage(StepPage):
    """The flags and the plan's state are computed from the measures, the links and the versions: most changes
    reload the page."""

    STEP = 8
    PATCHED = frozenset({OrganisationRow, PersonRow, AreaRow})
    DETAILS, CAUSES, TECHNIQUES, DECISION = range(4)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.cache = self.ref_cache()
        self._refreshing = False
        self._links: dict[int, tuple[int, int]] = {}
        self._cause_links: list[MeasureCauseRow] = []
        self.plans: list[ActionPlanRow] = []
        self.changed = False
        self.ask_path: object = None  # tests hand in a file chooser; None asks with a dialog
        self.picker = ProblemPicker(ctx, self)
        self._build_plan_bar()
        self.flags = QLabel(self)
        self.flags.setProperty("role", "flag")
        self.flags.setWordWrap(True)
        self.flags.setContentsMargins(4, 4, 4, 4)
        self.measures = RowTable[MeasureRow](ctx, MeasureRow, [
            Column("title", N("Columns", "Åtgärd"), width=220),
            Column("responsible_org_id", N("Columns", "Ansvarig organisation"), "ref",
                   ref=self.cache.ref(OrganisationRow), width=150),
            Column("responsible_person_id", N("Columns", "Ansvarig person"), "ref", ref=self.cache.ref(PersonRow),
                   width=120),
            Column("place", N("Columns", "Plats"), width=115),
            Column("start", N("Columns", "Start"), "date", width=92),
            Column("end", N("Columns", "Slut"), "date", width=92),
            Column("frequency", N("Columns", "När och hur ofta"), width=140),
            Column("links", N("Columns", "Orsaker / tekniker"), "computed", display=self._link_counts, width=125),
        ], title=N("Sections", "Åtgärder"), new_values=self._new_measure)
        self.measures.model.flagged = self._flag_text
        self.form = BoundForm(ctx, MeasureRow, self)
        self.form.add("description", N("Fields", "Beskrivning"), "long", lines=4)
        self.form.add("partners", N("Fields", "Samarbetspartner"))
        self.form.add("horizon", N("Fields", "Sikt"), "choice", choices=vocab.HORIZONS)
        self.form.add("prevention_type", N("Fields", "Inriktning"), "choice", choices=vocab.PREVENTION_TYPES)
        self.form.add("resources_hours", N("Fields", "Resurser (timmar)"), "float")
        self.form.add("resources_sek", N("Fields", "Resurser (kr)"), "float")
        self.form.add("evidence_note", N("Fields", "Kunskapsstöd"), "choice", choices=vocab.EVIDENCE_NOTES)
        self.form.add("is_citizen_promise", N("Fields", "Del av medborgarlöfte"), "bool")
        self.causes = LinkChecklist(ctx, MeasureCauseRow, "measure_id", "cause_id", self)
        self.techniques = LinkChecklist(ctx, MeasureTechniqueRow, "measure_id", "technique_id", self)
        self.record = PlanRecordForm(ctx, self)
        self.record.saved.connect(self.refresh)
        self.versions = RowTable[ActionPlanRow](ctx, ActionPlanRow, [
            Column("version", N("Columns", "Version"), "int", editable=False, width=70),
            Column("status", N("Columns", "Status"), "choice", choices=vocab.ACTION_PLAN_STATUS, editable=False,
                   width=90),
            Column("decided_by", N("Columns", "Beslutande organ"), editable=False, width=140),
            Column("decision_date", N("Columns", "Beslutsdatum"), "date", editable=False, width=105),
            Column("paragraph", N("Columns", "§"), editable=False, width=70),
            Column("diarienummer", N("Columns", "Diarienummer"), editable=False, width=120),
            Column("document_id", N("Columns", "Dokument-ID"), editable=False),
        ], title=N("Sections", "Versioner"), on_edit=lambda _row, _field, _value: False)
        self.versions.current_changed.connect(self._version_chosen)
        self.measures.current_changed.connect(self._measure_chosen)
        ctx.state.problem_changed.connect(self._problem_changed)
        self._build()
        self.retranslate_ui()

    def _build_plan_bar(self) -> None:
        self.plan_state = QLabel(self)
        self.plan_state.setObjectName("planState")
        self.plan_state.setWordWrap(True)
        self.changed_flag = QLabel(self)
        self.changed_flag.setProperty("role", "flag")
        self.changed_flag.setWordWrap(True)
        self.decide_button = QPushButton(self)
        self.decide_button.clicked.connect(self.decide)
        self.new_version_button = QPushButton(self)
        self.new_version_button.clicked.connect(self.new_version)
        self.export_button = QToolButton(self)
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.export_button)
        self.export_pdf = menu.addAction("", lambda: self.export("pdf"))
        self.export_docx = menu.addAction("", lambda: self.export("docx"))
        self.export_button.setMenu(menu)

    def _build(self) -> None:
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        state = QVBoxLayout()
        state.addWidget(self.plan_state)
        state.addWidget(self.changed_flag)
        bar.addLayout(state, 1)
        for button in (self.decide_button, self.new_version_button, self.export_button):
            bar.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(column_box(self, self.form))
        decision = QSplitter(Qt.Orientation.Horizontal, self)
        decision.addWidget(self.record)
        decision.addWidget(self.versions)
        decision.setSizes([420, 560])
        decision.setChildrenCollapsible(False)
        self.detail_tabs = tabs(self, [scroll, self.causes, self.techniques, decision])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(self.picker, 1)
        layout.addLayout(top)
        layout.addLayout(bar)
        layout.addWidget(self.flags)
        layout.addWidget(splitter(self, self.measures, self.detail_tabs, vertical=True, sizes=[300, 280]), 1)

    def retranslate_ui(self) -> None:
        for i, text in enumerate((self.tr("Detaljer"), self.tr("Orsaker som åtgärden påverkar"),
                                  self.tr("Situationella tekniker (25)"), self.tr("Beslut och versioner"))):
            self.detail_tabs.setTabText(i, text)
        self.causes.setAccessibleName(self.tr("Orsaker som åtgärden påverkar"))
        self.techniques.setAccessibleName(self.tr("Situationella tekniker"))
        self.decide_button.setText(self.tr("Besluta…"))
        self.decide_button.setToolTip(self.tr(
            "Registrera kommunens beslut: versionen låses med beslutande organ, datum, § och diarienummer."))
        self.new_version_button.setText(self.tr("Ny version"))
        self.new_version_button.setToolTip(self.tr(
            "Börja en ny version av planen (när åtgärderna har ändrats efter beslutet)."))
        self.export_button.setText(self.tr("Exportera"))
        self.export_pdf.setText(self.tr("Åtgärdsplanen som PDF…"))
        self.export_docx.setText(self.tr("Åtgärdsplanen som Word (utkast för synpunkter)…"))
        for widget in (self.picker, self.measures, self.form, self.versions, self.record):
            widget.retranslate_ui()
        if self.ctx.state.db is not None:
            self.refresh()

    def _problem_changed(self, _problem_id: object) -> None:
        if not self._refreshing:
            self.refresh()

    # --- loading ------------------------------------------------------------------------------------------------
    def refresh(self) -> None:
        db = self.ctx.state.db
        if db is None:
            return
        self._refreshing = True
        try:
            self.cache.invalidate()
            self.picker.refresh()
            problem_id = self.ctx.state.problem_id
            measures = crud.list_rows(db, MeasureRow, order_by=("sort_order", "id"), problem_id=problem_id) \
                if problem_id is not None else []
            self._count_links(measures)
            self.measures.set_rows(measures)
            self.measures.add_button.setEnabled(problem_id is not None and not self.ctx.read_only)
            self._update_flags(measures)
            self._measure_chosen(self.measures.current_row())
            self._show_plan()
        finally:
            self._refreshing = False

    def _show_plan(self) -> None:
        from samverka.core import action_plan_service as aps

        db = self.ctx.db
        self.plans = aps.versions(db)
        latest = self.plans[-1] if self.plans else None
        self.changed = aps.changed_since_decision(db)
        self.versions.set_rows(list(reversed(self.plans)))  # the newest first
        if latest is not None:
            self.versions.select_id(latest.id, emit=False)
        self.record.show_plan(latest, editable=latest is None or latest.status != DECIDED)
        writable = not self.ctx.read_only
        self.decide_button.setEnabled(writable and (latest is None or latest.status != DECIDED))
        self.new_version_button.setEnabled(writable and latest is not None and latest.status == DECIDED)
        self.plan_state.setText(self._state_text(latest))
        in_force = next((p for p in reversed(self.plans) if p.status == DECIDED), None)
        if self.changed and in_force is not None:
            self.changed_flag.setText(self.tr(
                "Åtgärderna har ändrats sedan version {0} beslutades. Gör en ny version och låt kommunen besluta "
                "den.").format(in_force.version))
        self.changed_flag.setVisible(self.changed and in_force is not None)

    def _state_text(self, latest: ActionPlanRow | None) -> str:
        if latest is None:
            return self.tr("<b>Åtgärdsplanen</b> är inte beslutad än. Fyll i beslutet under "
                           "”Beslut och versioner” och tryck Besluta.")
        if latest.status == DECIDED:
            record = " ".join(part for part in (latest.decided_by, latest.paragraph) if part)
            when = latest.decision_date.isoformat() if latest.decision_date else ""
            return self.tr("<b>Åtgärdsplan version {0}</b> · beslutad {1} ({2}) · {3}").format(
                latest.version, when, record, latest.document_id)
        return self.tr("<b>Åtgärdsplan version {0}</b> · utkast – inte beslutad än").format(latest.version)

    def _version_chosen(self, plan: ActionPlanRow | None) -> None:
        if plan is None or self._refreshing:
            return
        latest = self.plans[-1] if self.plans else None
        self.record.show_plan(plan, editable=plan is latest and plan.status != DECIDED)

    def _problem_causes(self) -> list[CauseRow]:
        problem_id = self.ctx.state.problem_id
        if problem_id is None:
            return []
        return crud.list_rows(self.ctx.db, CauseRow, order_by=("sort_order", "id"), problem_id=problem_id)

    def _count_links(self, measures: list[MeasureRow]) -> None:
        ids = {m.id for m in measures}
        cause_links = [link for link in crud.list_rows(self.ctx.db, MeasureCauseRow) if link.measure_id in ids]
        tech_links = [link for link in crud.list_rows(self.ctx.db, MeasureTechniqueRow) if link.measure_id in ids]
        self._cause_links = cause_links
        self._links = {m: (sum(1 for x in cause_links if x.measure_id == m),
                           sum(1 for x in tech_links if x.measure_id == m)) for m in ids}

    def _link_counts(self, measure: MeasureRow) -> str:
        causes, techniques = self._links.get(measure.id, (0, 0))
        return f"{causes} / {techniques}"

    def _flag_text(self, measure: MeasureRow) -> str:
        if measure.responsible_org_id is None and measure.responsible_person_id is None:
            return self.tr("Åtgärden saknar ansvarig.")
        return ""

    def _update_flags(self, measures: list[MeasureRow]) -> None:
        addressed = {link.cause_id for link in crud.list_rows(self.ctx.db, MeasureCauseRow)}
        open_causes = [c for c in self._problem_causes() if c.id not in addressed]
        ownerless = [m for m in measures if self._flag_text(m)]
        lines = []
        if open_causes:
            lines.append(self.tr("Orsaker som ingen åtgärd påverkar ({0}): {1}").format(
                len(open_causes), "; ".join(short(c.text, 50) for c in open_causes[:6])
                + (" …" if len(open_causes) > 6 else "")))
        if ownerless:
            lines.append(self.tr("Åtgärder utan ansvarig ({0}): {1}").format(
                len(ownerless), "; ".join(short(m.title, 40) for m in ownerless[:6])))
        self.flags.setText("\n".join(lines))
        self.flags.setVisible(bool(lines))

    def _measure_chosen(self, measure: MeasureRow | None) -> None:
        self.form.set_row(measure)
        measure_id = measure.id if measure is not None else None
        db = self.ctx.db
        causes = [(c.id, short(c.text, 90)) for c in self._problem_causes()]
        cause_links = crud.list_rows(db, MeasureCauseRow, measure_id=measure_id) if measure_id else []
        self.causes.set_items(measure_id, causes, cause_links)
        tech_links = crud.list_rows(db, MeasureTechniqueRow, measure_id=measure_id) if measure_id else []
        self.techniques.set_items(measure_id, self._technique_items(), tech_links)

    def _technique_items(self) -> list[tuple[int | None, str]]:
        english = language() == "en"
        items: list[tuple[int | None, str]] = []
        group = 0
        for tech in crud.list_rows(self.ctx.db, ScpTechniqueRow, order_by=("id",)):
            if tech.group_no != group:
                group = tech.group_no
                items.append((None, tech.group_en if english else tech.group_sv))
            name = tech.name_en if english else tech.name_sv
            items.append((tech.id, f"{tech.id}. {name}" + ("" if english else f" – {tech.examples_sv}")))
        return items

    def _new_measure(self) -> dict[str, Any] | None:
        if self.ctx.state.problem_id is None:
            return None
        return {"problem_id": self.ctx.state.problem_id, "title": self.tr("Ny åtgärd"),
                "sort_order": self.measures.model.rowCount()}

    # --- the decision, versions and export ----------------------------------------------------------------------
    def decide(self) -> bool:
        """Record the kommun's decision; what is missing is said and its field gets the keyboard."""
        from samverka.core import action_plan_service as aps

        db = self.ctx.db
        for checklist in self.findChildren(LinkChecklist):
            checklist.flush()  # a cause ticked a moment ago is part of what is decided
        try:
            found = aps.missing_for_decision(db) if self.plans else self._missing_before_first()
        except KnownError as exc:
            self.ctx.bus.error_raised.emit(str(exc))
            return False
        if found:
            self.ctx.bus.error_raised.emit(
                self.tr("Åtgärdsplanen kan inte beslutas än. Det här saknas:") + " " + "; ".join(map(str, found)))
            self.focus_missing(found[0])
            return False
        made: dict[str, int] = {}

        def do() -> Changes:
            changes = aps.decide(db)
            plan = aps.in_force(db)
            assert plan is not None
            made["id"] = plan.id
            return changes

        outcome = self.ctx.undo.call(self.tr("Besluta åtgärdsplanen"), do,
                                     lambda: aps.undo_decision(db, made["id"]), initiator=None)
        if outcome:
            plan = aps.in_force(db)
            if plan is not None:
                self.ctx.bus.info_raised.emit(self.tr("Åtgärdsplanen version {0} är beslutad ({1}).").format(
                    plan.version, plan.document_id))
        return outcome.saved

    def _missing_before_first(self) -> list[Missing]:
        """Before any version exists nothing is written: the decision record is empty, so it is what is missing."""
        from samverka.workflow.missing import missing

        return [missing("atgardsplan", "Åtgärdsplanen saknar beslutande organ", "The action plan lacks the deciding "
                        "body", entity="action_plan", field="decided_by")]

    def new_version(self) -> bool:
        """The next version as a draft (title, period and deciding body carried over); undo removes it."""
        from samverka.core import action_plan_service as aps

        db = self.ctx.db
        made: dict[str, int] = {}

        def do() -> Changes:
            made["id"], changes = aps.current_draft(db)
            return changes

        outcome = self.ctx.undo.call(self.tr("Ny version av åtgärdsplanen"), do,
                                     lambda: crud.delete_row(db, ActionPlanRow, made["id"])[1])
        if outcome:
            self.focus_missing_field("decision_date")
        return outcome.saved

    def export(self, fmt: str) -> bool:
        name = "atgardsplan." + fmt
        return export_document(self, self.ctx, "actionplan", fmt, name, ask=self.ask_path) is not None

    # --- "what is missing" --------------------------------------------------------------------------------------
    def focus_missing_field(self, field: str) -> bool:
        self.detail_tabs.setCurrentIndex(self.DECISION)
        editor = self.record.editors.get(field)
        if editor is None:
            self.decide_button.setFocus()
            return field == "status"
        editor.setFocus()
        editor.selectAll()
        return True

    def focus_missing(self, missing: Missing) -> bool:
        """Show where a missing item of step 8 is fixed: the decision record's field, the measure's cell (its
        problem chosen), the causes to tick, or the add button when a measure is missing altogether."""
        if self.ctx.state.db is None:
            return False
        if missing.entity == ActionPlanRow.KIND:
            return self.focus_missing_field(missing.field or "status")
        if missing.entity == MeasureRow.KIND and missing.entity_id is not None:
            return self._focus_measure(missing.entity_id, missing.field)
        if missing.entity == MeasureRow.KIND:
            self.measures.add_button.setFocus()
            return True
        if missing.entity == CauseRow.KIND and missing.entity_id is not None:
            return self._focus_cause(missing.entity_id)
        return False

    def _focus_measure(self, measure_id: int, field: str) -> bool:
        try:
            measure = crud.get(self.ctx.db, MeasureRow, measure_id)
        except KnownError:
            return False
        if measure.problem_id is not None and measure.problem_id != self.ctx.state.problem_id:
            self.ctx.state.set_problem(measure.problem_id)
        self.measures.select_id(measure_id)
        column = next((i for i, c in enumerate(self.measures.model.columns) if c.field == field), 0)
        row = self.measures.model.row_of(measure_id)
        if row < 0:
            return False
        self.measures.view.setCurrentIndex(self.measures.model.index(row, column))
        self.measures.view.setFocus()
        return True

    def _focus_cause(self, cause_id: int) -> bool:
        try:
            cause = crud.get(self.ctx.db, CauseRow, cause_id)
        except KnownError:
            return False
        if cause.problem_id != self.ctx.state.problem_id:
            self.ctx.state.set_problem(cause.problem_id)
        if self.measures.current_row() is None:
            self.measures.add_button.setFocus()
            return True
        self.detail_tabs.setCurrentIndex(self.CAUSES)
        for index in range(self.causes.count()):
            item = self.causes.item(index)
            if item is not None and item.data(Qt.ItemDataRole.UserRole) == cause_id:
                self.causes.setCurrentItem(item)
        self.causes.setFocus()
        return True
