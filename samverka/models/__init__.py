"""SQLAlchemy models of a collaboration. No Qt here.

`from samverka.models import Problem` loads the ORM (samverka.models.orm) on first use; the modules beside it
(db, fileformat, vetting, rows, …) do not, so opening and reading a file without the ORM costs only sqlite3.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from samverka.models.orm import *  # noqa: F403 - the names below, for type checkers; at run time see __getattr__

__all__ = [
    "ActionPlan", "AffectedGroup", "Agreement", "AgreementSection", "Area", "AreaAlias", "Attendance", "AuditEntry",
    "Base", "CalendarEvent", "Cause", "CauseEvidence", "CitizenPromise", "Collaboration", "ColumnMapping",
    "Controller", "DataSource", "FishboneBone", "FollowUpReport", "Goal", "Indicator", "LagesbildContribution",
    "Measure", "MeasureCause", "MeasureTechnique", "Measurement", "Meeting", "Membership", "Observation",
    "Organisation", "Person", "PriorityCriterion", "PriorityScore", "Problem", "ProblemCandidate", "ProblemEvidence",
    "PromiseItem", "PromiseItemStatus", "ScpTechnique", "Signatory", "Signature", "StatusUpdate", "StepNote",
    "StepSetting", "SurveyImport", "SurveyResult", "TrustedCertificate", "VoteCount", "VoteRound",
]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from samverka.models import orm  # noqa: PLC0415 - the ORM loads on the first model asked for

        return getattr(orm, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
