"""The six questions of the problem description (field, Swedish label), as the documents use them; the
questions themselves are declared once, in samverka.workflow.questions."""

from samverka.workflow.questions import SIX_QUESTIONS as QUESTIONS

SIX_QUESTIONS: tuple[tuple[str, str], ...] = tuple((q.field, q.name.sv) for q in QUESTIONS)
