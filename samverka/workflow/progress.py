"""Completion per step for one collaboration: the navigator's marks and `samverka info`."""

from __future__ import annotations

from dataclasses import dataclass

from samverka.models.db import Database
from samverka.workflow.missing import Missing
from samverka.workflow.rules import STEP_ADVICE, STEP_RULES
from samverka.workflow.snapshot import Snapshot, load_snapshot
from samverka.workflow.steps import STEPS, Step


@dataclass(frozen=True)
class StepStatus:
    step: Step
    missing: tuple[Missing, ...]
    advice: tuple[Missing, ...] = ()

    @property
    def complete(self) -> bool:
        return not self.missing


def evaluate_snapshot(snapshot: Snapshot) -> list[StepStatus]:
    statuses = []
    for step in STEPS:
        advice = tuple(item for rule in STEP_ADVICE.get(step.number, ()) for item in rule(snapshot))
        statuses.append(StepStatus(step, tuple(STEP_RULES[step.number](snapshot)), advice))
    return statuses


def evaluate(db: Database) -> list[StepStatus]:
    return evaluate_snapshot(load_snapshot(db))
