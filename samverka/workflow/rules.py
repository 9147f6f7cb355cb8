"""What each step needs before it counts as complete, and what is only advice, said in plain Swedish (and
English), each item saying where to fix it (see `missing.Missing`)."""

from __future__ import annotations

from collections.abc import Callable

from samverka.workflow.missing import Missing
from samverka.workflow.questions import SIX_QUESTIONS
from samverka.workflow.rules_analyse import (
    NO_FOCUS,
    cause_analysis_rule,
    controller_side_advice,
    goals_rule,
    has_measurable_goal,
    is_measurable,
    prioritisation_rule,
    problem_description_rule,
    vague_goal_advice,
)
from samverka.workflow.rules_implement import (
    action_plan_rule,
    agreement_rule,
    follow_up_rule,
    lagging_promises,
    promises_rule,
    unaddressed_causes,
)
from samverka.workflow.rules_prepare import MUNICIPAL_TYPES, POLICE_TYPES, collaboration_rule, situation_picture_rule
from samverka.workflow.snapshot import Snapshot
from samverka.workflow.steps import step_number

__all__ = [
    "MUNICIPAL_TYPES", "NO_FOCUS", "POLICE_TYPES", "SIX_QUESTIONS", "STEP_ADVICE", "STEP_ADVICE_BY_KEY",
    "STEP_RULES", "STEP_RULES_BY_KEY", "has_measurable_goal", "is_measurable", "unaddressed_causes",
]

Rule = Callable[[Snapshot], list[Missing]]

STEP_RULES_BY_KEY: dict[str, Rule] = {
    "samverkan": collaboration_rule, "lagesbild": situation_picture_rule, "prioritering": prioritisation_rule,
    "problembeskrivning": problem_description_rule, "orsaksanalys": cause_analysis_rule, "mal": goals_rule,
    "overenskommelse": agreement_rule, "atgardsplan": action_plan_rule, "medborgarloften": promises_rule,
    "uppfoljning": follow_up_rule,
}
# Advice never blocks a step: it points at what a Brå trainer would question.
STEP_ADVICE_BY_KEY: dict[str, tuple[Rule, ...]] = {
    "orsaksanalys": (controller_side_advice, unaddressed_causes),
    "mal": (vague_goal_advice,),
    "atgardsplan": (unaddressed_causes,),
    "uppfoljning": (lagging_promises,),
}
STEP_RULES: dict[int, Rule] = {step_number(key): rule for key, rule in STEP_RULES_BY_KEY.items()}
STEP_ADVICE: dict[int, tuple[Rule, ...]] = {step_number(key): rules for key, rules in STEP_ADVICE_BY_KEY.items()}
