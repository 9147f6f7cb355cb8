"""Choosing a problem candidate for focus, as one undo step (the rules are in core/focus_service.py)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from samverka.ui.context import UiContext


def set_focus(ctx: UiContext, candidate_id: int, focus: bool) -> bool:
    from samverka.core import focus_service

    choice = focus_service.FocusChoice(candidate_id, focus)
    db = ctx.db
    text = (QCoreApplication.translate("Focus", "Välj problem i fokus") if focus
            else QCoreApplication.translate("Focus", "Ta bort problem ur fokus"))
    outcome = ctx.undo.call(text, lambda: focus_service.choose(db, choice),
                            lambda: focus_service.unchoose(db, choice))
    if outcome and choice.created_id is not None:
        ctx.state.set_problem(choice.created_id)  # the new problem is the one to describe next
    return outcome.saved
