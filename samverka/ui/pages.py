"""Where each step's page lives; a page's module is imported the first time the step is shown."""

from __future__ import annotations

import importlib

from PySide6.QtWidgets import QWidget

from samverka.ui.context import UiContext
from samverka.ui.steps.base import StepPage
from samverka.workflow.steps import step_number

PAGE_MODULES_BY_KEY: dict[str, str] = {
    "samverkan": "samverka.ui.steps.step01_collaboration",
    "lagesbild": "samverka.ui.steps.step02_situation_picture",
    "prioritering": "samverka.ui.steps.step03_prioritisation",
    "problembeskrivning": "samverka.ui.steps.step04_problem_description",
    "orsaksanalys": "samverka.ui.steps.step05_cause_analysis",
    "mal": "samverka.ui.steps.step06_goals",
    "overenskommelse": "samverka.ui.steps.step07_agreement",
    "atgardsplan": "samverka.ui.steps.step08_action_plan",
    "medborgarloften": "samverka.ui.steps.step09_promises",
    "uppfoljning": "samverka.ui.steps.step10_follow_up",
}
PAGE_MODULES: dict[int, str] = {step_number(key): module for key, module in PAGE_MODULES_BY_KEY.items()}


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
