"""Graph operations through the UndoManager (no widgets): every change undoes and redoes exactly."""

from __future__ import annotations

from samverka.core import cause_service as cs
from samverka.core import crud
from samverka.dto import CauseRow, ObservationRow
from samverka.models.db import Database
from samverka.ui.causes.actions import CauseActions
from samverka.ui.context import make_context


def _shape(db: Database, problem: int) -> list[tuple[int, int | None, int, str, str]]:
    graph = cs.cause_graph(db, problem)
    return [(i, graph.node(i).cause.parent_id, graph.node(i).cause.sort_order, graph.node(i).cause.text,
             graph.node(i).cause.kind) for i in graph.preorder()]


def test_every_operation_undoes_and_redoes(qapp, sqlite_db: Database) -> None:  # type: ignore[no-untyped-def]
    db = sqlite_db
    problem, _ = crud.create(db, "problem", {"title": "Skadegörelse"})
    ctx = make_context(db)
    errors: list[str] = []
    ctx.bus.error_raised.connect(errors.append)
    actions = CauseActions(ctx)
    a = actions.add(problem, "A")
    b = actions.add(problem, "B")
    assert a is not None and b is not None
    c = actions.add(problem, "C", a)
    assert c is not None
    states = [_shape(db, problem)]
    steps = [
        lambda: actions.edit(crud.get(db, CauseRow, c), text="C ändrad", confidence="hög", votes=3),
        lambda: actions.move(problem, b, 0),
        lambda: actions.reparent(problem, a, b),
        lambda: actions.set_chain(problem, [b, a, c]),
        lambda: actions.delete(b),
    ]
    for step in steps:
        assert step()
        states.append(_shape(db, problem))
    assert states[-1] == []
    stack = ctx.undo.stack
    for expected in reversed(states[:-1]):
        stack.undo()
        assert _shape(db, problem) == expected
    for expected in states[1:]:
        stack.redo()
        assert _shape(db, problem) == expected
    assert errors == []
    ctx.undo.clear()


def test_refused_changes_are_not_pushed(qapp, sqlite_db: Database) -> None:  # type: ignore[no-untyped-def]
    db = sqlite_db
    problem, _ = crud.create(db, "problem", {"title": "Skadegörelse"})
    ctx = make_context(db)
    errors: list[str] = []
    ctx.bus.error_raised.connect(errors.append)
    actions = CauseActions(ctx)
    a = actions.add(problem, "A")
    assert a is not None
    b = actions.add(problem, "B", a)
    assert b is not None
    count = ctx.undo.stack.count()
    assert not actions.reparent(problem, a, b)
    assert actions.add(problem, "   ") is None
    cause = crud.get(db, CauseRow, a)
    assert not actions.edit(cause, text="")
    assert not actions.edit(cause, fishbone_bone="Finns inte")
    assert ctx.undo.stack.count() == count
    assert len(errors) == 4
    assert "under sig själv" in errors[0]
    ctx.undo.clear()


def test_bones_measures_and_evidence_undo(qapp, sqlite_db: Database) -> None:  # type: ignore[no-untyped-def]
    db = sqlite_db
    problem, _ = crud.create(db, "problem", {"title": "Skadegörelse"})
    ctx = make_context(db)
    actions = CauseActions(ctx)
    bone = actions.add_bone(problem, "Tider")
    assert bone is not None
    a = actions.add(problem, "A", fishbone_bone="Tider")
    assert a is not None
    assert actions.rename_bone(bone, "Tider", "Scheman")
    assert crud.get(db, "cause", a).fishbone_bone == "Scheman"
    assert actions.delete_bone(bone)
    assert crud.get(db, "cause", a).fishbone_bone == ""
    measure = actions.new_measure(a, "Belysning")
    assert measure is not None
    observation, _ = crud.create(db, "observation", {"category": "Belysning"})
    link = actions.link_evidence(a, ObservationRow, observation)
    assert link is not None
    graph = cs.cause_graph(db, problem)
    assert graph.node(a).measure_ids == (measure,) and len(graph.node(a).evidence) == 1
    stack = ctx.undo.stack
    stack.undo()  # evidence
    stack.undo()  # measure (and its link)
    graph = cs.cause_graph(db, problem)
    assert graph.node(a).measure_ids == () and graph.node(a).evidence == ()
    assert crud.list_rows(db, "measure") == []
    stack.undo()  # bone deleted -> back, with its cause
    assert crud.get(db, "cause", a).fishbone_bone == "Scheman"
    stack.undo()  # rename
    assert crud.get(db, "cause", a).fishbone_bone == "Tider"
    for _ in range(4):
        stack.redo()
    graph = cs.cause_graph(db, problem)
    assert graph.node(a).measure_ids == (measure,)
    assert [b.name for b in graph.bones] == ["brottsutsatt", "gärningsperson", "objekt/plats"]
    ctx.undo.clear()
