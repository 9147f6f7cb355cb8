"""A goal's indicator made from the goal itself (issue 12 item 10): the new indicator and the goal's link to it
are one user action, and its undo puts back the link the goal had before."""

from __future__ import annotations

from sqlalchemy import select

from samverka.core import crud
from samverka.core.changes import Changes
from samverka.dto import GoalRow, IndicatorRow
from samverka.errors import NotFoundError
from samverka.models import Goal, Indicator
from samverka.models.db import Database


def _goal_gone() -> NotFoundError:
    return NotFoundError("Målet finns inte längre. Uppdatera vyn.", "The goal no longer exists. Refresh the view.")


def new_indicator_for_goal(db: Database, goal_id: int, name: str, unit: str = "") -> tuple[int, int | None, Changes]:
    """Make an indicator and link the goal to it: (indicator id, the goal's previous indicator id, Changes)."""
    with db.write() as session:
        goal = session.get(Goal, goal_id, with_for_update=True)
        if goal is None:
            raise _goal_gone()
        previous = goal.indicator_id
        indicator_id = crud.create_in(session, db, IndicatorRow, {"name": name, "unit": unit})
        goal.indicator_id = indicator_id
    return indicator_id, previous, Changes.of(IndicatorRow, indicator_id) | Changes.of(GoalRow, goal_id)


def drop_new_indicator(db: Database, goal_id: int, indicator_id: int, previous: int | None) -> Changes:
    """The undo of `new_indicator_for_goal`: the indicator goes and the goal points where it pointed before."""
    with db.write() as session:
        goal = session.get(Goal, goal_id, with_for_update=True)
        if goal is None:
            raise _goal_gone()
        still_there = session.scalar(select(Indicator.id).where(Indicator.id == previous)) if previous else None
        goal.indicator_id = still_there
        session.flush()
        crud.delete_in(session, IndicatorRow, indicator_id)
    return Changes.of(IndicatorRow, indicator_id) | Changes.of(GoalRow, goal_id)
