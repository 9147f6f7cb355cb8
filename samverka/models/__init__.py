"""SQLAlchemy models of a collaboration. No Qt here."""

from samverka.models.agreement import Agreement, AgreementSection, Signatory, Signature
from samverka.models.base import Base
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
from samverka.models.promise import CitizenPromise, PromiseItem
from samverka.models.situation import (
    PriorityCriterion,
    PriorityScore,
    ProblemCandidate,
    VoteCount,
    VoteRound,
)
from samverka.models.trust import TrustedCertificate

__all__ = [
    "AffectedGroup", "Agreement", "AgreementSection", "Area", "AreaAlias", "Attendance", "AuditEntry", "Base",
    "Cause", "CauseEvidence", "CitizenPromise", "Collaboration", "ColumnMapping", "Controller", "DataSource",
    "FishboneBone", "FollowUpReport", "Goal", "Indicator", "Measure", "MeasureCause", "MeasureTechnique",
    "Measurement", "Meeting", "Membership", "Observation", "Organisation", "Person", "PriorityCriterion",
    "PriorityScore", "Problem", "ProblemCandidate", "ProblemEvidence", "PromiseItem", "ScpTechnique", "Signatory",
    "Signature", "StatusUpdate", "StepNote", "StepSetting", "SurveyImport", "SurveyResult", "TrustedCertificate",
    "VoteCount", "VoteRound",
]
