"""Document builders: read the collaboration in one session and return the plain documents of samverka.export."""

from samverka.core.documents.actionplan import action_plan_document
from samverka.core.documents.agreement import agreement_document
from samverka.core.documents.followup import followup_document
from samverka.core.documents.lagesbild import lagesbild_document
from samverka.core.documents.promise import promise_document
from samverka.core.documents.promise_followup import promise_followup_document
from samverka.core.documents.report import workshop_report_document

__all__ = [
    "action_plan_document",
    "agreement_document",
    "followup_document",
    "lagesbild_document",
    "promise_document",
    "promise_followup_document",
    "workshop_report_document",
]
