"""Problem candidates × Brå's criteria: scores 0–3 in the cells, weighted total in the last column.

Filter criteria (resources, the ability to influence) show "Ja"/"Nej" (0 = no, 1–3 = yes) and are never added to
the total: the total is `core.priority.weighted_total`, the same function the projector's ranking uses.
"""

from __future__ import annotations

import textwrap
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QLocale, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from samverka.core.priority import weighted_total
from samverka.dto import PriorityCriterionRow, PriorityScoreRow, ProblemCandidateRow

Index = QModelIndex | QPersistentModelIndex
SCORE_COLOURS = {0: "#ffffff", 1: "#e3eef9", 2: "#b9d4f0", 3: "#86b3e3"}
FILTER_COLOURS = {False: "#f6dcc4", True: "#d8ecd9"}  # fails / passes (the text says it too)


def filter_text(value: int | None) -> str:
    if value is None:
        return ""
    return QCoreApplication.translate("ScoreMatrix", "Nej") if value <= 0 else \
        QCoreApplication.translate("ScoreMatrix", "Ja")


class ScoreMatrixModel(QAbstractTableModel):
    def __init__(self, on_score: Callable[[ProblemCandidateRow, PriorityCriterionRow, int], bool]) -> None:
        super().__init__()
        self.candidates: list[ProblemCandidateRow] = []
        self.criteria: list[PriorityCriterionRow] = []
        self.scores: dict[tuple[int, int], PriorityScoreRow] = {}
        self.on_score = on_score

    def set_data(self, candidates: list[ProblemCandidateRow], criteria: list[PriorityCriterionRow],
                 scores: list[PriorityScoreRow]) -> None:
        new_scores = {(s.candidate_id, s.criterion_id): s for s in scores}
        same_shape = ([c.id for c in candidates] == [c.id for c in self.candidates]
                      and [c.id for c in criteria] == [c.id for c in self.criteria])
        if same_shape and candidates:
            # The same rows and columns: repaint in place, so the cell being typed in and its editor stay.
            self.candidates, self.criteria, self.scores = candidates, criteria, new_scores
            self.dataChanged.emit(self.index(0, 0), self.index(len(candidates) - 1, len(criteria)))
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(criteria))
            self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, len(candidates) - 1)
            return
        self.beginResetModel()
        self.candidates = candidates
        self.criteria = criteria
        self.scores = new_scores
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self.candidates)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self.criteria) + 1

    def _is_total(self, column: int) -> bool:
        return column == len(self.criteria)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self.checkIndex(index, QAbstractTableModel.CheckIndexOption.IndexIsValid):
            return None
        candidate = self.candidates[index.row()]
        if self._is_total(index.column()):
            total = weighted_total(candidate.id, self.criteria, self.scores)
            if role == Qt.ItemDataRole.DisplayRole:
                return QLocale().toString(total, "f", 1)
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignCenter)
            return None
        criterion = self.criteria[index.column()]
        score = self.scores.get((candidate.id, criterion.id))
        value = score.score if score is not None else None
        if role == Qt.ItemDataRole.EditRole:
            return value
        if role == Qt.ItemDataRole.DisplayRole:
            if criterion.is_filter:
                return filter_text(value)
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.BackgroundRole:
            if criterion.is_filter:
                return QBrush(QColor(FILTER_COLOURS[value > 0])) if value is not None else None
            return QBrush(QColor(SCORE_COLOURS.get(value or 0, "#ffffff")))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            if criterion.is_filter:
                return QCoreApplication.translate(
                    "ScoreMatrix", "{0} – {1}: filter, ja eller nej (skriv j eller n). Räknas inte in i summan."
                ).format(candidate.title, criterion.name)
            return f"{candidate.title} – {criterion.name}: {'' if value is None else value} (0–3)"
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Vertical:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole) and 0 <= section < len(
                    self.candidates):
                return self.candidates[section].title
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if self._is_total(section):
                return QCoreApplication.translate("ScoreMatrix", "Viktad\nsumma")
            criterion = self.criteria[section]
            if criterion.is_filter:
                return "\n".join(textwrap.wrap(criterion.name, 10, break_long_words=False) or [""]) + "\n" + \
                    QCoreApplication.translate("ScoreMatrix", "(filter)")
            weight = f"{criterion.weight:g}".replace(".", ",")
            return "\n".join(textwrap.wrap(criterion.name, 10, break_long_words=False) or [""]) + f"\n×{weight}"
        if role == Qt.ItemDataRole.ToolTipRole and not self._is_total(section):
            return self.criteria[section].description
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and not self._is_total(index.column()):
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        valid = self.checkIndex(index, QAbstractTableModel.CheckIndexOption.IndexIsValid)
        if not valid or role != Qt.ItemDataRole.EditRole or self._is_total(index.column()):
            return False
        return self.on_score(self.candidates[index.row()], self.criteria[index.column()], int(value))
