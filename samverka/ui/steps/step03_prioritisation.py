"""Step 3 Prioritering: problem candidates scored 0–3 against Brå's criteria with weights, a live
weighted ranking, and choosing the problems in focus."""

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
from samverka.ui.models.score_matrix import ScoreMatrixModel, weighted_total
from samverka.ui.steps.base import StepPage
from samverka.ui.steps.common import column_box, guidance_label, section_label, splitter, tabs
from samverka.ui.steps.focus import set_focus
from samverka.ui.widgets.row_table import RowTable, SheetView


@dataclass(frozen=True)
class RankRow:
    id: int
    rank: int
    title: str
    points: float
    selected: bool


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
        self.matrix.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.matrix.horizontalHeader().setMinimumSectionSize(60)
        self.matrix.verticalHeader().setMaximumWidth(230)
        self.matrix.setWordWrap(True)
        self.ranking_label = section_label(self)
        self.ranking = RowTable[RankRow](ctx, ProblemCandidateRow, [
            Column("rank", N("Columns", "Plats"), "int", editable=False, width=50),
            Column("selected", N("Columns", "I fokus"), "bool", width=70),
            Column("points", N("Columns", "Poäng"), "float", editable=False, width=60),
            Column("title", N("Columns", "Problem"), editable=False, width=260),
        ], on_edit=self._focus_edit)
        self.candidates = RowTable[ProblemCandidateRow](ctx, ProblemCandidateRow, [
            Column("title", N("Columns", "Problemkandidat"), width=260),
            Column("area_id", N("Columns", "Område"), "ref", ref=self.cache.ref(AreaRow), width=160),
            Column("category", N("Columns", "Kategori"), width=130),
            Column("raised_by_org_id", N("Columns", "Lyft av"), "ref", ref=self.cache.ref(OrganisationRow),
                   width=160),
            Column("rationale", N("Columns", "Motivering"), "long"),
        ], title=N("Sections", "Problemkandidater"), new_values=lambda: {"title": self.tr("Nytt problem")})
        self.criteria = RowTable[PriorityCriterionRow](ctx, PriorityCriterionRow, [
            Column("name", N("Columns", "Kriterium"), width=260),
            Column("weight", N("Columns", "Vikt"), "float", width=70,
                   tooltip=N("Columns", "Hur mycket kriteriet väger, 0–10")),
            Column("description", N("Columns", "Beskrivning"), "long"),
        ], title=N("Sections", "Brås kriterier och vikter"), new_values=lambda: {"name": self.tr("Nytt kriterium")})
        scoring = column_box(self, self.hint, self.matrix, stretch_last=True)
        ranking = column_box(self, self.ranking_label, self.ranking, stretch_last=True)
        self.tabs = tabs(self, [splitter(self, scoring, ranking, vertical=True, sizes=[340, 260]), self.candidates,
                                self.criteria])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        for i, text in enumerate((self.tr("Poängsättning och rangordning"), self.tr("Problemkandidater"),
                                  self.tr("Kriterier och vikter"))):
            self.tabs.setTabText(i, text)
        self.hint.setText(self.tr(
            "Ge varje problem 0–3 poäng per kriterium (0 = inte alls, 3 = i hög grad). Summan viktas och "
            "rangordningen nedanför uppdateras direkt. Bocka i de problem ni väljer att fokusera på."))
        self.ranking_label.setText(self.tr("Rangordning"))
        self.matrix.setAccessibleName(self.tr("Poängmatris: problem och kriterier"))
        for widget in (self.ranking, self.candidates, self.criteria):
            widget.retranslate_ui()
        self.matrix_model.headerDataChanged.emit(
            Qt.Orientation.Horizontal, 0, max(self.matrix_model.columnCount() - 1, 0))

    def refresh(self) -> None:
        db = self.ctx.state.db
        if db is None:
            return
        self.cache.invalidate()
        candidates = crud.list_rows(db, ProblemCandidateRow, order_by=("sort_order", "id"))
        criteria = crud.list_rows(db, PriorityCriterionRow, order_by=("sort_order", "id"))
        ids = {c.id for c in candidates}
        scores = [s for s in crud.list_rows(db, PriorityScoreRow) if s.candidate_id in ids]
        self.matrix_model.set_data(candidates, criteria, scores)
        self.matrix.resizeRowsToContents()
        self.candidates.set_rows(candidates)
        self.criteria.set_rows(criteria)
        self.ranking.set_rows(self._ranking(candidates))

    def _ranking(self, candidates: list[ProblemCandidateRow]) -> list[RankRow]:
        model = self.matrix_model
        totals = [(weighted_total(c.id, model.criteria, model.scores), c) for c in candidates]
        totals.sort(key=lambda pair: (-pair[0], pair[1].title.casefold()))
        return [RankRow(c.id, i + 1, c.title, points, c.selected) for i, (points, c) in enumerate(totals)]

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
