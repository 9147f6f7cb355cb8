"""Every model of a collaboration; importing this module registers them all with SQLAlchemy (so relationships
by name resolve) and costs what SQLAlchemy's ORM costs. Import it through `samverka.models` (see there)."""

from __future__ import annotations

from samverka.models.action_plan import ActionPlan
from samverka.models.agreement import Agreement, AgreementSection, Signatory, Signature
from samverka.models.base import Base
from samverka.models.calendar import CalendarEvent
from samverka.models.collaboration import (
    Attendance,
    Collaboration,
    Meeting,
    Membership,
    Organisation,
    Person,
    StepNote,
    StepSetting,
)
from samverka.models.evidence import (
    Area,
    AreaAlias,
    ColumnMapping,
    DataSource,
    LagesbildContribution,
    Observation,
    SurveyImport,
    SurveyResult,
)
from samverka.models.followup import AuditEntry, FollowUpReport, StatusUpdate
from samverka.models.planning import (
    Goal,
    Indicator,
    Measure,
    MeasureCause,
    Measurement,
    MeasureTechnique,
    ScpTechnique,
)
from samverka.models.problem import (
    AffectedGroup,
    Cause,
    CauseEvidence,
    Controller,
    FishboneBone,
    Problem,
    ProblemEvidence,
)
from samverka.models.promise import CitizenPromise, PromiseItem, PromiseItemStatus
from samverka.models.situation import (
    PriorityCriterion,
    PriorityScore,
    ProblemCandidate,
    VoteCount,
    VoteRound,
)
from samverka.models.trust import TrustedCertificate

__all__ = [
    "ActionPlan", "AffectedGroup", "Agreement", "AgreementSection", "Area", "AreaAlias", "Attendance", "AuditEntry",
    "Base", "CalendarEvent", "Cause", "CauseEvidence", "CitizenPromise", "Collaboration", "ColumnMapping",
    "Controller", "DataSource", "FishboneBone", "FollowUpReport", "Goal", "Indicator", "LagesbildContribution",
    "Measure", "MeasureCause", "MeasureTechnique", "Measurement", "Meeting", "Membership", "Observation",
    "Organisation", "Person", "PriorityCriterion", "PriorityScore", "Problem", "ProblemCandidate", "ProblemEvidence",
    "PromiseItem", "PromiseItemStatus", "ScpTechnique", "Signatory", "Signature", "StatusUpdate", "StepNote",
    "StepSetting", "SurveyImport", "SurveyResult", "TrustedCertificate", "VoteCount", "VoteRound",
]
