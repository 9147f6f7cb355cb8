"""The step navigator: the ten steps, a completion mark each, and what is still missing."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from samverka.workflow.steps import STEPS

DONE_MARK = "✓"
OPEN_MARK = "○"


def evaluate_progress(db: Any) -> dict[int, tuple[bool, list[str]]]:
    """Step -> (complete, missing texts), from the workflow rules.
    Advice (not blocking, e.g. causes no measure addresses) follows the missing items, marked "(råd)"."""
    from samverka.workflow.progress import evaluate  # the rules load the database layer

    result: dict[int, tuple[bool, list[str]]] = {}
    for status in evaluate(db):
        advice = [f"{text} ({QCoreApplication.translate('Navigator', 'råd')})" for text in status.advice]
        result[status.step.number] = (status.complete, [str(text) for text in status.missing] + advice)
    return result


class StepNavigator(QWidget):
    step_chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel(self)
        self.heading.setProperty("role", "section")
        self.heading.setContentsMargins(0, 2, 0, 0)
        self.list = QListWidget(self)
        self.list.setObjectName("stepList")
        self.list.setUniformItemSizes(True)
        self.list.setSpacing(1)
        self.setMinimumWidth(210)
        for step in STEPS:
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, step.number)
            self.list.addItem(item)
        self.missing_heading = QLabel(self)
        self.missing_heading.setProperty("role", "section")
        self.missing_heading.setContentsMargins(0, 2, 0, 0)
        self.missing = QLabel(self)
        self.missing.setWordWrap(True)
        self.missing.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.missing.setTextFormat(Qt.TextFormat.PlainText)
        self.missing.setContentsMargins(0, 2, 0, 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.heading)
        layout.addWidget(self.list, 3)
        layout.addWidget(self.missing_heading)
        layout.addWidget(self.missing, 2)
        self.progress: dict[int, tuple[bool, list[str]]] = {}
        self.list.currentRowChanged.connect(self._row_changed)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.heading.setText(QCoreApplication.translate("Navigator", "Steg"))
        self.list.setAccessibleName(QCoreApplication.translate("Navigator", "Stegen i arbetsgången"))
        self.missing_heading.setText(QCoreApplication.translate("Navigator", "Det här saknas"))
        self._render()

    def set_progress(self, progress: dict[int, tuple[bool, list[str]]]) -> None:
        self.progress = progress
        self._render()

    def set_current(self, step: int) -> None:
        if self.list.currentRow() != step - 1:
            self.list.setCurrentRow(step - 1)
        self._render_missing()

    def _row_changed(self, row: int) -> None:
        if row >= 0:
            self.step_chosen.emit(row + 1)
            self._render_missing()

    def _render(self) -> None:
        for i, step in enumerate(STEPS):
            item = self.list.item(i)
            done, missing = self.progress.get(step.number, (False, []))
            mark = DONE_MARK if done else OPEN_MARK
            shortcut = f"Ctrl+{step.number % 10}"
            item.setText(f"{mark}  {step.number}. {step.title}")
            item.setForeground(QColor("#1b6e20") if done else QColor("#1d2733"))
            if done and not missing:
                tip = QCoreApplication.translate("Navigator", "Klart.")
            elif missing:
                tip = QCoreApplication.translate("Navigator", "Saknas:") + "\n• " + "\n• ".join(missing)
            else:
                tip = str(step.question)
            item.setToolTip(f"{step.title} ({shortcut})\n{tip}")
        self._render_missing()

    def _render_missing(self) -> None:
        step = self.list.currentRow() + 1
        done, missing = self.progress.get(step, (False, []))
        if not self.progress:
            self.missing.setText("")
        elif not missing:
            self.missing.setText(QCoreApplication.translate("Navigator", "Inget saknas i det här steget."))
        else:
            self.missing.setText("• " + "\n• ".join(missing))
