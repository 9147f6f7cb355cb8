"""Where each step's page lives; a page whose module is missing (not yet built) gets a calm placeholder."""

from __future__ import annotations

import importlib

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from samverka.ui.context import UiContext
from samverka.ui.steps.base import StepPage

PAGE_MODULES: dict[int, str] = {
    1: "samverka.ui.steps.step01_samverkan",
    2: "samverka.ui.steps.step02_lagesbild",
    3: "samverka.ui.steps.step03_prioritering",
    4: "samverka.ui.steps.step04_problem",
    5: "samverka.ui.steps.step05_causes",
    6: "samverka.ui.steps.step06_goals",
    7: "samverka.ui.steps.step07_measures",
    8: "samverka.ui.steps.step08_promises",
    9: "samverka.ui.steps.step09_agreement",
    10: "samverka.ui.steps.step10_followup",
}


class PlaceholderPage(StepPage):
    """Shown for a step whose page is not installed in this build."""

    def __init__(self, ctx: UiContext, step: int, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.STEP = step
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setContentsMargins(0, 2, 0, 0)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.label.setText(QCoreApplication.translate(
            "PlaceholderPage", "Det här steget finns inte i den här versionen av Samverka ännu."))


def page_class(step: int) -> type[StepPage] | None:
    """The StepPage subclass for a step, or None when its module is not there yet."""
    name = PAGE_MODULES[step]
    try:
        module = importlib.import_module(name)
    except ModuleNotFoundError as exc:
        if exc.name is not None and name.startswith(exc.name):
            return None
        raise
    for value in vars(module).values():
        if (isinstance(value, type) and issubclass(value, StepPage) and value is not StepPage
                and getattr(value, "STEP", 0) == step and value.__module__ == name):
            return value
    return None


def make_page(ctx: UiContext, step: int, parent: QWidget | None = None) -> StepPage:
    cls = page_class(step)
    if cls is None:
        return PlaceholderPage(ctx, step, parent)
    page = cls(ctx, parent)
    if ctx.state.db is not None:
        page.refresh()
    return page
