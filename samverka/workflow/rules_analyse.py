"""Steps 3–6 (Brå's joint preparations): prioritise, describe, find the causes, set goals."""

from __future__ import annotations

from samverka import vocab
from samverka.dto import GoalRow, ProblemCandidateRow
from samverka.workflow.missing import Missing, missing
from samverka.workflow.questions import SIX_QUESTIONS
from samverka.workflow.snapshot import Snapshot
from samverka.workflow.wording import vague_phrases

NO_FOCUS = missing("prioritering", "Inget problem är valt för fokus ännu",
                   "No problem is in focus yet", entity="problem", field="in_focus", verb=("välj i", "choose in"))
# A filter criterion is passed with any score above this (0 = no, 1–3 = yes).
FILTER_FAIL_SCORE = 0


def prioritisation_rule(s: Snapshot) -> list[Missing]:
    """Step 3: candidates scored; each chosen problem has a rationale, its citizen-dialogue basis where a
    dialogue was held, and passes every filter (resources, ability to influence)."""
    found: list[Missing] = []
    if not s.candidates:
        found.append(missing("prioritering", "Inga problemkandidater är registrerade",
                             "No problem candidates are registered", entity="problem_candidate"))
    elif not s.score_count:
        found.append(missing("prioritering", "Problemkandidaterna är inte bedömda mot kriterierna",
                             "The problem candidates are not scored against the criteria",
                             entity="priority_score"))
    dialogue_held = any(source.kind == "medborgardialog" for source in s.data_sources)
    for candidate in s.candidates:
        if candidate.selected:
            found += _chosen(s, candidate, dialogue_held=dialogue_held)
    if not s.focus_problems:
        found.append(missing("prioritering", "Inget problem är valt för fokus", "No problem is selected for focus",
                             entity="problem", field="in_focus"))
    return found


def _chosen(s: Snapshot, candidate: ProblemCandidateRow, *, dialogue_held: bool) -> list[Missing]:
    found: list[Missing] = []
    title = candidate.title
    if not candidate.rationale.strip():
        found.append(missing("prioritering", f"Det prioriterade problemet ”{title}” saknar en skriftlig motivering",
                             f"The prioritised problem “{title}” lacks a written rationale",
                             entity="problem_candidate", entity_id=candidate.id, field="rationale"))
    if dialogue_held and not candidate.dialogue_basis.strip():
        found.append(missing(
            "prioritering", f"Det prioriterade problemet ”{title}” saknar vad medborgardialogen sa om det",
            f"The prioritised problem “{title}” lacks what the citizen dialogue said about it",
            entity="problem_candidate", entity_id=candidate.id, field="dialogue_basis"))
    scores = {score.criterion_id: score for score in s.scores if score.candidate_id == candidate.id}
    for criterion in s.criteria:
        if not criterion.is_filter:
            continue
        score = scores.get(criterion.id)
        if score is None:
            found.append(missing(
                "prioritering", f"Det prioriterade problemet ”{title}” är inte prövat mot filtret ”{criterion.name}”",
                f"The prioritised problem “{title}” is not checked against the filter “{criterion.name}”",
                entity="priority_score", field="score"))
        elif score.score <= FILTER_FAIL_SCORE:
            found.append(missing(
                "prioritering", f"Det prioriterade problemet ”{title}” klarar inte filtret ”{criterion.name}”; "
                "välj ett annat problem eller ändra bedömningen",
                f"The prioritised problem “{title}” fails the filter “{criterion.name}”; choose another problem "
                "or change the assessment",
                entity="priority_score", entity_id=score.id, field="score"))
    return found


def problem_description_rule(s: Snapshot) -> list[Missing]:
    """Step 4: a statement and the six questions answered for every problem in focus."""
    if not s.focus_problems:
        return [NO_FOCUS]
    found: list[Missing] = []
    for problem in s.focus_problems:
        if not problem.statement.strip():
            found.append(missing("problembeskrivning", f"Problemet ”{problem.title}” saknar en problemformulering",
                                 f"The problem “{problem.title}” lacks a problem statement",
                                 entity="problem", entity_id=problem.id, field="statement"))
        for question in SIX_QUESTIONS:
            field, sv, en = question.field, question.name.sv, question.name.en
            if not str(getattr(problem, field)).strip():
                found.append(missing("problembeskrivning", f"Problemet ”{problem.title}” saknar svar på frågan ”{sv}”",
                                     f"The problem “{problem.title}” has no answer to “{en}”",
                                     entity="problem", entity_id=problem.id, field=field))
    return found


def cause_analysis_rule(s: Snapshot) -> list[Missing]:
    """Step 5: Brå's phase 3 is done only when every prioritised problem has a cause analysis."""
    if not s.focus_problems:
        return [NO_FOCUS]
    return [
        missing("orsaksanalys", f"Problemet ”{p.title}” saknar orsaksanalys",
                f"The problem “{p.title}” has no cause analysis", entity="problem", entity_id=p.id)
        for p in s.focus_problems
        if not s.causes_of(p.id)
    ]


def controller_side_advice(s: Snapshot) -> list[Missing]:
    """Advice: a controller sits on the side it controls (handler – offender, guardian – target, manager – place)."""
    found: list[Missing] = []
    side_of = {role: side for side, role in vocab.CONTROLLER_FOR_SIDE.items()}
    for cause in s.causes:
        side = side_of.get(cause.controller_role)
        if side is None or not cause.triangle_side or cause.triangle_side == side:
            continue
        role_sv, role_en = vocab.CONTROLLER_ROLES[cause.controller_role]
        side_sv, side_en = vocab.TRIANGLE_SIDES[side]
        found.append(missing(
            "orsaksanalys", f"Orsaken ”{cause.text[:60]}” har kontrollanten {role_sv.lower()}, som hör till sidan "
            f"{side_sv}; flytta den dit",
            f"The cause “{cause.text[:60]}” has the controller {role_en.lower()}, who belongs to the side "
            f"{side_en}; move it there",
            entity="cause", entity_id=cause.id, field="triangle_side"))
    return found


def is_measurable(goal: GoalRow) -> bool:
    """An effect goal Brå would accept: an indicator, a baseline, a target value and a date."""
    return (goal.indicator_id is not None and goal.baseline_value is not None and goal.target_value is not None
            and goal.target_date is not None)


def has_measurable_goal(s: Snapshot, problem_id: int) -> bool:
    return any(g.problem_id == problem_id and g.type == "effekt" and is_measurable(g) for g in s.goals)


def _goal_label(goal: GoalRow) -> str:
    text = " ".join(goal.text.split())
    return text if len(text) <= 50 else text[:49] + "…"


def goals_rule(s: Snapshot) -> list[Missing]:
    """Step 6: each problem in focus has an effect goal; every effect goal has an indicator, a baseline and a
    target (value and date)."""
    if not s.focus_problems:
        return [NO_FOCUS]
    found: list[Missing] = []
    for problem in s.focus_problems:
        if not any(g.problem_id == problem.id and g.type == "effekt" for g in s.goals):
            found.append(missing("mal", f"Problemet ”{problem.title}” saknar ett effektmål",
                                 f"The problem “{problem.title}” lacks an outcome goal",
                                 entity="goal", field="type"))
    focus = {p.id for p in s.focus_problems}
    for goal in s.goals:
        if goal.type == "effekt" and (goal.problem_id in focus or goal.problem_id is None):
            found += _effect_goal_gaps(goal)
    return found


_GOAL_PARTS: tuple[tuple[str, str, str], ...] = (
    ("indicator_id", "en indikator", "an indicator"),
    ("baseline_value", "ett utgångsvärde", "a baseline"),
    ("target_value", "ett målvärde", "a target value"),
    ("target_date", "ett datum då målet ska vara nått", "a date by which it is reached"),
)


def _effect_goal_gaps(goal: GoalRow) -> list[Missing]:
    label = _goal_label(goal)
    return [
        missing("mal", f"Effektmålet “{label}” saknar {sv}", f"The outcome goal “{label}” lacks {en}",
                entity="goal", entity_id=goal.id, field=field)
        for field, sv, en in _GOAL_PARTS
        if getattr(goal, field) is None
    ]


def vague_goal_advice(s: Snapshot) -> list[Missing]:
    """Advice: goals worded with the vague verbs Brå warns against, with what to write instead."""
    found: list[Missing] = []
    for goal in s.goals:
        for phrase in vague_phrases(goal.text):
            found.append(missing(
                "mal", f"Målet ”{_goal_label(goal)}” använder ”{phrase.found}”, som Brå varnar för. "
                f"{phrase.suggestion.sv.rstrip('.')}",
                f"The goal '{_goal_label(goal)}' uses '{phrase.found}', which Brå warns against. "
                f"{phrase.suggestion.en.rstrip('.')}",
                entity="goal", entity_id=goal.id, field="text"))
    return found
