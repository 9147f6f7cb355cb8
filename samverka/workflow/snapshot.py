"""Everything the rules look at, read in one session as plain rows."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, TypeVar

from sqlalchemy import func, inspect, select
from sqlalchemy.orm import Session

from samverka import dto
from samverka.models import (
    Agreement,
    Base,
    Cause,
    CitizenPromise,
    Collaboration,
    FollowUpReport,
    Goal,
    Measure,
    MeasureCause,
    Meeting,
    Observation,
    Organisation,
    Person,
    PriorityScore,
    Problem,
    ProblemCandidate,
    PromiseItem,
    Signature,
    StatusUpdate,
    SurveyResult,
)
from samverka.models.db import Database

RowT = TypeVar("RowT")


@dataclass(frozen=True)
class Snapshot:
    collaboration: dto.CollaborationRow
    organisations: tuple[dto.OrganisationRow, ...]
    persons: tuple[dto.PersonRow, ...]
    meetings: tuple[dto.MeetingRow, ...]
    observations: tuple[dto.ObservationRow, ...]
    survey_result_count: int
    candidates: tuple[dto.ProblemCandidateRow, ...]
    score_count: int
    problems: tuple[dto.ProblemRow, ...]
    causes: tuple[dto.CauseRow, ...]
    goals: tuple[dto.GoalRow, ...]
    measures: tuple[dto.MeasureRow, ...]
    measure_causes: tuple[dto.MeasureCauseRow, ...]
    promises: tuple[dto.CitizenPromiseRow, ...]
    promise_items: tuple[dto.PromiseItemRow, ...]
    agreements: tuple[dto.AgreementRow, ...]
    signature_count: int
    status_updates: tuple[dto.StatusUpdateRow, ...]
    followup_reports: tuple[dto.FollowUpReportRow, ...]

    @property
    def focus_problems(self) -> tuple[dto.ProblemRow, ...]:
        return tuple(p for p in self.problems if p.in_focus)

    def causes_of(self, problem_id: int) -> tuple[dto.CauseRow, ...]:
        return tuple(c for c in self.causes if c.problem_id == problem_id)


def _rows(session: Session, model: type[Base], *where: Any, skip: tuple[str, ...] = ()) -> tuple[Any, ...]:
    row_type = dto.ROW_TYPES[model.__tablename__]
    columns = [c for c in inspect(model).columns if c.key not in skip]
    query = select(*columns)
    for condition in where:
        query = query.where(condition)
    result = []
    for values in session.execute(query.order_by(inspect(model).columns["id"])):
        data = dict(zip([c.key for c in columns], values, strict=True))
        data.update({name: None for name in skip})
        result.append(row_type(**data))
    return tuple(result)


def load_snapshot(db: Database) -> Snapshot:
    cid = db.collaboration_id()
    with db.read() as session:
        problems = _rows(session, Problem, Problem.collaboration_id == cid)
        problem_ids = [p.id for p in problems]
        measures = _rows(session, Measure, Measure.collaboration_id == cid)
        measure_ids = [m.id for m in measures]
        promises = _rows(session, CitizenPromise, CitizenPromise.collaboration_id == cid)
        agreements = _rows(session, Agreement, Agreement.collaboration_id == cid, skip=("pdf", "content_json"))
        candidates = _rows(session, ProblemCandidate, ProblemCandidate.collaboration_id == cid)
        return Snapshot(
            collaboration=_rows(session, Collaboration, Collaboration.id == cid)[0],
            organisations=_rows(session, Organisation, Organisation.collaboration_id == cid),
            persons=_rows(session, Person, Person.collaboration_id == cid),
            meetings=_rows(session, Meeting, Meeting.collaboration_id == cid),
            observations=_rows(session, Observation, Observation.collaboration_id == cid),
            survey_result_count=session.scalar(
                select(func.count()).select_from(SurveyResult).where(SurveyResult.collaboration_id == cid)
            ) or 0,
            candidates=candidates,
            score_count=session.scalar(
                select(func.count()).select_from(PriorityScore).where(
                    PriorityScore.candidate_id.in_([c.id for c in candidates])
                )
            ) or 0,
            problems=problems,
            causes=_rows(session, Cause, Cause.problem_id.in_(problem_ids)),
            goals=_rows(session, Goal, Goal.collaboration_id == cid),
            measures=measures,
            measure_causes=_rows(session, MeasureCause, MeasureCause.measure_id.in_(measure_ids)),
            promises=promises,
            promise_items=_rows(session, PromiseItem, PromiseItem.promise_id.in_([p.id for p in promises])),
            agreements=agreements,
            signature_count=session.scalar(
                select(func.count()).select_from(Signature).where(
                    Signature.agreement_id.in_([a.id for a in agreements])
                )
            ) or 0,
            status_updates=_rows(session, StatusUpdate, StatusUpdate.measure_id.in_(measure_ids)),
            followup_reports=_rows(session, FollowUpReport, FollowUpReport.collaboration_id == cid),
        )
