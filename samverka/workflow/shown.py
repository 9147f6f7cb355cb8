"""What each step shows, declared once: its page refreshes, and the projector repaints, when one of these tables
changes. The agreement (step 7) shows everything its document is made of."""

from __future__ import annotations

from samverka import dto
from samverka.workflow.steps import step

AGREEMENT_TABLES: frozenset[type[dto.Row]] = frozenset({
    dto.CollaborationRow, dto.OrganisationRow, dto.PersonRow, dto.MembershipRow, dto.DataSourceRow, dto.AreaRow,
    dto.ProblemRow, dto.CauseRow, dto.GoalRow, dto.IndicatorRow, dto.MeasureRow, dto.MeasureCauseRow,
    dto.CitizenPromiseRow, dto.PromiseItemRow, dto.AgreementRow, dto.AgreementSectionRow, dto.SignatoryRow,
    dto.SignatureRow, dto.ActionPlanRow,
})
SHOWS: dict[str, frozenset[type[dto.Row]]] = {
    "samverkan": frozenset({dto.CollaborationRow, dto.OrganisationRow, dto.PersonRow, dto.MembershipRow,
                            dto.MeetingRow, dto.AttendanceRow, dto.CalendarEventRow}),
    "lagesbild": frozenset({dto.ObservationRow, dto.DataSourceRow, dto.AreaRow, dto.CollaborationRow,
                            dto.OrganisationRow, dto.SurveyResultRow, dto.LagesbildContributionRow}),
    "prioritering": frozenset({dto.ProblemCandidateRow, dto.PriorityCriterionRow, dto.PriorityScoreRow,
                               dto.ProblemRow, dto.AreaRow, dto.OrganisationRow}),
    "problembeskrivning": frozenset({dto.ProblemRow, dto.AffectedGroupRow, dto.ProblemEvidenceRow,
                                     dto.ObservationRow, dto.SurveyResultRow, dto.AreaRow}),
    "orsaksanalys": frozenset({dto.CauseRow, dto.CauseEvidenceRow, dto.MeasureRow, dto.MeasureCauseRow,
                               dto.FishboneBoneRow, dto.ProblemRow, dto.ObservationRow, dto.SurveyResultRow}),
    "mal": frozenset({dto.GoalRow, dto.IndicatorRow, dto.ProblemRow, dto.OrganisationRow, dto.AreaRow}),
    "overenskommelse": AGREEMENT_TABLES,
    "atgardsplan": frozenset({dto.MeasureRow, dto.MeasureCauseRow, dto.MeasureTechniqueRow, dto.CauseRow,
                              dto.OrganisationRow, dto.PersonRow, dto.ProblemRow, dto.AreaRow, dto.ActionPlanRow}),
    "medborgarloften": frozenset({dto.CitizenPromiseRow, dto.PromiseItemRow, dto.MeasureRow, dto.OrganisationRow,
                                  dto.AreaRow}),
    "uppfoljning": frozenset({dto.StatusUpdateRow, dto.FollowUpReportRow, dto.MeasureRow, dto.OrganisationRow,
                              dto.MeasurementRow, dto.IndicatorRow, dto.GoalRow, dto.CitizenPromiseRow,
                              dto.PromiseItemRow, dto.PromiseItemStatusRow}),
}


def shows(number: int) -> frozenset[type[dto.Row]]:
    """The tables step `number` shows (its page and its projection)."""
    return SHOWS[step(number).key]
