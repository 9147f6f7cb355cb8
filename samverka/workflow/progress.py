"""Completion per step for one collaboration: the navigator's marks and `samverka info`."""

from __future__ import annotations

from dataclasses import dataclass

from samverka.errors import Text
from samverka.models.db import Database
from samverka.workflow.rules import STEP_RULES, unaddressed_causes
from samverka.workflow.snapshot import Snapshot, load_snapshot
from samverka.workflow.steps import STEPS, Step, step_number


@dataclass(frozen=True)
class StepStatus:
    step: Step
    missing: tuple[Text, ...]
    advice: tuple[Text, ...] = ()

    @property
    def complete(self) -> bool:
        return not self.missing


# Causes no measure acts on are advice where causes are found and where measures are planned.
_CAUSE_ADVICE_STEPS = frozenset({step_number("orsaksanalys"), step_number("atgardsplan")})


def evaluate_snapshot(snapshot: Snapshot) -> list[StepStatus]:
    statuses = []
    for step in STEPS:
        advice = tuple(unaddressed_causes(snapshot)) if step.number in _CAUSE_ADVICE_STEPS else ()
        statuses.append(StepStatus(step, tuple(STEP_RULES[step.number](snapshot)), advice))
    return statuses


def evaluate(db: Database) -> list[StepStatus]:
    return evaluate_snapshot(load_snapshot(db))
