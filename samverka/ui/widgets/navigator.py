"""The step navigator: the ten steps, a completion mark each, and what the current step still lacks."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QLabel, QListWidget, QListWidgetItem, QSizePolicy, QVBoxLayout, QWidget

from samverka.ui.widgets.missing_panel import MissingPanel
from samverka.workflow.missing import Missing
from samverka.workflow.steps import STEPS

DONE_MARK = "✓"
OPEN_MARK = "○"


@dataclass(frozen=True)
class StepProgress:
    """One step's completion: what is missing (blocks the step) and advice (does not)."""

    complete: bool
    missing: tuple[Missing, ...] = ()
    advice: tuple[Missing, ...] = ()


def evaluate_progress(db: Any) -> dict[int, StepProgress]:
    """Step -> its progress, from the workflow rules."""
    from samverka.workflow.progress import evaluate  # the rules load the database layer

    return {status.step.number: StepProgress(status.complete, status.missing, status.advice)
            for status in evaluate(db)}


def tr(text: str) -> str:
    return QCoreApplication.translate("Navigator", text)


class StepNavigator(QWidget):
    step_chosen = Signal(int)
    missing_chosen = Signal(object)  # a Missing: go where it is fixed

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel(self)
        self.heading.setProperty("role", "section")
        self.heading.setContentsMargins(0, 2, 0, 0)
        self.list = QListWidget(self)
        self.list.setObjectName("stepList")
        self.list.setUniformItemSizes(True)
        self.list.setSpacing(1)
        self.list.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        # The ten steps always show in full: the list keeps its height and what is missing gets the rest.
        self.list.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(190)
        for step in STEPS:
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, step.number)
            self.list.addItem(item)
        self.missing = MissingPanel(self)
        self.missing.chosen.connect(self.missing_chosen)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.heading)
        layout.addWidget(self.list)
        layout.addSpacing(6)
        layout.addWidget(self.missing, 1)  # grows to its cap; below that the rest stays empty
        layout.addStretch(0)
        self.progress: dict[int, StepProgress] = {}
        # Which missing items the step's page shows in its own list (None: none of them).
        self.page_lists_missing: Callable[[Missing], bool] | None = None
        self.list.currentRowChanged.connect(self._row_changed)
        self.retranslate_ui()

    def fit_list(self) -> None:
        """Exactly as tall as the ten rows (the item height follows the font and the style sheet)."""
        rows = self.list.count()
        height = sum(self.list.sizeHintForRow(i) + 2 * self.list.spacing() for i in range(rows))
        self.list.setFixedHeight(height + 2 * self.list.frameWidth() + 2)

    def showEvent(self, event: Any) -> None:
        self.fit_list()  # the style sheet's padding is known once the list is polished
        super().showEvent(event)

    def retranslate_ui(self) -> None:
        self.heading.setText(tr("Steg"))
        self.list.setAccessibleName(tr("Stegen i arbetsgången"))
        self.missing.retranslate_ui()
        self._render()

    def set_progress(self, progress: dict[int, StepProgress]) -> None:
        self.progress = progress
        self._render()

    def set_page_lists_missing(self, own: Callable[[Missing], bool] | None) -> None:
        """`own` tells the items the step's page lists itself (None: it lists none)."""
        if own != self.page_lists_missing:
            self.page_lists_missing = own
            self._render_missing()

    def set_current(self, step: int) -> None:
        if self.list.currentRow() != step - 1:
            self.list.setCurrentRow(step - 1)
        self._render_missing()

    def current_progress(self) -> StepProgress | None:
        return self.progress.get(self.list.currentRow() + 1)

    def _row_changed(self, row: int) -> None:
        if row >= 0:
            self.step_chosen.emit(row + 1)
            self._render_missing()

    def _render(self) -> None:
        for i, step in enumerate(STEPS):
            item = self.list.item(i)
            progress = self.progress.get(step.number)
            done = progress is not None and progress.complete
            mark = DONE_MARK if done else OPEN_MARK
            shortcut = f"Ctrl+{step.number % 10}"
            item.setText(f"{mark}  {step.number}. {step.title}")
            item.setForeground(QColor("#1b6e20") if done else QColor("#1d2733"))
            if progress is not None and progress.missing:
                tip = tr("Saknas:") + "\n• " + "\n• ".join(str(m) for m in progress.missing)
            elif done:
                tip = tr("Klart.")
            else:
                tip = str(step.question)
            item.setToolTip(f"{step.title} ({shortcut})\n{tip}")
        self._render_missing()

    def _render_missing(self) -> None:
        self.missing.setVisible(bool(self.progress))  # nothing to say before a collaboration is open
        progress = self.current_progress()
        if progress is None:
            self.missing.set_items([], [])
            return
        # Listed once: what the page lists with its own links is only pointed to; the rest is listed here.
        listed = [m for m in progress.missing if self.page_lists_missing(m)] if self.page_lists_missing else []
        if listed:
            rest = [m for m in progress.missing if not any(m is shown for shown in listed)]
            self.missing.set_items(rest, progress.advice, lead=tr("Sidan visar det som saknas för att låsa, med "
                                                                 "länkar dit."))
            self.missing.set_count(len(progress.missing) + len(progress.advice))
            return
        self.missing.set_items(progress.missing, progress.advice, note=tr("Inget saknas i det här steget."))
