"""Choosing a problem candidate for focus: it gets (or gets back) its `problem` row, as one undo step.

Taking a problem out of focus never deletes its description; it only sets `in_focus` off.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from samverka.core import crud
from samverka.core.changes import Changes
from samverka.ui.context import UiContext


class FocusToggle:
    """do/undo for one candidate; the created problem is put back with its id on redo."""

    def __init__(self, ctx: UiContext, candidate: Any, focus: bool) -> None:
        self.ctx = ctx
        self.candidate_id = candidate.id
        self.title = candidate.title
        self.focus = focus
        self.created_id: int | None = None
        self.snapshot: crud.Snapshot | None = None
        self.previous_in_focus: bool | None = None

    def _problem(self) -> Any:
        rows = crud.list_rows(self.ctx.db, "problem", candidate_id=self.candidate_id)
        return rows[0] if rows else None

    def do(self) -> Changes:
        db = self.ctx.db
        changes = crud.update(db, "problem_candidate", self.candidate_id, {"selected": self.focus})
        if self.snapshot is not None:
            return changes | crud.restore(db, self.snapshot)
        problem = self._problem()
        if problem is None and self.focus:
            count = len(crud.list_rows(db, "problem"))
            self.created_id, created = crud.create(db, "problem", {
                "candidate_id": self.candidate_id, "title": self.title, "in_focus": True, "sort_order": count,
            })
            self.ctx.state.set_problem(self.created_id)
            return changes | created
        if problem is not None:
            self.previous_in_focus = problem.in_focus
            changes = changes | crud.update(db, "problem", problem.id, {"in_focus": self.focus})
        return changes

    def undo(self) -> Changes:
        db = self.ctx.db
        changes = crud.update(db, "problem_candidate", self.candidate_id, {"selected": not self.focus})
        if self.created_id is not None:
            self.snapshot, removed = crud.delete_row(db, "problem", self.created_id)
            return changes | removed
        problem = self._problem()
        if problem is not None and self.previous_in_focus is not None:
            changes = changes | crud.update(db, "problem", problem.id, {"in_focus": self.previous_in_focus})
        return changes


def set_focus(ctx: UiContext, candidate: Any, focus: bool) -> bool:
    toggle = FocusToggle(ctx, candidate, focus)
    text = (QCoreApplication.translate("Focus", "Välj problem i fokus") if focus
            else QCoreApplication.translate("Focus", "Ta bort problem ur fokus"))
    return ctx.undo.call(text, toggle.do, toggle.undo)
