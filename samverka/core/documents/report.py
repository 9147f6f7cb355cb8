"""Workshop report: date, place, attendees by organisation, results of the step worked on, decisions, measures."""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from typing import Any

from samverka import vocab
from samverka.core.documents.common import Data, iso, join, label, long_date, number, read, slug, with_hash_id
from samverka.core.documents.goals import action_rows, goal_item
from samverka.errors import NotFoundError
from samverka.export.documents import AttendeeGroup, StepResult, WorkshopReportDocument
from samverka.models.db import Database
from samverka.swedish import ORGANISATION, PERSON, count

REPORT_TABLES = (
    "collaboration", "organisation", "person", "area", "meeting", "attendance", "observation", "data_source",
    "problem_candidate", "priority_score", "priority_criterion", "problem", "cause", "goal", "indicator", "measure",
    "measure_cause", "citizen_promise", "promise_item", "vote_round", "vote_count",
)
# The app's ten steps (samverka.workflow.steps), named here because core sits below workflow.
STEP_NAMES = {
    1: "Samverkan", 2: "Lägesbild", 3: "Prioritering", 4: "Problembeskrivning", 5: "Orsaksanalys", 6: "Mål",
    7: "Överenskommelse", 8: "Åtgärdsplan", 9: "Medborgarlöften", 10: "Uppföljning",
}


def workshop_report_document(db: Database, meeting_id: int | None = None) -> WorkshopReportDocument:
    """The report of one meeting; without an id, of the latest meeting."""
    data = read(db, REPORT_TABLES)
    meetings = data.of("meeting")
    if meeting_id is None and meetings:
        meeting = max(meetings, key=lambda m: (m.date.isoformat() if m.date else "", m.id))
    else:
        meeting = data.by_id("meeting").get(meeting_id) if meeting_id is not None else None
    if meeting is None and not meetings:
        meeting = _no_meeting()
    if meeting is None:
        raise NotFoundError(
            "Det finns inget sådant möte. Lägg till mötet i steg 1 och välj det sedan.",
            "There is no such meeting. Add the meeting in step 1 and then choose it.",
        )
    c = data.collaboration
    attendees = _attendees(meeting, data)
    doc = WorkshopReportDocument(
        document_id="",
        title=(f"Minnesanteckningar – {meeting.title or 'workshop'}" if meeting.id > 0
               else "Arbetsrapport: läget i alla steg"),
        date=iso(meeting.date or c.created_at),
        meeting_title=meeting.title,
        place=meeting.place,
        facilitator=data.name("person", meeting.facilitator_id),
        collaboration=c.name,
        attendees=attendees,
        agenda=meeting.agenda,
        minutes=meeting.minutes,
        results=_results(meeting, data),
        decisions=tuple(line.strip(" -•") for line in meeting.decisions.splitlines() if line.strip()),
        measures=_measures(meeting, data),
        attendance=attendance_text(attendees),
    )
    key = meeting.id if meeting.id > 0 else "ALLA"
    return with_hash_id(doc, f"WR-{slug(c.kommun or c.name)}-{key}")  # type: ignore[no-any-return]


def _no_meeting() -> Any:
    """No meeting is recorded: the report states where the work stands in every step instead."""
    from types import SimpleNamespace  # noqa: PLC0415

    return SimpleNamespace(id=-1, title="", step=None, date=None, place="", facilitator_id=None, agenda="",
                           minutes="", decisions="")


def attendance_text(groups: tuple[AttendeeGroup, ...]) -> str:
    """"9 personer från 7 organisationer", "1 person från 1 organisation"; empty when nobody is recorded."""
    people = sum(len(g.people) for g in groups)
    if not people:
        return ""
    return f"{count(people, PERSON, words=False)} från {count(len(groups), ORGANISATION, words=False)}"


def meeting_label(meeting: Any) -> str:
    return join([long_date(meeting.date), meeting.title], " – ")


def _attendees(meeting: Any, data: Data) -> tuple[AttendeeGroup, ...]:
    people = data.by_id("person")
    by_org: dict[str, list[str]] = defaultdict(list)
    order = {o.name: i for i, o in enumerate(data.of("organisation"))}
    for attendance in data.of("attendance"):
        person = people.get(attendance.person_id)
        if attendance.meeting_id == meeting.id and person is not None:
            org = data.name("organisation", person.organisation_id) or "Övriga"
            by_org[org].append(join([person.name, person.title], ", "))
    return tuple(AttendeeGroup(org, tuple(names)) for org, names in sorted(by_org.items(),
                                                                            key=lambda kv: order.get(kv[0], 999)))


def _results(meeting: Any, data: Data) -> tuple[StepResult, ...]:
    results: list[StepResult] = []
    step = meeting.step
    every = meeting.id < 0  # no meeting: every step's results
    if step == 2 or every:
        lines = tuple(join([o.description, number(o.quantity, o.unit)], " – ") for o in data.of("observation"))
        if lines:
            results.append(StepResult(f"Steg 2 {STEP_NAMES[2]}: iakttagelser", lines))
    if step in (2, 3) or every:
        lines = tuple(("✓ " if c.selected else "") + c.title for c in data.of("problem_candidate"))
        if lines:
            results.append(StepResult(f"Steg 3 {STEP_NAMES[3]}: problemkandidater (✓ = valt för fokus)", lines))
    if step in (4, 5) or every:
        for problem in (p for p in data.of("problem") if p.in_focus):
            results.append(StepResult(f"Steg 4 {STEP_NAMES[4]}: {problem.title}", (problem.statement,)))
    by_problem: dict[int, list[str]] = defaultdict(list)
    for cause in data.of("cause"):
        if cause.created_in_meeting_id == meeting.id:
            by_problem[cause.problem_id].append(f"{cause.text} ({label(vocab.CAUSE_KINDS, cause.kind).lower()})")
    for problem_id, cause_lines in by_problem.items():
        title = data.name("problem", problem_id, "title")
        results.append(StepResult(f"Steg 5 {STEP_NAMES[5]}: {title}", tuple(cause_lines)))
    if (step is not None and 5 <= step <= 6) or every:
        goals = tuple(f"{g.type_label}: {g.text}" for g in (goal_item(x, data) for x in data.of("goal")))
        if goals:
            results.append(StepResult(f"Steg 6 {STEP_NAMES[6]}", goals))
    results += _votes(meeting, data)
    return tuple(results)


def _votes(meeting: Any, data: Data) -> list[StepResult]:
    names = {
        "problem_candidate": data.by_id("problem_candidate"), "cause": data.by_id("cause"),
        "measure": data.by_id("measure"),
    }
    results = []
    for round_ in data.of("vote_round"):
        if round_.meeting_id != meeting.id:
            continue
        table = names.get(round_.item_kind, {})
        counts = sorted((c for c in data.of("vote_count") if c.round_id == round_.id), key=lambda c: -c.count)
        lines = tuple(
            f"{getattr(table.get(c.item_id), 'title', None) or getattr(table.get(c.item_id), 'text', '?')}: "
            f"{c.count} röster" for c in counts
        )
        results.append(StepResult(f"Röstning: {round_.title or label(vocab.VOTE_ITEM_KINDS, round_.item_kind)}",
                                  lines))
    return results


def _measures(meeting: Any, data: Data) -> tuple[Any, ...]:
    if meeting.step is not None and meeting.step < 5:
        return ()
    measures = data.of("measure")
    rows = action_rows(measures, data, {m.id: str(i) for i, m in enumerate(measures, start=1)})
    # The minutes record what was agreed at the meeting; how a measure has gone since belongs in the follow-up.
    return tuple(dataclasses.replace(row, status="") for row in rows)
