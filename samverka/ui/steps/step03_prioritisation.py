"""Step 3 Prioritering: problem candidates scored 0–3 against Brå's criteria with weights, resources and the
ability to influence as pass/fail filters (never summed), a live ranking (`core.priority`), and choosing the
problems in focus with a written rationale and what the citizen dialogue said."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from samverka.core import crud
from samverka.dto import AreaRow, OrganisationRow, PriorityCriterionRow, PriorityScoreRow, ProblemCandidateRow
from samverka.ui.context import UiContext
from samverka.ui.models.columns import Column, N
from samverka.ui.models.score_matrix import ScoreMatrixModel
from samverka.ui.steps.base import StepPage
from samverka.ui.steps.common import column_box, guidance_label, section_label, splitter, tabs
from samverka.ui.steps.focus import set_focus
from samverka.ui.steps.missing_focus import focus_cell, focus_field, focus_widget, show_tab
from samverka.ui.widgets.form import BoundForm
from samverka.ui.widgets.row_table import RowTable, SheetView
from samverka.workflow.missing import Missing

# What a filter cell takes besides a digit: ja/j (and yes/y) passes, nej/n (no) fails.
FILTER_ANSWERS = {"j": 1, "ja": 1, "y": 1, "yes": 1, "n": 0, "nej": 0, "no": 0}


@dataclass(frozen=True)
class RankRow:
    id: int
    rank: int
    title: str
    points: float
    selected: bool
    filters: str  # "Klarar filtren", "Klarar inte: Resurser", "Ej prövat: …"


class ScoreDelegate(QStyledItemDelegate):
    """A digit 0–3; anything else is refused with the reason in the message bar."""

    def __init__(self, page: PrioriteringPage) -> None:
        super().__init__(page)
        self.page = page

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: QModelIndex | QPersistentModelIndex) -> QWidget:
        editor = QLineEdit(parent)
        editor.setMaxLength(3)
        editor.setAccessibleName(QCoreApplication.translate("PrioriteringPage", "Poäng 0–3"))
        return editor

    def setModelData(self, editor: QWidget, model: QAbstractItemModel,
                     index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, QLineEdit)
        text = editor.text().strip()
        if not text:
            return
        column = index.column()
        criteria = self.page.matrix_model.criteria
        if 0 <= column < len(criteria) and criteria[column].is_filter:
            answer = FILTER_ANSWERS.get(text.casefold())
            if answer is not None:
                model.setData(index, answer)
                return
        if not text.lstrip("-").isdigit():
            self.page.ctx.bus.error_raised.emit(
                QCoreApplication.translate("PrioriteringPage", "Poängen är ett heltal från 0 till 3."))
            return
        model.setData(index, int(text))


class PrioriteringPage(StepPage):
    STEP = 3
    # The matrix and the ranking are computed from every table here: any change reloads the page.

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.cache = self.ref_cache()
        self.hint = guidance_label(self)
        self.matrix_model = ScoreMatrixModel(self._score)
        self.matrix = SheetView(self)  # Tab commits a score and moves to the next, as in a spreadsheet
        self.matrix.setModel(self.matrix_model)
        self.matrix.setItemDelegate(ScoreDelegate(self))
        self.matrix.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.matrix.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        # Every column in view at 1366 px: the weighted total in the last column must never scroll away.
        self.matrix.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.matrix.horizontalHeader().setMinimumSectionSize(60)
        # The problems' names give room to the criteria (at 230 px "Signalbrott" and "Hög kostnad" were cut on a
        # laptop beside the presenter panel); a long name is elided, whole in its tooltip.
        self.matrix.verticalHeader().setMaximumWidth(150)
        self.matrix.horizontalHeader().setHighlightSections(False)  # a bold current heading no longer fits
        # (a style sheet: the application's style sheet resets a font set with setFont)
        self.matrix.horizontalHeader().setStyleSheet("QHeaderView { font-size: 11px; }")
        self.matrix.setWordWrap(True)
        self.ranking_label = section_label(self)
        self.ranking = RowTable[RankRow](ctx, ProblemCandidateRow, [
            Column("rank", N("Columns", "Plats"), "int", editable=False, width=50),
            Column("selected", N("Columns", "I fokus"), "bool", width=70),
            Column("points", N("Columns", "Poäng"), "float", editable=False, width=60),
            Column("title", N("Columns", "Problem"), editable=False, width=240),
            Column("filters", N("Columns", "Filter"), editable=False, width=200,
                   tooltip=N("Columns", "Resurser och möjlighet att påverka: ja eller nej. Ett problem som inte "
                                        "klarar ett filter hamnar sist.")),
        ], on_edit=self._focus_edit)
        self.choice_title = section_label(self)
        self.choice_form = BoundForm(ctx, ProblemCandidateRow, self, labels_above=True)
        self.choice_form.add("rationale", N("Fields", "Motivering"), "long", lines=3, guidance=N(
            "Guidance", "Varför ni väljer problemet: vad lägesbilden visar och vad kriterierna gav."))
        self.choice_form.add("dialogue_basis", N("Fields", "Stöd i medborgardialogen"), "long", lines=3, guidance=N(
            "Guidance", "Vad invånarna sa om problemet i medborgardialogen, om en sådan hölls."))
        self.ranking.current_changed.connect(self._ranked_chosen)
        self.candidates = RowTable[ProblemCandidateRow](ctx, ProblemCandidateRow, [
            Column("title", N("Columns", "Problemkandidat"), width=260),
            Column("area_id", N("Columns", "Område"), "ref", ref=self.cache.ref(AreaRow), width=160),
            Column("category", N("Columns", "Kategori"), width=130),
            Column("raised_by_org_id", N("Columns", "Lyft av"), "ref", ref=self.cache.ref(OrganisationRow),
                   width=160),
            Column("rationale", N("Columns", "Motivering"), "long", width=260),
            Column("dialogue_basis", N("Columns", "Medborgardialogen"), "long"),
        ], title=N("Sections", "Problemkandidater"), new_values=lambda: {"title": self.tr("Nytt problem")})
        self.criteria = RowTable[PriorityCriterionRow](ctx, PriorityCriterionRow, [
            Column("name", N("Columns", "Kriterium"), width=260),
            Column("weight", N("Columns", "Vikt"), "float", width=70,
                   tooltip=N("Columns", "Hur mycket kriteriet väger, 0–10")),
            Column("is_filter", N("Columns", "Filter"), "bool", width=70,
                   tooltip=N("Columns", "Ett filter bedöms ja eller nej och räknas inte in i summan")),
            Column("description", N("Columns", "Beskrivning"), "long"),
        ], title=N("Sections", "Brås kriterier och vikter"), new_values=lambda: {"name": self.tr("Nytt kriterium")})
        scoring = column_box(self, self.hint, self.matrix, stretch_last=True)
        ranking = column_box(self, self.ranking_label, self.ranking, stretch_last=True)
        choice = column_box(self, self.choice_title, self.choice_form)
        bottom = splitter(self, ranking, choice, sizes=[620, 420])
        self.scoring_page = splitter(self, scoring, bottom, vertical=True, sizes=[300, 300])
        self.tabs = tabs(self, [self.scoring_page, self.candidates, self.criteria])
        self._showed_candidates = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        for i, text in enumerate((self.tr("Poängsättning och rangordning"), self.tr("Problemkandidater"),
                                  self.tr("Kriterier och vikter"))):
            self.tabs.setTabText(i, text)
        self.hint.setText(self.tr(
            "Ge varje problem 0–3 poäng per kriterium (0 = inte alls, 3 = i hög grad); summan viktas. Resurser och "
            "möjlighet att påverka är filter: skriv j eller n. De räknas inte in i summan, och ett problem som inte "
            "klarar ett filter hamnar sist. Bocka i de problem ni väljer och skriv varför."))
        self.ranking_label.setText(self.tr("Rangordning"))
        self.choice_title.setText(self.tr("Varför problemet väljs"))
        self.choice_form.retranslate_ui()
        self.matrix.setAccessibleName(self.tr("Poängmatris: problem och kriterier"))
        for widget in (self.ranking, self.candidates, self.criteria):
            widget.retranslate_ui()
        self.matrix_model.headerDataChanged.emit(
            Qt.Orientation.Horizontal, 0, max(self.matrix_model.columnCount() - 1, 0))

    def refresh(self) -> None:
        db = self.ctx.state.db
        if db is None:
            return
        from samverka.core.priority import ranking

        self.cache.invalidate()
        candidates = crud.list_rows(db, ProblemCandidateRow, order_by=("sort_order", "id"))
        criteria = crud.list_rows(db, PriorityCriterionRow, order_by=("sort_order", "id"))
        ids = {c.id for c in candidates}
        scores = [s for s in crud.list_rows(db, PriorityScoreRow) if s.candidate_id in ids]
        self.matrix_model.set_data(candidates, criteria, scores)
        self.matrix.resizeRowsToContents()
        self.candidates.set_rows(candidates)
        self.criteria.set_rows(criteria)
        self.ranking.set_rows([self._rank_row(i, r) for i, r in enumerate(ranking(db), start=1)])
        self._ranked_chosen(self.ranking.current_row())
        if not candidates and not self._showed_candidates and self.tabs.currentWidget() is self.scoring_page:
            self._showed_candidates = True  # once: a facilitator who goes back to the scoring tab stays there
            show_tab(self.tabs, self.candidates)  # nothing to score yet: where the problems are added

    def _rank_row(self, place: int, ranked: Any) -> RankRow:
        if ranked.failed_filters:
            filters = self.tr("Klarar inte: {0}").format(", ".join(ranked.failed_filters))
        elif ranked.unchecked_filters:
            filters = self.tr("Ej prövat: {0}").format(", ".join(ranked.unchecked_filters))
        else:
            filters = self.tr("Klarar filtren")
        c = ranked.candidate
        return RankRow(c.id, place, c.title, ranked.score, c.selected, filters)

    def _ranked_chosen(self, row: RankRow | None) -> None:
        candidate = next((c for c in self.matrix_model.candidates if row is not None and c.id == row.id), None)
        self.choice_form.set_row(candidate)

    # click-to-fix ---------------------------------------------------------------------------------
    def focus_missing(self, missing: Missing) -> bool:
        """Show the tab, row and field a missing item names (the navigator calls this)."""
        if missing.entity == "problem_candidate" and missing.entity_id is not None:
            show_tab(self.tabs, self.scoring_page)
            self.ranking.select_id(missing.entity_id)
            return focus_field(self.choice_form, missing.field or "rationale")
        if missing.entity == "problem_candidate":
            show_tab(self.tabs, self.candidates)
            return focus_cell(self.candidates, None, "title")
        if missing.entity == "priority_score":
            show_tab(self.tabs, self.scoring_page)
            return self._focus_score(missing.entity_id)
        if missing.entity == "problem":  # nothing in focus yet: tick "I fokus" in the ranking
            show_tab(self.tabs, self.scoring_page)
            return focus_cell(self.ranking, None, "selected")
        return False

    def _focus_score(self, score_id: int | None) -> bool:
        model = self.matrix_model
        if not model.candidates:
            show_tab(self.tabs, self.candidates)
            return focus_cell(self.candidates, None, "title")
        row, column = 0, 0
        for (candidate_id, criterion_id), score in model.scores.items():
            if score.id == score_id:
                row = next(i for i, c in enumerate(model.candidates) if c.id == candidate_id)
                column = next(i for i, c in enumerate(model.criteria) if c.id == criterion_id)
        if score_id is None:  # a chosen problem not yet judged against a filter: that empty cell
            empty = [(i, j) for i, c in enumerate(model.candidates) if c.selected
                     for j, k in enumerate(model.criteria) if k.is_filter and (c.id, k.id) not in model.scores]
            row, column = empty[0] if empty else (0, 0)
        index = model.index(row, column)
        self.matrix.setCurrentIndex(index)
        focus_widget(self.matrix)
        return True

    # edits --------------------------------------------------------------------------------------
    def _score(self, candidate: ProblemCandidateRow, criterion: PriorityCriterionRow, value: int) -> bool:
        existing = self.matrix_model.scores.get((candidate.id, criterion.id))
        if existing is None:
            return self.ctx.undo.create(PriorityScoreRow, candidate_id=candidate.id, criterion_id=criterion.id,
                                        score=value).saved
        return self.ctx.undo.update(PriorityScoreRow, existing.id, score=value,
                                    expected={"score": existing.score}).saved

    def _focus_edit(self, row: RankRow, field: str, value: Any) -> bool:
        if field != "selected":
            return False
        return set_focus(self.ctx, row.id, bool(value))
