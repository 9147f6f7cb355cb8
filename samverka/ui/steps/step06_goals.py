"""Step 6 Mål: goals per problem (effekt, process, produktion) with indicator, baseline and target, a live SMART
check of the chosen goal with Brå's vague-verb warnings where the goal is written, the collaboration's strategic
sub-goals, and the indicators (made on their tab, or from the goal itself)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QInputDialog, QLabel, QPushButton, QVBoxLayout, QWidget

from samverka import vocab
from samverka.core import crud
from samverka.core.changes import Changes
from samverka.core.smart import check_goal
from samverka.dto import AreaRow, GoalRow, IndicatorRow, OrganisationRow
from samverka.ui.context import UiContext
from samverka.ui.models.columns import Column, N
from samverka.ui.steps.base import StepPage
from samverka.ui.steps.common import (
    KindRef,
    column_box,
    guidance_label,
    scrolled,
    section_label,
    short,
    splitter,
    tabs,
)
from samverka.ui.steps.missing_focus import focus_cell, focus_field, focus_widget, show_tab
from samverka.ui.widgets.form import BoundForm
from samverka.ui.widgets.problem_picker import ProblemPicker
from samverka.ui.widgets.row_table import RowTable
from samverka.workflow.missing import Missing
from samverka.workflow.wording import vague_phrases

NEW_INDICATOR = -1  # the "Ny indikator…" choice in the goal table's indicator list
STRATEGIC = "strategiskt"
NO_INDICATOR = N("Columns", "(ingen – gör en under Indikatorer)")


class IndicatorChoices:
    """The indicators to choose from, and last "Ny indikator…", which makes one for the goal."""

    def __init__(self, ref: KindRef) -> None:
        self.ref = ref

    def options(self) -> list[tuple[Any, str]]:
        return [*self.ref.options(), (NEW_INDICATOR, QCoreApplication.translate("GoalsPage", "＋ Ny indikator…"))]

    def label(self, value: Any) -> str:
        return self.ref.label(value)


def vague_warning(text: str) -> str:
    """"⚠ 'verka för': …" for each vague phrase Brå warns against, with what to write instead."""
    by_advice: dict[str, list[str]] = {}
    for phrase in vague_phrases(text):
        by_advice.setdefault(str(phrase.suggestion), []).append(f"”{phrase.found}”")
    return "\n".join(
        QCoreApplication.translate("GoalsPage", "⚠ {0}: vaga formuleringar som Brå varnar för. {1}").format(
            ", ".join(found), advice)
        for advice, found in by_advice.items())


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
            Column("indicator_id", N("Columns", "Indikator"), "ref", ref=IndicatorChoices(self.cache.ref(IndicatorRow)),
                   width=160, none_label=NO_INDICATOR),
            Column("baseline_value", N("Columns", "Utgångsvärde"), "float", width=112),
            Column("baseline_date", N("Columns", "Mätt"), "date", width=95),
            Column("target_value", N("Columns", "Målvärde"), "float", width=80),
            Column("target_date", N("Columns", "Senast"), "date", width=95),
            Column("accepted", N("Columns", "Accepterad"), "bool", width=90),
            Column("smart", N("Columns", "SMART"), "computed", display=smart_marks, width=100,
                   tooltip=N("Columns", "Specifik, Mätbar, Accepterad, Realistisk, Tidsatt")),
        ], title=N("Sections", "Mål för problemet"), new_values=self._new_goal, on_edit=self._goal_edit)
        self.goals.patchable = True
        self.goal_form = BoundForm(ctx, GoalRow, self)
        text = self.goal_form.add("text", N("Fields", "Målformulering"), "long", lines=3,
                                  guidance=N("Guidance", "Vad ska bli bättre, för vilka, var och hur mycket?"))
        self.goal_form.add("indicator_id", N("Fields", "Indikator"), "ref", ref=self.cache.ref(IndicatorRow),
                           none_label=NO_INDICATOR)
        self.vague = QLabel(self)  # Brå's vague verbs, flagged as the goal is typed
        self.vague.setProperty("role", "flag")
        self.vague.setWordWrap(True)
        self.vague.hide()
        text.textChanged.connect(self._show_vague)  # type: ignore[attr-defined]
        self.indicator_hint = guidance_label(self)
        self.new_indicator_button = QPushButton(self)
        self.new_indicator_button.clicked.connect(self._new_indicator_for_current)
        self.smart = SmartPanel(self)
        self.strategic_hint = guidance_label(self)
        self.strategic = RowTable[GoalRow](ctx, GoalRow, [
            Column("text", N("Columns", "Strategiskt delmål"), "long", width=520),
            Column("target_date", N("Columns", "Senast"), "date", width=100),
            Column("accepted", N("Columns", "Accepterad"), "bool", width=90),
        ], title=N("Sections", "Strategiska delmål för hela samverkan"), new_values=self._new_strategic)
        self.strategic_form = BoundForm(ctx, GoalRow, self, labels_above=True)
        self.strategic_form.add("text", N("Fields", "Strategiskt delmål"), "long", lines=4,
                                guidance=N("Guidance", "Vad samverkan som helhet ska uppnå under perioden, t.ex. "
                                                       "att lägesbilden tas fram gemensamt varje år."))
        self.strategic_vague = QLabel(self)
        self.strategic_vague.setProperty("role", "flag")
        self.strategic_vague.setWordWrap(True)
        self.strategic_vague.hide()
        self.strategic_form.fields["text"].editor.textChanged.connect(  # type: ignore[attr-defined]
            self._show_strategic_vague)
        self.strategic.current_changed.connect(self._strategic_chosen)
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
        indicator_row = QWidget(self)
        row = QHBoxLayout(indicator_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.indicator_hint, 1)
        row.addWidget(self.new_indicator_button)
        self.goal_form.layout_.insertRow(1, self.vague)  # right under the text it is about
        detail = scrolled(self, column_box(self, self.goal_form, indicator_row, self.smart))
        goals_tab = QWidget(self)
        box = QVBoxLayout(goals_tab)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.picker)
        box.addWidget(self.hint)
        box.addWidget(splitter(self, self.goals, detail, vertical=True, sizes=[230, 330]), 1)
        self.goals_tab = goals_tab
        self.strategic_form.layout_.insertRow(1, self.strategic_vague)
        strategic_detail = column_box(self, self.strategic_form)
        self.strategic_tab = column_box(self, self.strategic_hint, splitter(
            self, self.strategic, strategic_detail, vertical=True, sizes=[260, 220]), stretch_last=True)
        self.tabs = tabs(self, [goals_tab, self.strategic_tab, self.indicators])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.tabs.setTabText(0, self.tr("Mål"))
        self.tabs.setTabText(1, self.tr("Strategiska delmål"))
        self.tabs.setTabText(2, self.tr("Indikatorer"))
        self.indicator_hint.setText(self.tr(
            "Indikatorer görs under fliken Indikatorer – eller här, direkt för det här målet."))
        self.new_indicator_button.setText(self.tr("Ny indikator…"))
        self.new_indicator_button.setToolTip(self.tr("Gör en indikator och koppla målet till den."))
        self.strategic_hint.setText(self.tr(
            "Strategiska delmål gäller hela samverkan, inte ett enskilt problem. De står i överenskommelsen under "
            "det övergripande målet."))
        self.hint.setText(self.tr(
            "Effektmål säger vad som ska bli bättre, processmål hur arbetet ska gå till och produktionsmål vad "
            "som ska göras. Varje mål behöver en indikator, ett utgångsvärde, ett målvärde och ett datum."))
        for widget in (self.picker, self.goals, self.goal_form, self.indicators, self.strategic,
                       self.strategic_form):
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
            strategic = [g for g in crud.list_rows(db, GoalRow, order_by=("sort_order", "id"))
                         if g.problem_id is None]
            self.strategic.set_rows(strategic)
            self._strategic_chosen(self.strategic.current_row())
        finally:
            self._refreshing = False

    def patch(self, changes: Changes) -> None:
        super().patch(changes)
        self.smart.show_goal(self.goals.current_row())  # the SMART check follows the goal's new values

    def _goal_chosen(self, goal: GoalRow | None) -> None:
        self.goal_form.set_row(goal)
        self.smart.show_goal(goal)
        self.new_indicator_button.setEnabled(goal is not None and not self.ctx.read_only)
        self._show_vague()

    def _strategic_chosen(self, goal: GoalRow | None) -> None:
        self.strategic_form.set_row(goal)
        self._show_strategic_vague()

    def _show_vague(self) -> None:
        """The warning follows the text as it is typed, before it is saved."""
        editor = self.goal_form.fields["text"].editor
        warning = vague_warning(editor.toPlainText()) if self.goal_form.row is not None else ""  # type: ignore[attr-defined]
        self.vague.setText(warning)
        self.vague.setVisible(bool(warning))

    def _show_strategic_vague(self) -> None:
        editor = self.strategic_form.fields["text"].editor
        warning = vague_warning(editor.toPlainText()) if self.strategic_form.row is not None else ""  # type: ignore[attr-defined]
        self.strategic_vague.setText(warning)
        self.strategic_vague.setVisible(bool(warning))

    # edits --------------------------------------------------------------------------------------
    def _goal_edit(self, row: GoalRow, field: str, value: Any) -> bool:
        if field == "indicator_id" and value == NEW_INDICATOR:
            return self.new_indicator(row)
        return self.ctx.undo.update(GoalRow, row.id, {field: value}, expected={field: getattr(row, field)},
                                    initiator=self.goals).saved

    def _new_indicator_for_current(self) -> None:
        goal = self.goals.current_row()
        if goal is not None:
            self.new_indicator(goal)

    def ask_indicator_name(self, goal: GoalRow) -> str | None:
        """The new indicator's name, suggested from the goal (tests replace this method)."""
        name, ok = QInputDialog.getText(
            self, self.tr("Ny indikator"),
            self.tr("Vad mäter indikatorn? (t.ex. Andel otrygga ute ensam sen kväll, Lund C)"),
            text=short(goal.text, 60))
        return name.strip() if ok and name.strip() else None

    def new_indicator(self, goal: GoalRow) -> bool:
        """Make an indicator from the goal and link the goal to it: one undo step."""
        from samverka.core.goal_indicators import drop_new_indicator, new_indicator_for_goal

        name = self.ask_indicator_name(goal)
        if name is None or self.ctx.read_only:
            return False
        db = self.ctx.db
        made: dict[str, Any] = {}

        def do() -> Changes:
            indicator_id, previous, changes = new_indicator_for_goal(db, goal.id, name)
            made.update(indicator=indicator_id, previous=previous)
            return changes

        def undo() -> Changes:
            return drop_new_indicator(db, goal.id, made["indicator"], made["previous"])

        saved = self.ctx.undo.call(self.tr("Ny indikator för målet"), do, undo).saved
        if saved:
            self.ctx.bus.info_raised.emit(self.tr(
                "Indikatorn ”{0}” är kopplad till målet. Ange enhet, källa och hur den mäts under fliken "
                "Indikatorer.").format(name))
        return saved

    # click-to-fix ---------------------------------------------------------------------------------
    def focus_missing(self, missing: Missing) -> bool:
        """Show the problem, goal and field a missing item names (the navigator calls this)."""
        if missing.entity == "indicator":
            show_tab(self.tabs, self.indicators)
            return focus_cell(self.indicators, missing.entity_id, missing.field)
        if missing.entity != "goal":
            return False
        goal = None
        if missing.entity_id is not None and self.ctx.state.db is not None:
            goal = next((g for g in crud.list_rows(self.ctx.db, GoalRow) if g.id == missing.entity_id), None)
        if goal is not None and goal.problem_id is None:
            show_tab(self.tabs, self.strategic_tab)
            self.strategic.select_id(goal.id)
            return focus_field(self.strategic_form, "text")
        show_tab(self.tabs, self.goals_tab)
        if goal is not None:
            self.ctx.state.set_problem(goal.problem_id)
            self.goals.select_id(goal.id)
            if missing.field in self.goal_form.fields:
                return focus_field(self.goal_form, missing.field)
            return focus_cell(self.goals, goal.id, missing.field)
        if self.goals.add_button.isEnabled():
            focus_widget(self.goals.add_button)  # the problem lacks an outcome goal: add one
            return True
        return focus_cell(self.goals, None, missing.field)

    def _new_strategic(self) -> dict[str, Any]:
        return {"problem_id": None, "type": STRATEGIC, "text": "", "sort_order": self.strategic.model.rowCount()}

    def _new_goal(self) -> dict[str, Any] | None:
        if self.ctx.state.problem_id is None:
            return None
        return {"problem_id": self.ctx.state.problem_id, "type": "effekt", "text": "",
                "sort_order": self.goals.model.rowCount()}
