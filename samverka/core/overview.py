"""A summary of one collaboration: what `samverka info` prints and the start page shows."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select

from samverka import vocab
from samverka.models import (
    Cause,
    CitizenPromise,
    Goal,
    Indicator,
    Measure,
    Meeting,
    Observation,
    Organisation,
    Person,
    Problem,
    ProblemCandidate,
    SurveyResult,
)
from samverka.models.db import Database
from samverka.workflow.progress import StepStatus, evaluate_snapshot
from samverka.workflow.snapshot import load_snapshot

COUNTED: tuple[tuple[str, Any, Any], ...] = (
    ("organisations", Organisation, Organisation.collaboration_id),
    ("people", Person, Person.collaboration_id),
    ("meetings", Meeting, Meeting.collaboration_id),
    ("observations", Observation, Observation.collaboration_id),
    ("survey_results", SurveyResult, SurveyResult.collaboration_id),
    ("problem_candidates", ProblemCandidate, ProblemCandidate.collaboration_id),
    ("problems", Problem, Problem.collaboration_id),
    ("goals", Goal, Goal.collaboration_id),
    ("indicators", Indicator, Indicator.collaboration_id),
    ("measures", Measure, Measure.collaboration_id),
    ("citizen_promises", CitizenPromise, CitizenPromise.collaboration_id),
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
                }
                for s in self.steps
            ],
            "counts": self.counts,
            "file": self.location,
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
