"""Choosing a problem candidate for focus (step 3): the candidate is marked, and it gets (or gets back) its
problem to describe, all in one transaction. Taking it out of focus never deletes the description; only a
problem that this very choice created is removed again when the choice is undone.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from samverka.core import crud
from samverka.core.changes import Changes
from samverka.dto import ProblemCandidateRow, ProblemRow
from samverka.errors import NotFoundError
from samverka.models import AuditEntry, Problem, ProblemCandidate
from samverka.models.db import Database


@dataclass
class FocusChoice:
    """One choice, replayable: `choose` does it (or does it again), `unchoose` undoes it. It remembers what the
    first `choose` found, so undo puts back exactly that."""

    candidate_id: int
    focus: bool
    created_id: int | None = None  # the problem this choice made
    snapshot: crud.Snapshot | None = None  # that problem while the choice is undone
    previous_in_focus: bool | None = None  # an existing problem's mark before the choice


def _candidate(session: Session, candidate_id: int) -> ProblemCandidate:
    candidate = session.get(ProblemCandidate, candidate_id, with_for_update=True)
    if candidate is None:
        raise NotFoundError("Problemkandidaten finns inte längre. Uppdatera vyn.",
                            "The problem candidate no longer exists. Refresh the view.")
    return candidate


def _problem_of(session: Session, candidate_id: int) -> Problem | None:
    return session.scalar(select(Problem).where(Problem.candidate_id == candidate_id).order_by(Problem.id).limit(1))


def choose(db: Database, choice: FocusChoice) -> Changes:
    """Mark the candidate; in focus, it gets a problem (made now, or put back on redo) or its problem returns to
    focus; out of focus, its problem leaves focus."""
    with db.write() as session:
        candidate = _candidate(session, choice.candidate_id)
        candidate.selected = choice.focus
        changes = Changes.of(ProblemCandidateRow, candidate.id)
        if choice.snapshot is not None:
            crud.restore_in(session, choice.snapshot)
            return changes | crud.snapshot_changes(choice.snapshot)
        problem = _problem_of(session, choice.candidate_id)
        if problem is None and choice.focus:
            count = session.scalar(select(func.count(Problem.id)).where(
                Problem.collaboration_id == candidate.collaboration_id)) or 0
            problem = Problem(collaboration_id=candidate.collaboration_id, candidate_id=candidate.id,
                              title=candidate.title, in_focus=True, sort_order=count)
            session.add(problem)
            session.flush()
            choice.created_id = int(problem.id)
            _audit(session, "focus", candidate.id, {"created_problem": choice.created_id})
            return changes | Changes.of(ProblemRow, choice.created_id)
        _audit(session, "focus", candidate.id, {"focus": choice.focus})
        if problem is None:
            return changes
        if choice.previous_in_focus is None:
            choice.previous_in_focus = problem.in_focus
        problem.in_focus = choice.focus
        return changes | Changes.of(ProblemRow, problem.id)


def unchoose(db: Database, choice: FocusChoice) -> Changes:
    """Undo `choose`: the candidate's mark goes back, a problem the choice made is removed (kept for redo)."""
    with db.write() as session:
        candidate = _candidate(session, choice.candidate_id)
        candidate.selected = not choice.focus
        changes = Changes.of(ProblemCandidateRow, candidate.id)
        _audit(session, "unfocus", candidate.id, {"focus": choice.focus})
        if choice.created_id is not None:
            choice.snapshot = crud.delete_in(session, ProblemRow, choice.created_id)
            return changes | crud.snapshot_changes(choice.snapshot)
        problem = _problem_of(session, choice.candidate_id)
        if problem is not None and choice.previous_in_focus is not None:
            problem.in_focus = choice.previous_in_focus
            changes = changes | Changes.of(ProblemRow, problem.id)
        return changes


def _audit(session: Session, action: str, candidate_id: int, detail: dict[str, object]) -> None:
    session.add(AuditEntry(action=action, entity="problem_candidate", entity_id=candidate_id,
                           detail=json.dumps(detail, default=str)))
