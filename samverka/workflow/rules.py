"""What each step needs before it counts as complete, said in plain Swedish (and English)."""

from __future__ import annotations

from collections.abc import Callable

from samverka.errors import Text
from samverka.workflow.questions import SIX_QUESTIONS
from samverka.workflow.snapshot import Snapshot
from samverka.workflow.steps import step_number

POLICE_TYPES = {"polis"}
MUNICIPAL_TYPES = {"kommun", "förvaltning"}


def _collaboration(s: Snapshot) -> list[Text]:
    missing: list[Text] = []
    c = s.collaboration
    if not c.period_start or not c.period_end:
        missing.append(Text("Samverkansperioden saknar start- eller slutdatum.",
                            "The collaboration period lacks a start or end date."))
    types = {o.type for o in s.organisations}
    if not types & MUNICIPAL_TYPES:
        missing.append(Text("Kommunen finns inte med bland parterna.", "The municipality is not among the parties."))
    if not types & POLICE_TYPES:
        missing.append(Text("Polisen finns inte med bland parterna.", "The police are not among the parties."))
    if not s.persons:
        missing.append(Text("Inga personer är registrerade.", "No people are registered."))
    if sum(1 for p in s.persons if p.is_signatory) < 2:
        missing.append(Text("Minst två undertecknare (t.ex. KSO och LPO-chef) behöver anges.",
                            "At least two signatories (e.g. the KSO and the LPO chief) must be named."))
    return missing


def _situation_picture(s: Snapshot) -> list[Text]:
    missing: list[Text] = []
    if not s.observations and not s.survey_result_count:
        missing.append(Text("Lägesbilden har inga iakttagelser eller resultat från trygghetsmätningen.",
                            "The situation picture has no observations or safety-survey results."))
    if not s.collaboration.lagesbild_summary.strip():
        missing.append(Text("Lägesbilden saknar en sammanfattning.", "The situation picture lacks a summary."))
    return missing


def _prioritisation(s: Snapshot) -> list[Text]:
    missing: list[Text] = []
    if not s.candidates:
        missing.append(Text("Inga problemkandidater är registrerade.", "No problem candidates are registered."))
    elif not s.score_count:
        missing.append(Text("Problemkandidaterna är inte bedömda mot kriterierna.",
                            "The problem candidates are not scored against the criteria."))
    if not s.focus_problems:
        missing.append(Text("Inget problem är valt för fokus.", "No problem is selected for focus."))
    return missing


NO_FOCUS = Text("Inget problem är valt för fokus ännu (välj i steg 3, Prioritering).",
                "No problem is in focus yet (choose in step 3, Prioritisation).")


def _problem_description(s: Snapshot) -> list[Text]:
    if not s.focus_problems:
        return [NO_FOCUS]
    missing: list[Text] = []
    for problem in s.focus_problems:
        if not problem.statement.strip():
            missing.append(Text(f"Problemet '{problem.title}' saknar en problemformulering.",
                                f"The problem '{problem.title}' lacks a problem statement."))
        for question in SIX_QUESTIONS:
            if not str(getattr(problem, question.field)).strip():
                sv, en = question.name.sv, question.name.en
                missing.append(Text(f"Problemet '{problem.title}' saknar svar på frågan '{sv}'.",
                                    f"The problem '{problem.title}' has no answer to '{en}'."))
    return missing


def _cause_analysis(s: Snapshot) -> list[Text]:
    if not s.focus_problems:
        return [NO_FOCUS]
    return [
        Text(f"Problemet '{p.title}' saknar orsaksanalys.", f"The problem '{p.title}' has no cause analysis.")
        for p in s.focus_problems
        if not s.causes_of(p.id)
    ]


def has_measurable_goal(s: Snapshot, problem_id: int) -> bool:
    return any(
        g.problem_id == problem_id and g.type == "effekt" and g.target_value is not None and g.target_date is not None
        for g in s.goals
    )


def _goals(s: Snapshot) -> list[Text]:
    if not s.focus_problems:
        return [NO_FOCUS]
    return [
        Text(f"Problemet '{p.title}' saknar ett mätbart effektmål (målvärde och datum).",
             f"The problem '{p.title}' lacks a measurable outcome goal (target value and date).")
        for p in s.focus_problems
        if not has_measurable_goal(s, p.id)
    ]


def _action_plan(s: Snapshot) -> list[Text]:
    missing: list[Text] = [] if s.focus_problems else [NO_FOCUS]
    for problem in s.focus_problems:
        if not any(m.problem_id == problem.id for m in s.measures):
            missing.append(Text(f"Problemet '{problem.title}' har inga åtgärder.",
                                f"The problem '{problem.title}' has no measures."))
    for measure in s.measures:
        if measure.responsible_org_id is None:
            missing.append(Text(f"Åtgärden '{measure.title}' saknar ansvarig organisation.",
                                f"The measure '{measure.title}' has no responsible organisation."))
    return missing


def unaddressed_causes(s: Snapshot) -> list[Text]:
    """Advice, not a blocker: causes in focus problems that no measure acts on."""
    addressed = {mc.cause_id for mc in s.measure_causes}
    focus = {p.id for p in s.focus_problems}
    return [
        Text(f"Orsaken '{c.text[:60]}' åtgärdas inte av någon åtgärd.",
             f"No measure addresses the cause '{c.text[:60]}'.")
        for c in s.causes
        if c.problem_id in focus and c.id not in addressed
    ]


def _promises(s: Snapshot) -> list[Text]:
    missing: list[Text] = []
    if not s.promises:
        missing.append(Text("Inget medborgarlöfte är formulerat.", "No citizen promise has been written."))
    for promise in s.promises:
        if not any(i.promise_id == promise.id for i in s.promise_items):
            missing.append(Text(f"Medborgarlöftet '{promise.title}' har inga löften.",
                                f"The citizen promise '{promise.title}' has no promises."))
        if not promise.period_start or not promise.period_end:
            missing.append(Text(f"Medborgarlöftet '{promise.title}' saknar giltighetsperiod.",
                                f"The citizen promise '{promise.title}' has no period of validity."))
    return missing


def _agreement(s: Snapshot) -> list[Text]:
    if any(a.status in ("låst", "undertecknad") for a in s.agreements):
        return []
    return [Text("Överenskommelsen är inte låst för underskrift.", "The agreement is not locked for signing.")]


def _follow_up(s: Snapshot) -> list[Text]:
    missing: list[Text] = []
    if not s.collaboration.followup_text.strip():
        missing.append(Text("Det saknas en beskrivning av hur uppföljningen går till.",
                            "There is no description of how the follow-up is done."))
    if not s.status_updates and not s.followup_reports:
        missing.append(Text("Ingen åtgärd har följts upp ännu.", "No measure has been followed up yet."))
    return missing


STEP_RULES_BY_KEY: dict[str, Callable[[Snapshot], list[Text]]] = {
    "samverkan": _collaboration, "lagesbild": _situation_picture, "prioritering": _prioritisation,
    "problembeskrivning": _problem_description, "orsaksanalys": _cause_analysis, "mal": _goals,
    "overenskommelse": _agreement, "atgardsplan": _action_plan, "medborgarloften": _promises,
    "uppfoljning": _follow_up,
}
STEP_RULES: dict[int, Callable[[Snapshot], list[Text]]] = {
    step_number(key): rule for key, rule in STEP_RULES_BY_KEY.items()
}
