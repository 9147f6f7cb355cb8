"""Step 4 Problembeskrivning: per problem in focus the six questions with guidance, the statement,
affected groups (women/men, age) and the evidence it rests on."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QPushButton, QScrollArea, QVBoxLayout, QWidget

from samverka.core import crud
from samverka.core.changes import Changes
from samverka.dto import AffectedGroupRow, AreaRow, ObservationRow, ProblemEvidenceRow, ProblemRow, SurveyResultRow
from samverka.ui.context import UiContext
from samverka.ui.models.columns import Column, N
from samverka.ui.steps.base import StepPage
from samverka.ui.steps.common import column_box, section_label, short, splitter
from samverka.ui.widgets.form import BoundForm
from samverka.ui.widgets.problem_picker import ProblemPicker
from samverka.ui.widgets.row_table import RowTable
from samverka.workflow.questions import SIX_QUESTIONS


class LazyCombo(QComboBox):
    """Fills itself only when it is about to be used (the survey can hold tens of thousands of rows)."""

    def __init__(self, fill: Callable[[], None], parent: QWidget) -> None:
        super().__init__(parent)
        self.fill = fill
        self.stale = True

    def ensure(self) -> None:
        if self.stale:
            self.stale = False
            self.fill()

    def showPopup(self) -> None:
        self.ensure()
        super().showPopup()

    def focusInEvent(self, event: QFocusEvent) -> None:
        self.ensure()
        super().focusInEvent(event)


@dataclass(frozen=True)
class EvidenceRow:
    id: int
    kind: str
    text: str


class ProblemPage(StepPage):
    STEP = 4
    PATCHED = frozenset({AffectedGroupRow, AreaRow})

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.cache = self.ref_cache()
        self.picker = ProblemPicker(ctx, self)
        self.new_problem = QPushButton(self)
        self.new_problem.clicked.connect(self._add_problem)
        self.form = BoundForm(ctx, ProblemRow, self)
        self.form.add("title", N("Fields", "Rubrik"), required=True)
        self.form.add("statement", N("Fields", "Problemformulering"), "long", lines=3,
                      guidance=N("Guidance", "En eller två meningar som sammanfattar problemet så att alla "
                                 "parter känner igen det."), show_guidance=True)
        self.form.add("area_id", N("Fields", "Område"), "ref", ref=self.cache.ref(AreaRow))
        self.form.add("focus_area", N("Fields", "Fokusområde"))
        for question in SIX_QUESTIONS:
            self.form.add(question.field, question.label, "long", lines=3, guidance=question.guidance,
                          show_guidance=True)
        self.groups = RowTable[AffectedGroupRow](ctx, AffectedGroupRow, [
            Column("name", N("Columns", "Grupp"), width=170),
            Column("women_pct", N("Columns", "Kvinnor %"), "float", width=85),
            Column("men_pct", N("Columns", "Män %"), "float", width=75),
            Column("age_band", N("Columns", "Ålder"), width=80),
            Column("note", N("Columns", "Anteckning"), "long"),
        ], title=N("Sections", "Utsatta grupper"), new_values=self._new_group)
        self.evidence = RowTable[EvidenceRow](ctx, ProblemEvidenceRow, [
            Column("kind", N("Columns", "Slag"), editable=False, width=130),
            Column("text", N("Columns", "Underlag"), editable=False),
        ], title=N("Sections", "Underlag som stöder beskrivningen"), new_values=None)
        self.evidence_choice = LazyCombo(self._fill_evidence_choice, self)
        self.evidence_choice.setMinimumContentsLength(20)
        self.link_button = QPushButton(self)
        self.unlink_button = QPushButton(self)
        self.link_button.clicked.connect(self._link_evidence)
        self.unlink_button.clicked.connect(self._unlink_evidence)
        self.evidence_label = section_label(self)
        self._refreshing = False
        self._choices_db: object = None
        ctx.state.problem_changed.connect(self._problem_changed)
        self._build()
        self.retranslate_ui()

    def _build(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.picker, 1)
        top.addWidget(self.new_problem)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(column_box(self, self.form))
        link_row = QWidget(self)
        row = QHBoxLayout(link_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.evidence_choice, 1)
        row.addWidget(self.link_button)
        row.addWidget(self.unlink_button)
        right = column_box(self, self.groups, self.evidence_label, link_row, self.evidence, stretch_last=True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(splitter(self, scroll, right, sizes=[700, 520]), 1)

    def retranslate_ui(self) -> None:
        self.new_problem.setText(self.tr("Nytt problem"))
        self.new_problem.setToolTip(self.tr("Lägg till ett problem i fokus utan att gå via prioriteringen"))
        self.evidence_label.setText(self.tr("Koppla underlag från lägesbilden"))
        self.evidence_choice.setAccessibleName(self.tr("Underlag att koppla"))
        self.evidence_choice.setPlaceholderText(self.tr("Välj en iakttagelse eller ett mätresultat…"))
        self.link_button.setText(self.tr("Koppla"))
        self.unlink_button.setText(self.tr("Ta bort koppling"))
        for widget in (self.picker, self.form, self.groups, self.evidence):
            widget.retranslate_ui()
        self.evidence_choice.stale = True

    def _on_changed(self, changes: Changes, initiator: object) -> None:
        if changes.touches(ObservationRow, SurveyResultRow):
            self.evidence_choice.stale = True
        super()._on_changed(changes, initiator)

    def _problem_changed(self, _problem_id: object) -> None:
        if not self._refreshing:
            self.refresh()

    def refresh(self) -> None:
        self._refreshing = True
        try:
            self._reload()
        finally:
            self._refreshing = False

    def _reload(self) -> None:
        db = self.ctx.state.db
        if db is None:
            return
        self.cache.invalidate()
        self.picker.refresh()
        problem_id = self.ctx.state.problem_id
        problem = crud.get(db, ProblemRow, problem_id) if problem_id is not None else None
        self.form.set_row(problem)
        writable = problem is not None and not self.ctx.read_only
        self.groups.set_rows(crud.list_rows(db, AffectedGroupRow, problem_id=problem_id) if problem else [])
        self.evidence.set_rows(self._evidence_rows(problem_id) if problem else [])
        if self._choices_db is not db:
            self._choices_db = db
            self.evidence_choice.stale = True
            self.evidence_choice.clear()
        for widget in (self.groups.add_button, self.link_button, self.unlink_button, self.evidence_choice):
            widget.setEnabled(writable)
        self.new_problem.setEnabled(not self.ctx.read_only)

    def _evidence_rows(self, problem_id: int | None) -> list[EvidenceRow]:
        observations = {o.id: o for o in self.cache.rows(ObservationRow)}
        rows = []
        for link in crud.list_rows(self.ctx.db, ProblemEvidenceRow, problem_id=problem_id):
            if link.observation_id is not None and link.observation_id in observations:
                rows.append(EvidenceRow(link.id, self.tr("Iakttagelse"),
                                        short(observations[link.observation_id].description, 120)))
            elif link.survey_result_id is not None:
                result = crud.get(self.ctx.db, SurveyResultRow, link.survey_result_id)
                rows.append(EvidenceRow(link.id, self.tr("Trygghetsmätning"), survey_text(result)))
        return rows

    def _fill_evidence_choice(self) -> None:
        self.evidence_choice.clear()
        for observation in self.cache.rows(ObservationRow):
            self.evidence_choice.addItem(self.tr("Iakttagelse: {0}").format(short(observation.description, 80)),
                                         ("observation_id", observation.id))
        db = self.ctx.db
        for result in crud.list_rows(db, SurveyResultRow, order_by=("year", "item_code"), breakdown="alla")[:400]:
            self.evidence_choice.addItem(self.tr("Trygghetsmätning: {0}").format(survey_text(result)),
                                         ("survey_result_id", result.id))

    # edits --------------------------------------------------------------------------------------
    def _add_problem(self) -> None:
        count = len(crud.list_rows(self.ctx.db, ProblemRow))  # the new problem goes last
        outcome = self.ctx.undo.create(ProblemRow, title=self.tr("Nytt problem"), in_focus=True, sort_order=count,
                                       label=self.tr("Nytt problem"))
        if outcome.entity_id is not None:
            self.ctx.state.set_problem(outcome.entity_id)
            self.refresh()

    def _new_group(self) -> dict[str, Any] | None:
        if self.ctx.state.problem_id is None:
            return None
        return {"problem_id": self.ctx.state.problem_id, "name": self.tr("Ny grupp")}

    def _link_evidence(self) -> None:
        self.evidence_choice.ensure()
        data = self.evidence_choice.currentData()
        if self.ctx.state.problem_id is None:
            return
        if data is None:
            self.ctx.bus.info_raised.emit(self.tr("Välj först vilket underlag som ska kopplas."))
            self.evidence_choice.setFocus()
            return
        field, value = data
        self.ctx.undo.create(ProblemEvidenceRow, {"problem_id": self.ctx.state.problem_id, field: value},
                             label=self.tr("Koppla underlag"))

    def _unlink_evidence(self) -> None:
        self.evidence.remove_current_row()


def survey_text(result: SurveyResultRow) -> str:
    return f"{result.year} {result.area_name} – {short(result.item_label, 60)}: {result.value:g}"
