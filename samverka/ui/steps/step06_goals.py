"""Step 6 Mål: goals per problem (effekt, process, produktion) with indicator, baseline and target,
and a live SMART check of the chosen goal."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from samverka import vocab
from samverka.core import crud
from samverka.core.changes import Changes
from samverka.core.smart import check_goal
from samverka.dto import AreaRow, GoalRow, IndicatorRow, OrganisationRow
from samverka.ui.context import UiContext
from samverka.ui.models.columns import Column, N
from samverka.ui.steps.base import StepPage
from samverka.ui.steps.common import column_box, guidance_label, section_label, splitter, tabs
from samverka.ui.widgets.form import BoundForm
from samverka.ui.widgets.problem_picker import ProblemPicker
from samverka.ui.widgets.row_table import RowTable


def smart_marks(goal: GoalRow) -> str:
    result = check_goal(goal)
    return " ".join(v.letter if v.ok else "·" for v in result.verdicts)


class SmartPanel(QWidget):
    """Five rows, one per letter: a mark, the letter's name and what to do."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.heading = section_label(self)
        self.grid = QGridLayout()
        self.marks = [QLabel(self) for _ in range(5)]
        self.names = [QLabel(self) for _ in range(5)]
        self.reasons = [QLabel(self) for _ in range(5)]
        for i in range(5):
            for label in (self.marks[i], self.names[i], self.reasons[i]):
                label.setContentsMargins(0, 2, 0, 0)
            self.reasons[i].setWordWrap(True)
            self.grid.addWidget(self.marks[i], i, 0)
            self.grid.addWidget(self.names[i], i, 1)
            self.grid.addWidget(self.reasons[i], i, 2)
        self.grid.setColumnStretch(2, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addLayout(self.grid)
        self.show_goal(None)

    def show_goal(self, goal: GoalRow | None) -> None:
        self.heading.setText(self.tr("SMART-kontroll"))
        if goal is None:
            for i in range(5):
                self.marks[i].setText("")
                self.names[i].setText("")
                self.reasons[i].setText(self.tr("Välj ett mål i tabellen.") if i == 0 else "")
            return
        for i, verdict in enumerate(check_goal(goal).verdicts):
            self.marks[i].setText("✓" if verdict.ok else "✗")
            self.marks[i].setStyleSheet(f"color: {'#1b6e20' if verdict.ok else '#a3170a'}; font-weight: bold;")
            self.names[i].setText(f"{verdict.letter} – {verdict.name}")
            self.reasons[i].setText(str(verdict.reason))


class GoalsPage(StepPage):
    STEP = 6
    PATCHED = frozenset({GoalRow, IndicatorRow, OrganisationRow, AreaRow})

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.cache = self.ref_cache()
        self._refreshing = False
        self.picker = ProblemPicker(ctx, self)
        self.hint = guidance_label(self)
        self.goals = RowTable[GoalRow](ctx, GoalRow, [
            Column("type", N("Columns", "Typ"), "choice", choices=vocab.GOAL_TYPES, width=120),
            Column("text", N("Columns", "Mål"), "long", width=240),
            Column("indicator_id", N("Columns", "Indikator"), "ref", ref=self.cache.ref(IndicatorRow), width=160),
            Column("baseline_value", N("Columns", "Utgångsvärde"), "float", width=112),
            Column("baseline_date", N("Columns", "Mätt"), "date", width=95),
            Column("target_value", N("Columns", "Målvärde"), "float", width=80),
            Column("target_date", N("Columns", "Senast"), "date", width=95),
            Column("accepted", N("Columns", "Accepterad"), "bool", width=90),
            Column("smart", N("Columns", "SMART"), "computed", display=smart_marks, width=100,
                   tooltip=N("Columns", "Specifik, Mätbar, Accepterad, Realistisk, Tidsatt")),
        ], title=N("Sections", "Mål för problemet"), new_values=self._new_goal)
        self.goal_form = BoundForm(ctx, GoalRow, self)
        self.goal_form.add("text", N("Fields", "Målformulering"), "long", lines=3,
                           guidance=N("Guidance", "Vad ska bli bättre, för vilka, var och hur mycket?"))
        self.smart = SmartPanel(self)
        self.indicators = RowTable[IndicatorRow](ctx, IndicatorRow, [
            Column("name", N("Columns", "Indikator"), width=260),
            Column("unit", N("Columns", "Enhet"), width=90),
            Column("source_kind", N("Columns", "Källa"), width=150),
            Column("frequency", N("Columns", "Hur ofta"), width=110),
            Column("responsible_org_id", N("Columns", "Ansvarig"), "ref", ref=self.cache.ref(OrganisationRow),
                   width=170),
            Column("how_measured", N("Columns", "Hur den mäts"), "long"),
        ], title=N("Sections", "Indikatorer"), new_values=lambda: {"name": self.tr("Ny indikator")})
        self.goals.current_changed.connect(self._goal_chosen)
        ctx.state.problem_changed.connect(self._problem_changed)
        detail = column_box(self, self.goal_form, self.smart)
        goals_tab = QWidget(self)
        box = QVBoxLayout(goals_tab)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.picker)
        box.addWidget(self.hint)
        box.addWidget(splitter(self, self.goals, detail, vertical=True, sizes=[300, 260]), 1)
        self.tabs = tabs(self, [goals_tab, self.indicators])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.tabs.setTabText(0, self.tr("Mål"))
        self.tabs.setTabText(1, self.tr("Indikatorer"))
        self.hint.setText(self.tr(
            "Effektmål säger vad som ska bli bättre, processmål hur arbetet ska gå till och produktionsmål vad "
            "som ska göras. Varje mål behöver en indikator, ett utgångsvärde, ett målvärde och ett datum."))
        for widget in (self.picker, self.goals, self.goal_form, self.indicators):
            widget.retranslate_ui()
        self.smart.show_goal(self.goals.current_row())

    def _problem_changed(self, _problem_id: object) -> None:
        if not self._refreshing:
            self.refresh()

    def refresh(self) -> None:
        db = self.ctx.state.db
        if db is None:
            return
        self._refreshing = True
        try:
            self.cache.invalidate()
            self.picker.refresh()
            problem_id = self.ctx.state.problem_id
            goals = crud.list_rows(db, GoalRow, order_by=("sort_order", "id"), problem_id=problem_id) \
                if problem_id is not None else []
            self.goals.set_rows(goals)
            self.goals.add_button.setEnabled(problem_id is not None and not self.ctx.read_only)
            self.indicators.set_rows(self.cache.rows(IndicatorRow))
            self._goal_chosen(self.goals.current_row())
        finally:
            self._refreshing = False

    def patch(self, changes: Changes) -> None:
        super().patch(changes)
        self.smart.show_goal(self.goals.current_row())  # the SMART check follows the goal's new values

    def _goal_chosen(self, goal: GoalRow | None) -> None:
        self.goal_form.set_row(goal)
        self.smart.show_goal(goal)

    def _new_goal(self) -> dict[str, Any] | None:
        if self.ctx.state.problem_id is None:
            return None
        return {"problem_id": self.ctx.state.problem_id, "type": "effekt", "text": "",
                "sort_order": self.goals.model.rowCount()}
