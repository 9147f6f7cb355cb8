"""A summary of one collaboration: what `samverka info` prints and the start page shows."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select

from samverka import vocab
from samverka.models import (
    ActionPlan,
    CalendarEvent,
    Cause,
    CitizenPromise,
    Goal,
    Indicator,
    LagesbildContribution,
    Measure,
    Measurement,
    Meeting,
    Observation,
    Organisation,
    Person,
    Problem,
    ProblemCandidate,
    SurveyResult,
)
from samverka.models.db import Database
from samverka.workflow.missing import Missing
from samverka.workflow.progress import StepStatus, evaluate_snapshot
from samverka.workflow.snapshot import load_snapshot

COUNTED: tuple[tuple[str, Any, Any], ...] = (
    ("organisations", Organisation, Organisation.collaboration_id),
    ("people", Person, Person.collaboration_id),
    ("meetings", Meeting, Meeting.collaboration_id),
    ("observations", Observation, Observation.collaboration_id),
    ("survey_results", SurveyResult, SurveyResult.collaboration_id),
    ("lagesbild_contributions", LagesbildContribution, LagesbildContribution.collaboration_id),
    ("problem_candidates", ProblemCandidate, ProblemCandidate.collaboration_id),
    ("problems", Problem, Problem.collaboration_id),
    ("goals", Goal, Goal.collaboration_id),
    ("indicators", Indicator, Indicator.collaboration_id),
    ("measures", Measure, Measure.collaboration_id),
    ("action_plans", ActionPlan, ActionPlan.collaboration_id),
    ("citizen_promises", CitizenPromise, CitizenPromise.collaboration_id),
    ("calendar_events", CalendarEvent, CalendarEvent.collaboration_id),
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
    snapshot = load_snapshot(db)
    cid = db.collaboration_id()
    counts: dict[str, int] = {}
    with db.read() as session:
        for name, model, column in COUNTED:
            counts[name] = int(session.scalar(select(func.count()).select_from(model).where(column == cid)) or 0)
        counts["causes"] = int(
            session.scalar(
                select(func.count()).select_from(Cause).join(Problem).where(Problem.collaboration_id == cid)
            ) or 0
        )
        counts["measurements"] = int(
            session.scalar(
                select(func.count()).select_from(Measurement).join(Indicator).where(Indicator.collaboration_id == cid)
            ) or 0
        )
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
