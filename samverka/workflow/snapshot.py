"""Everything the rules look at, read in one session as plain rows."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TypeVar

from samverka import dto
from samverka.models.db import Database
from samverka.models.plain import Reader
from samverka.models.rows import count, select_rows
from samverka.workflow.in_force import in_force

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
        return tuple(in_force(self.promises))

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


# Rows of the collaboration's own tables, and of tables one or two links below them.
_OWN = "collaboration_id = :cid"


def _below(parent: type, column: str, parent_where: str = _OWN) -> str:
    """`column` points at a row of `parent` that belongs to the collaboration."""
    return f'{column} IN (SELECT id FROM "{parent.KIND}" WHERE {parent_where})'  # type: ignore[attr-defined]


def load_snapshot(db: Database) -> Snapshot:
    cid = db.collaboration_id()
    with db.reading() as read:
        return read_snapshot(read, cid)


def read_snapshot(read: Reader, cid: int) -> Snapshot:
    """Everything the rules look at, in one read transaction (plain SQL: no ORM needed for a file)."""
    def own(row_type: type[RowT], *, skip: tuple[str, ...] = ()) -> tuple[RowT, ...]:
        return select_rows(read, row_type, _OWN, skip=skip, cid=cid)

    def below(row_type: type[RowT], parent: type, column: str, *, skip: tuple[str, ...] = ()) -> tuple[RowT, ...]:
        return select_rows(read, row_type, _below(parent, column), skip=skip, cid=cid)

    promise_items_where = _below(dto.CitizenPromiseRow, "promise_id")
    return Snapshot(
        collaboration=select_rows(read, dto.CollaborationRow, "id = :cid", cid=cid)[0],
        organisations=own(dto.OrganisationRow),
        persons=own(dto.PersonRow),
        meetings=own(dto.MeetingRow),
        observations=own(dto.ObservationRow),
        survey_result_count=count(read, dto.SurveyResultRow.KIND, _OWN, cid=cid),
        candidates=own(dto.ProblemCandidateRow),
        problems=own(dto.ProblemRow),
        causes=below(dto.CauseRow, dto.ProblemRow, "problem_id"),
        goals=own(dto.GoalRow),
        measures=own(dto.MeasureRow),
        measure_causes=below(dto.MeasureCauseRow, dto.MeasureRow, "measure_id"),
        promises=own(dto.CitizenPromiseRow),
        promise_items=below(dto.PromiseItemRow, dto.CitizenPromiseRow, "promise_id"),
        agreements=own(dto.AgreementRow, skip=("pdf", "content_json")),
        status_updates=below(dto.StatusUpdateRow, dto.MeasureRow, "measure_id"),
        followup_reports=own(dto.FollowUpReportRow),
        memberships=below(dto.MembershipRow, dto.PersonRow, "person_id"),
        data_sources=own(dto.DataSourceRow),
        contributions=own(dto.LagesbildContributionRow),
        criteria=own(dto.PriorityCriterionRow),
        scores=below(dto.PriorityScoreRow, dto.ProblemCandidateRow, "candidate_id"),
        indicators=own(dto.IndicatorRow),
        measurements=below(dto.MeasurementRow, dto.IndicatorRow, "indicator_id"),
        action_plans=own(dto.ActionPlanRow, skip=("content_json",)),
        signatories=below(dto.SignatoryRow, dto.AgreementRow, "agreement_id"),
        signatures=below(dto.SignatureRow, dto.AgreementRow, "agreement_id", skip=("signed_pdf",)),
        promise_item_statuses=select_rows(
            read, dto.PromiseItemStatusRow,
            f'promise_item_id IN (SELECT id FROM "{dto.PromiseItemRow.KIND}" WHERE {promise_items_where})', cid=cid,
        ),
    )
