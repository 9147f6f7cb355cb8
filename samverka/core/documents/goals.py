"""Goals and action-plan rows, shared by the agreement, the promise and the workshop report."""

from __future__ import annotations

from typing import Any

from samverka import vocab
from samverka.core.documents.common import Data, iso, join, label, number
from samverka.export.documents import ActionRow, GoalItem

# A strategic sub-goal of the whole agreement (no problem); the data model adds the type.
STRATEGIC = "strategiskt"


def goal_item(goal: Any, data: Data) -> GoalItem:
    indicator = data.by_id("indicator").get(goal.indicator_id) if goal.indicator_id is not None else None
    unit = indicator.unit if indicator is not None else ""
    baseline = number(goal.baseline_value, unit)
    if baseline and goal.baseline_date:
        baseline += f" ({goal.baseline_date.year})"
    return GoalItem(
        type_label="Strategiskt delmål" if goal.type == STRATEGIC else label(vocab.GOAL_TYPES, goal.type),
        text=goal.text,
        indicator=indicator.name if indicator is not None else "",
        baseline=baseline,
        target=number(goal.target_value, unit),
        target_date=iso(goal.target_date),
    )


def goals_for(problem_id: int | None, data: Data) -> tuple[GoalItem, ...]:
    return tuple(goal_item(g, data) for g in data.of("goal") if g.problem_id == problem_id and g.type != STRATEGIC)


def action_rows(measures: list[Any], data: Data, refs: dict[int, str]) -> tuple[ActionRow, ...]:
    """One row per measure: who (organisation and person), what, when, and the causes it acts on."""
    causes_of: dict[int, list[str]] = {}
    cause_text = data.by_id("cause")
    for link in data.of("measure_cause"):
        cause = cause_text.get(link.cause_id)
        if cause is not None:
            causes_of.setdefault(link.measure_id, []).append(cause.text)
    rows = []
    for measure in measures:
        who = join([data.name("organisation", measure.responsible_org_id),
                    data.name("person", measure.responsible_person_id)], "\n")
        if measure.partners:
            who = join([who, f"Med: {measure.partners}"], "\n")
        when = join([iso(measure.start), iso(measure.end)], " –\n")
        rows.append(
            ActionRow(
                ref=refs.get(measure.id, ""),
                title=measure.title,
                description=join([measure.description, measure.place and f"Plats: {measure.place}",
                                  measure.frequency and f"När: {measure.frequency}"], "\n"),
                who=who,
                when=when or "ej angivet",
                causes="\n".join(f"– {text}" for text in causes_of.get(measure.id, [])) or "–",
                prevention=label(vocab.PREVENTION_TYPES, measure.prevention_type),
                status=label(vocab.MEASURE_STATUS, measure.status),
                problem=data.name("problem", measure.problem_id, "title"),
            )
        )
    return tuple(rows)
