"""A summary of one collaboration: what `samverka info` prints and the start page shows."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from samverka import dto, vocab
from samverka.models.db import Database
from samverka.models.rows import count
from samverka.workflow.missing import Missing
from samverka.workflow.progress import StepStatus, evaluate_snapshot
from samverka.workflow.snapshot import read_snapshot

_OWN = "collaboration_id = :cid"
# What `samverka info` counts: (name, table, which rows); plain SQL, so a file is counted without the ORM.
COUNTED: tuple[tuple[str, str, str], ...] = (
    ("organisations", dto.OrganisationRow.KIND, _OWN),
    ("people", dto.PersonRow.KIND, _OWN),
    ("meetings", dto.MeetingRow.KIND, _OWN),
    ("observations", dto.ObservationRow.KIND, _OWN),
    ("survey_results", dto.SurveyResultRow.KIND, _OWN),
    ("lagesbild_contributions", dto.LagesbildContributionRow.KIND, _OWN),
    ("problem_candidates", dto.ProblemCandidateRow.KIND, _OWN),
    ("problems", dto.ProblemRow.KIND, _OWN),
    ("goals", dto.GoalRow.KIND, _OWN),
    ("indicators", dto.IndicatorRow.KIND, _OWN),
    ("measures", dto.MeasureRow.KIND, _OWN),
    ("action_plans", dto.ActionPlanRow.KIND, _OWN),
    ("citizen_promises", dto.CitizenPromiseRow.KIND, _OWN),
    ("calendar_events", dto.CalendarEventRow.KIND, _OWN),
    ("causes", dto.CauseRow.KIND, f'problem_id IN (SELECT id FROM "{dto.ProblemRow.KIND}" WHERE {_OWN})'),
    ("measurements", dto.MeasurementRow.KIND,
     f'indicator_id IN (SELECT id FROM "{dto.IndicatorRow.KIND}" WHERE {_OWN})'),
)


@dataclass(frozen=True)
class Overview:
    name: str
    kommun: str
    lokalpolisomrade: str
    period_start: str | None
    period_end: str | None
    parties: tuple[tuple[str, str], ...]
    steps: tuple[StepStatus, ...]
    counts: dict[str, int]
    location: str

    def as_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "kommun": self.kommun,
            "lokalpolisomrade": self.lokalpolisomrade,
            "period": {"start": self.period_start, "end": self.period_end},
            "parties": [{"name": name, "type": kind} for name, kind in self.parties],
            "steps": [
                {
                    "number": s.step.number,
                    "title": str(s.step.title),
                    "complete": s.complete,
                    "missing": [str(m) for m in s.missing],
                    "advice": [str(a) for a in s.advice],
                    # Where each item is fixed, for tools that jump there (the texts above say it in words).
                    "missing_where": [_where(m) for m in s.missing],
                    "advice_where": [_where(a) for a in s.advice],
                }
                for s in self.steps
            ],
            "counts": self.counts,
            "file": self.location,
        }


def _where(item: Missing) -> dict[str, Any]:
    return {"step": item.step, "step_key": item.step_key, "entity": item.entity, "entity_id": item.entity_id,
            "field": item.field}


# The counts as `samverka info` names them: (Swedish, English).
COUNT_LABELS: dict[str, tuple[str, str]] = {
    "organisations": ("organisationer", "organisations"),
    "people": ("personer", "people"),
    "meetings": ("möten", "meetings"),
    "observations": ("iakttagelser", "observations"),
    "survey_results": ("resultat från trygghetsmätningen", "safety-survey results"),
    "lagesbild_contributions": ("lägesbildsbidrag", "situation-picture contributions"),
    "problem_candidates": ("problemkandidater", "problem candidates"),
    "problems": ("problem", "problems"),
    "causes": ("orsaker", "causes"),
    "goals": ("mål", "goals"),
    "indicators": ("indikatorer", "indicators"),
    "measurements": ("mätvärden", "measurements"),
    "measures": ("åtgärder", "measures"),
    "action_plans": ("versioner av åtgärdsplanen", "action plan versions"),
    "citizen_promises": ("medborgarlöften", "citizen promises"),
    "calendar_events": ("händelser i årshjulet", "calendar events"),
}


def overview(db: Database) -> Overview:
    cid = db.collaboration_id()
    with db.reading() as read:
        snapshot = read_snapshot(read, cid)
        counts = {name: count(read, table, where, cid=cid) for name, table, where in COUNTED}
    c = snapshot.collaboration
    return Overview(
        name=c.name,
        kommun=c.kommun,
        lokalpolisomrade=c.lokalpolisomrade,
        period_start=c.period_start.isoformat() if c.period_start else None,
        period_end=c.period_end.isoformat() if c.period_end else None,
        parties=tuple((o.name, vocab.label(vocab.ORG_TYPES, o.type)) for o in snapshot.organisations),
        steps=tuple(evaluate_snapshot(snapshot)),
        counts=counts,
        location=db.location,
    )
