"""What each step shows the room, read from the services on every refresh (nothing is copied or cached).

This module holds no Qt: it turns the collaboration into a `Slide` that the audience window
(`samverka.ui.presenter.canvas`) paints.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from samverka import vocab
from samverka.core import crud, vote_service
from samverka.core.priority import RankedCandidate, ranking
from samverka.dto import (
    AgreementRow,
    AreaRow,
    CauseRow,
    CitizenPromiseRow,
    CollaborationRow,
    GoalRow,
    IndicatorRow,
    MeasureRow,
    ObservationRow,
    OrganisationRow,
    PersonRow,
    ProblemRow,
    PromiseItemRow,
    Row,
    SignatoryRow,
    SignatureRow,
    StatusUpdateRow,
    VoteCountRow,
    VoteRoundRow,
)
from samverka.errors import KnownError, Text
from samverka.models.db import Database
from samverka.workflow.questions import SIX_QUESTIONS
from samverka.workflow.shown import shows

Key = tuple[str, int]


@dataclass(frozen=True)
class Entry:
    text: str
    detail: str = ""
    badge: str = ""
    key: Key | None = None
    value: float | None = None  # bar length, for vote results


@dataclass(frozen=True)
class Slide:
    """kind: "list" (cards), "grid" (labelled answers), "bars" (a vote result) or "message" (nothing yet)."""

    kind: str
    heading: str = ""
    entries: tuple[Entry, ...] = ()
    note: str = ""
    spotlight: Key | None = None
    maximum: float = 0.0


@dataclass(frozen=True)
class View:
    """What the audience window is asked to show besides the step: the spotlight, a vote round, hidden results."""

    step: int
    selection: Key | None = None
    problem_id: int | None = None
    round_id: int | None = None
    results_hidden: bool = False


# The projector repaints when a table its step shows changes (samverka.workflow.shown), or a vote or the name.
ALWAYS_WATCHED: frozenset[type[Row]] = frozenset({VoteRoundRow, VoteCountRow, CollaborationRow})


def t(sv: str, en: str) -> str:
    return str(Text(sv, en))


def watched(step: int) -> frozenset[type[Row]]:
    return shows(step) | ALWAYS_WATCHED


def build_slide(db: Database, view: View) -> Slide:
    """The slide for the view; a vote round on show replaces the step's own content."""
    try:
        if view.round_id is not None:
            return _vote_slide(db, view.round_id)
        return BUILDERS[view.step](db, view)
    except KnownError:
        # The row shown was removed meanwhile; the next refresh shows what exists.
        return Slide("message", note=t("Inget att visa just nu.", "Nothing to show right now."))


def _first_line(text: str) -> str:
    lines = [line.strip() for line in text.strip().splitlines() if line.strip()]
    return lines[0] if lines else ""


def _names(db: Database, kind: type[AreaRow | IndicatorRow | OrganisationRow | PersonRow]) -> dict[int, str]:
    return {row.id: row.name for row in crud.list_rows(db, kind)}


def _date(value: dt.date | None) -> str:
    return value.isoformat() if value else ""


def _empty(sv: str, en: str, heading: str = "") -> Slide:
    return Slide("message", heading=heading, note=t(sv, en))


def _step1(db: Database, view: View) -> Slide:
    from samverka.core.projection.year_wheel import showing_wheel, wheel_slide  # noqa: PLC0415 - it imports this

    if showing_wheel(view):
        return wheel_slide(db, view)
    collaboration = crud.get(db, CollaborationRow, db.collaboration_id())
    period = " – ".join(p for p in (_date(collaboration.period_start), _date(collaboration.period_end)) if p)
    organisations = crud.list_rows(db, OrganisationRow, order_by=("sort_order", "id"))
    entries = tuple(
        Entry(org.name, _first_line(org.responsibilities), vocab.label(vocab.ORG_TYPES, org.type),
              ("organisation", org.id))
        for org in organisations
    )
    heading = f"{collaboration.name}  ·  {period}" if period else collaboration.name
    if not entries:
        return _empty("Inga parter är tillagda än.", "No parties have been added yet.", heading)
    return Slide("list", heading, entries, spotlight=view.selection)


def _step2(db: Database, view: View) -> Slide:
    areas = _names(db, AreaRow)
    observations = crud.list_rows(db, ObservationRow, order_by=("area_id", "id"))
    entries = []
    for row in observations:
        amount = f"{row.quantity:g} {row.unit}".strip() if row.quantity is not None else ""
        detail = " · ".join(part for part in (areas.get(row.area_id or 0, ""), row.category) if part)
        entries.append(Entry(_first_line(row.description) or row.category, detail, amount, ("observation", row.id)))
    if not entries:
        return _empty("Inga iakttagelser är inlagda än.", "No observations have been entered yet.")
    return Slide("list", t("Iakttagelser", "Observations"), tuple(entries), spotlight=view.selection)


def candidate_ranking(db: Database) -> list[RankedCandidate]:
    """Best first, as `core.priority.ranking` orders them: the scored criteria weighted (the filters are passed
    or failed, never added), candidates failing a filter last, the room's dots breaking ties."""
    return ranking(db)


def _step3(db: Database, view: View) -> Slide:
    entries = []
    for place, ranked in enumerate(candidate_ranking(db), start=1):
        candidate, score, dots = ranked.candidate, ranked.score, ranked.dots
        chosen = candidate.selected
        badge = "" if view.results_hidden else t(f"{score:g} poäng", f"{score:g} points")
        if dots and not view.results_hidden:
            badge += t(f" · {dots} röster", f" · {dots} votes")
        mark = t("  ✔ Vald", "  ✔ Chosen") if chosen else ""
        title = f"{place}. {candidate.title}" if not view.results_hidden else candidate.title
        detail = ""
        if ranked.failed_filters and not view.results_hidden:
            detail = t("Klarar inte: ", "Fails: ") + ", ".join(ranked.failed_filters)
        entries.append(Entry(title + mark, detail or _first_line(candidate.description), badge,
                             ("problem_candidate", candidate.id)))
    if not entries:
        return _empty("Inga problemkandidater än.", "No problem candidates yet.")
    return Slide("list", t("Problemkandidater i rangordning", "Problem candidates, ranked")
                 if not view.results_hidden else t("Problemkandidater", "Problem candidates"),
                 tuple(entries), spotlight=view.selection)


def focus_problem(db: Database, view: View) -> int | None:
    """The problem the room looks at: the facilitator's selection, else the current problem, else the first."""
    if view.selection and view.selection[0] == "problem":
        return view.selection[1]
    if view.problem_id is not None:
        return view.problem_id
    problems = crud.list_rows(db, ProblemRow, order_by=("sort_order", "id"))
    focused = [p for p in problems if p.in_focus] or problems
    return focused[0].id if focused else None


def _step4(db: Database, view: View) -> Slide:
    problem_id = focus_problem(db, view)
    if problem_id is None:
        return _empty("Inget problem är beskrivet än.", "No problem has been described yet.")
    problem = crud.get(db, ProblemRow, problem_id)
    entries = tuple(
        Entry(str(question.label), getattr(problem, question.field).strip() or "–", key=("problem", problem_id))
        for question in SIX_QUESTIONS
    )
    return Slide("grid", problem.title, entries, note=_first_line(problem.statement))


def _step5(db: Database, view: View) -> Slide:
    problem_id = focus_problem(db, view)
    if problem_id is None:
        return _empty("Inget problem är valt än.", "No problem has been chosen yet.")
    problem = crud.get(db, ProblemRow, problem_id)
    causes = crud.list_rows(db, CauseRow, order_by=("sort_order", "id"), problem_id=problem_id)
    if not view.results_hidden:
        causes.sort(key=lambda c: -c.votes)
    entries = []
    for cause in causes:
        badge = vocab.label(vocab.CAUSE_KINDS, cause.kind)
        if cause.votes and not view.results_hidden:
            badge += t(f" · {cause.votes} röster", f" · {cause.votes} votes")
        entries.append(Entry(_first_line(cause.text), "", badge, ("cause", cause.id)))
    if not entries:
        return _empty("Inga orsaker är inlagda än.", "No causes have been entered yet.", problem.title)
    return Slide("list", problem.title, tuple(entries), spotlight=view.selection)


def _number(value: float | None) -> str:
    return "–" if value is None else f"{value:g}".replace(".", ",")


def _step6(db: Database, view: View) -> Slide:
    indicators = _names(db, IndicatorRow)
    entries = []
    for goal in crud.list_rows(db, GoalRow, order_by=("sort_order", "id")):
        detail = ""
        if goal.baseline_value is not None or goal.target_value is not None:
            detail = t(f"Från {_number(goal.baseline_value)} till {_number(goal.target_value)}",
                       f"From {_number(goal.baseline_value)} to {_number(goal.target_value)}")
            if goal.target_date:
                detail += t(f" senast {goal.target_date.isoformat()}", f" by {goal.target_date.isoformat()}")
        if goal.indicator_id in indicators:
            detail += f"  ·  {indicators[goal.indicator_id]}"
        entries.append(Entry(_first_line(goal.text), detail, vocab.label(vocab.GOAL_TYPES, goal.type),
                             ("goal", goal.id)))
    if not entries:
        return _empty("Inga mål är formulerade än.", "No goals have been written yet.")
    return Slide("list", "", tuple(entries), spotlight=view.selection)  # the step's title already says "Mål"


def _owner(org: str, person: str) -> str:
    return ", ".join(part for part in (org, person) if part)


def _action_plan(db: Database, view: View) -> Slide:
    orgs, people = _names(db, OrganisationRow), _names(db, PersonRow)
    entries = tuple(
        Entry(m.title, t("Ansvarig: ", "Owner: ") + (_owner(orgs.get(m.responsible_org_id or 0, ""),
                                                            people.get(m.responsible_person_id or 0, "")) or "–"),
              vocab.label(vocab.MEASURE_STATUS, m.status), ("measure", m.id))
        for m in crud.list_rows(db, MeasureRow, order_by=("sort_order", "id"))
    )
    if not entries:
        return _empty("Inga åtgärder är inlagda än.", "No measures have been entered yet.")
    return Slide("list", t("Åtgärder och ansvariga", "Measures and owners"), entries, spotlight=view.selection)


def _promises(db: Database, view: View) -> Slide:
    promises = crud.list_rows(db, CitizenPromiseRow, order_by=("id",))
    if not promises:
        return _empty("Inget medborgarlöfte är skrivet än.", "No citizen promise has been written yet.")
    orgs = _names(db, OrganisationRow)
    entries = []
    for promise in promises:
        for item in crud.list_rows(db, PromiseItemRow, order_by=("sort_order", "id"), promise_id=promise.id):
            entries.append(Entry(item.wording, orgs.get(item.responsible_org_id or 0, ""),
                                 key=("promise_item", item.id)))
    heading = " · ".join(p.title for p in promises)
    if not entries:
        return _empty("Löftet har inga formuleringar än.", "The promise has no wording yet.", heading)
    return Slide("list", heading, tuple(entries), spotlight=view.selection)


def _agreement(db: Database, view: View) -> Slide:
    agreements = crud.list_rows(db, AgreementRow, order_by=("version",))
    if not agreements:
        return _empty("Överenskommelsen är inte påbörjad.", "The agreement has not been started.")
    agreement = agreements[-1]
    signed = {row.signatory_id for row in crud.list_rows(db, SignatureRow, agreement_id=agreement.id)}
    entries = tuple(
        Entry(s.name, ", ".join(part for part in (s.title, s.organisation) if part),
              t("Undertecknat", "Signed") if s.id in signed else t("Ej undertecknat", "Not signed"),
              ("signatory", s.id))
        for s in crud.list_rows(db, SignatoryRow, order_by=("sort_order", "id"), agreement_id=agreement.id)
    )
    status = vocab.label(vocab.AGREEMENT_STATUS, agreement.status)
    if agreement.status == "undertecknad":  # everyone has signed: the room reads it in those words
        status = t("Undertecknad av alla", "Signed by all")
    heading = f"{agreement.title}  ·  {t('version', 'version')} {agreement.version}  ·  {status}"
    if not entries:
        return _empty("Inga undertecknare är angivna.", "No signatories have been named.", heading)
    return Slide("list", heading, entries, spotlight=view.selection)


def _step10(db: Database, view: View) -> Slide:
    entries = []
    for measure in crud.list_rows(db, MeasureRow, order_by=("sort_order", "id")):
        updates = crud.list_rows(db, StatusUpdateRow, order_by=("date", "id"), measure_id=measure.id)
        latest = updates[-1] if updates else None
        status = vocab.label(vocab.MEASURE_STATUS, latest.status if latest else measure.status)
        badge = f"{latest.percent_done} %  ·  {status}" if latest else status
        entries.append(Entry(measure.title, _first_line(latest.note) if latest else "", badge,
                             ("measure", measure.id), value=float(latest.percent_done) if latest else 0.0))
    if not entries:
        return _empty("Inga åtgärder att följa upp än.", "No measures to follow up yet.")
    return Slide("list", t("Så går det med åtgärderna", "How the measures are going"), tuple(entries),
                 spotlight=view.selection, maximum=100.0)


def _vote_slide(db: Database, round_id: int) -> Slide:
    result = vote_service.round_result(db, round_id)
    budget = result.budget
    if not result.round.revealed:
        counted = t(f"{result.total} röster inräknade", f"{result.total} votes counted")
        if budget:
            counted += t(f" av {budget}", f" of {budget}")
        note = t("Resultatet visas när samtalsledaren visar det.",
                 "The result is shown when the facilitator reveals it.")
        entries = tuple(Entry(item.label, key=(result.round.item_kind, item.item_id)) for item in result.items)
        return Slide("list", result.round.title, entries, note=f"{counted}  ·  {note}")
    ranked = result.ranked()
    top = max((item.count for item in ranked), default=0)
    entries = tuple(
        Entry(item.label, badge=str(item.count), key=(result.round.item_kind, item.item_id), value=float(item.count))
        for item in ranked
    )
    note = t(f"{result.total} röster totalt", f"{result.total} votes in total")
    return Slide("bars", result.round.title, entries, note=note, maximum=float(top))


BUILDERS: dict[int, Callable[[Database, View], Slide]] = {
    1: _step1, 2: _step2, 3: _step3, 4: _step4, 5: _step5, 6: _step6,
    7: _agreement, 8: _action_plan, 9: _promises, 10: _step10,
}
