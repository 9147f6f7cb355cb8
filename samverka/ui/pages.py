"""Where each step's page lives; a page's module is imported the first time the step is shown."""

from __future__ import annotations

import importlib

from PySide6.QtWidgets import QWidget

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


def page_class(step: int) -> type[StepPage]:
    """The StepPage subclass for a step (its module loads only now, to keep start-up short)."""
    name = PAGE_MODULES[step]
    module = importlib.import_module(name)
    for value in vars(module).values():
        if (isinstance(value, type) and issubclass(value, StepPage) and value is not StepPage
                and getattr(value, "STEP", 0) == step and value.__module__ == name):
            return value
    raise LookupError(f"{name} defines no StepPage for step {step}")


def make_page(ctx: UiContext, step: int, parent: QWidget | None = None) -> StepPage:
    page = page_class(step)(ctx, parent)
    if ctx.state.db is not None:
        page.refresh()
    return page
