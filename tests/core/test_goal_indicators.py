"""An indicator made from a goal (issue 12 item 10): made and linked in one action, undone exactly."""

from __future__ import annotations

from typing import Any

from samverka.core import crud
from samverka.core.goal_indicators import drop_new_indicator, new_indicator_for_goal
from samverka.dto import GoalRow, IndicatorRow, ProblemRow


def test_new_indicator_is_linked_and_its_undo_restores_the_old_link(db: Any) -> None:
    problem, _ = crud.create(db, ProblemRow, title="Otrygghet")
    old, _ = crud.create(db, IndicatorRow, name="Gammal indikator")
    goal, _ = crud.create(db, GoalRow, problem_id=problem, type="effekt", text="Minska otryggheten",
                          indicator_id=old)
    made, previous, changes = new_indicator_for_goal(db, goal, "Andel otrygga", "%")
    assert previous == old and changes.touches(IndicatorRow) and changes.touches(GoalRow)
    assert crud.get(db, GoalRow, goal).indicator_id == made
    assert (crud.get(db, IndicatorRow, made).name, crud.get(db, IndicatorRow, made).unit) == ("Andel otrygga", "%")
    drop_new_indicator(db, goal, made, previous)
    assert crud.get(db, GoalRow, goal).indicator_id == old
    assert [i.id for i in crud.list_rows(db, IndicatorRow)] == [old]


def test_undo_when_the_old_indicator_is_gone_leaves_no_link(db: Any) -> None:
    problem, _ = crud.create(db, ProblemRow, title="Otrygghet")
    old, _ = crud.create(db, IndicatorRow, name="Gammal")
    goal, _ = crud.create(db, GoalRow, problem_id=problem, type="effekt", text="Mål", indicator_id=old)
    made, previous, _ = new_indicator_for_goal(db, goal, "Ny")
    crud.delete_row(db, IndicatorRow, old)
    drop_new_indicator(db, goal, made, previous)
    assert crud.get(db, GoalRow, goal).indicator_id is None and crud.list_rows(db, IndicatorRow) == []
