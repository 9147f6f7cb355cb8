"""The problem the analysis steps (4–7) work on: one combo box bound to AppState.problem_id."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from samverka.core import crud
from samverka.dto import ProblemRow
from samverka.ui.context import UiContext


class ProblemPicker(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.label = QLabel(self)
        self.label.setContentsMargins(0, 2, 0, 0)
        self.combo = QComboBox(self)
        self.combo.setMinimumContentsLength(30)
        self.label.setBuddy(self.combo)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.combo, 1)
        self.combo.activated.connect(self._chosen)
        ctx.state.problem_changed.connect(self._show_current)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.label.setText(QCoreApplication.translate("ProblemPicker", "Problem i fokus:"))
        self.combo.setAccessibleName(QCoreApplication.translate("ProblemPicker", "Problem i fokus"))
        self.combo.setToolTip(QCoreApplication.translate(
            "ProblemPicker", "Steg 4–7 arbetar med ett problem i taget. Välj vilket här."))

    def refresh(self) -> None:
        """Reload the problems in focus; choose the first if the current one is gone."""
        problems = [p for p in crud.list_rows(self.ctx.db, ProblemRow, order_by=("sort_order", "id")) if p.in_focus]
        self.combo.blockSignals(True)
        self.combo.clear()
        for problem in problems:
            self.combo.addItem(problem.title, problem.id)
        self.combo.blockSignals(False)
        ids = [p.id for p in problems]
        if self.ctx.state.problem_id not in ids:
            self.ctx.state.set_problem(ids[0] if ids else None)
        self._show_current(self.ctx.state.problem_id)
        if not problems:
            self.combo.addItem(QCoreApplication.translate(
                "ProblemPicker", "Inga problem i fokus ännu – välj dem i steg 3"), None)
        self.combo.setEnabled(bool(problems))

    def _chosen(self, index: int) -> None:
        self.ctx.state.set_problem(self.combo.itemData(index))

    def _show_current(self, problem_id: object) -> None:
        index = self.combo.findData(problem_id)
        if index >= 0:
            self.combo.setCurrentIndex(index)
