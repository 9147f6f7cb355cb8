"""Everything the rules look at, read in one session as plain rows."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, TypeVar

from sqlalchemy import func, inspect, select
from sqlalchemy.orm import Session

from samverka import dto
from samverka.models import (
    ActionPlan,
    Agreement,
    Base,
    Cause,
    CitizenPromise,
    Collaboration,
    DataSource,
    FollowUpReport,
    Goal,
    Indicator,
    LagesbildContribution,
    Measure,
    MeasureCause,
    Measurement,
    Meeting,
    Membership,
    Observation,
    Organisation,
    Person,
    PriorityCriterion,
    PriorityScore,
    Problem,
    ProblemCandidate,
    PromiseItem,
    PromiseItemStatus,
    Signatory,
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
    problems: tuple[dto.ProblemRow, ...]
    causes: tuple[dto.CauseRow, ...]
    goals: tuple[dto.GoalRow, ...]
    measures: tuple[dto.MeasureRow, ...]
    measure_causes: tuple[dto.MeasureCauseRow, ...]
    promises: tuple[dto.CitizenPromiseRow, ...]
    promise_items: tuple[dto.PromiseItemRow, ...]
    agreements: tuple[dto.AgreementRow, ...]
    status_updates: tuple[dto.StatusUpdateRow, ...]
    followup_reports: tuple[dto.FollowUpReportRow, ...]
    memberships: tuple[dto.MembershipRow, ...] = ()
    data_sources: tuple[dto.DataSourceRow, ...] = ()
    contributions: tuple[dto.LagesbildContributionRow, ...] = ()
    criteria: tuple[dto.PriorityCriterionRow, ...] = ()
    scores: tuple[dto.PriorityScoreRow, ...] = ()
    indicators: tuple[dto.IndicatorRow, ...] = ()
    measurements: tuple[dto.MeasurementRow, ...] = ()
    action_plans: tuple[dto.ActionPlanRow, ...] = ()
    signatories: tuple[dto.SignatoryRow, ...] = ()
    signatures: tuple[dto.SignatureRow, ...] = ()
    promise_item_statuses: tuple[dto.PromiseItemStatusRow, ...] = ()

    @property
    def focus_problems(self) -> tuple[dto.ProblemRow, ...]:
        return tuple(p for p in self.problems if p.in_focus)

    @property
    def score_count(self) -> int:
        return len(self.scores)

    @property
    def signature_count(self) -> int:
        return len(self.signatures)

    @property
    def parties(self) -> tuple[dto.OrganisationRow, ...]:
        """The parties: organisations at the top level (a förvaltning speaks for its kommun)."""
        return tuple(o for o in self.organisations if o.parent_id is None)

    @property
    def current_promises(self) -> tuple[dto.CitizenPromiseRow, ...]:
        """The promises in force: every version that no later version renews."""
        renewed = {p.renews_id for p in self.promises if p.renews_id is not None}
        return tuple(p for p in self.promises if p.id not in renewed)

    def causes_of(self, problem_id: int) -> tuple[dto.CauseRow, ...]:
        return tuple(c for c in self.causes if c.problem_id == problem_id)

    def items_of(self, promise_id: int) -> tuple[dto.PromiseItemRow, ...]:
        return tuple(i for i in self.promise_items if i.promise_id == promise_id)

    def party_of(self, organisation_id: int | None) -> int | None:
        """The top-level party an organisation belongs to (itself when it is one)."""
        parents = {o.id: o.parent_id for o in self.organisations}
        seen: set[int] = set()
        current = organisation_id
        while current is not None and parents.get(current) is not None and current not in seen:
            seen.add(current)
            current = parents[current]
        return current if current in parents else None


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
        promise_items = _rows(session, PromiseItem, PromiseItem.promise_id.in_([p.id for p in promises]))
        agreements = _rows(session, Agreement, Agreement.collaboration_id == cid, skip=("pdf", "content_json"))
        agreement_ids = [a.id for a in agreements]
        candidates = _rows(session, ProblemCandidate, ProblemCandidate.collaboration_id == cid)
        persons = _rows(session, Person, Person.collaboration_id == cid)
        indicators = _rows(session, Indicator, Indicator.collaboration_id == cid)
        return Snapshot(
            collaboration=_rows(session, Collaboration, Collaboration.id == cid)[0],
            organisations=_rows(session, Organisation, Organisation.collaboration_id == cid),
            persons=persons,
            meetings=_rows(session, Meeting, Meeting.collaboration_id == cid),
            observations=_rows(session, Observation, Observation.collaboration_id == cid),
            survey_result_count=session.scalar(
                select(func.count()).select_from(SurveyResult).where(SurveyResult.collaboration_id == cid)
            ) or 0,
            candidates=candidates,
            problems=problems,
            causes=_rows(session, Cause, Cause.problem_id.in_(problem_ids)),
            goals=_rows(session, Goal, Goal.collaboration_id == cid),
            measures=measures,
            measure_causes=_rows(session, MeasureCause, MeasureCause.measure_id.in_(measure_ids)),
            promises=promises,
            promise_items=promise_items,
            agreements=agreements,
            status_updates=_rows(session, StatusUpdate, StatusUpdate.measure_id.in_(measure_ids)),
            followup_reports=_rows(session, FollowUpReport, FollowUpReport.collaboration_id == cid),
            memberships=_rows(session, Membership, Membership.person_id.in_([p.id for p in persons])),
            data_sources=_rows(session, DataSource, DataSource.collaboration_id == cid),
            contributions=_rows(session, LagesbildContribution, LagesbildContribution.collaboration_id == cid),
            criteria=_rows(session, PriorityCriterion, PriorityCriterion.collaboration_id == cid),
            scores=_rows(session, PriorityScore, PriorityScore.candidate_id.in_([c.id for c in candidates])),
            indicators=indicators,
            measurements=_rows(session, Measurement, Measurement.indicator_id.in_([i.id for i in indicators])),
            action_plans=_rows(session, ActionPlan, ActionPlan.collaboration_id == cid, skip=("content_json",)),
            signatories=_rows(session, Signatory, Signatory.agreement_id.in_(agreement_ids)),
            signatures=_rows(session, Signature, Signature.agreement_id.in_(agreement_ids), skip=("signed_pdf",)),
            promise_item_statuses=_rows(session, PromiseItemStatus,
                                        PromiseItemStatus.promise_item_id.in_([i.id for i in promise_items])),
        )
