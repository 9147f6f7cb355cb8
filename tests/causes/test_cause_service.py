"""The cause graph's operations on a real collaboration file: add, edit, move, re-parent, delete, chain, links."""

from __future__ import annotations

import pytest

from samverka.core import cause_service as cs
from samverka.core import crud
from samverka.dto import ObservationRow
from samverka.errors import ValidationError
from samverka.models.db import Database


def _texts(db: Database, problem_id: int, ids: tuple[int, ...]) -> list[str]:
    graph = cs.cause_graph(db, problem_id)
    return [graph.node(i).cause.text for i in ids]


def test_add_cause_and_child_build_the_graph(db: Database, problem_id: int) -> None:
    top, changes = cs.add_cause(
        db, problem_id, "  Mörkt i parken ", triangle_side="plats", fishbone_bone="objekt/plats")
    child, _ = cs.add_cause(db, problem_id, "Trasiga lampor", top)
    second, _ = cs.add_cause(db, problem_id, "Ingen vuxen på plats")
    assert changes.ids("cause") == {top}
    graph = cs.cause_graph(db, problem_id)
    assert graph.roots == (top, second)
    assert graph.node(top).children == (child,)
    assert graph.node(top).cause.text == "Mörkt i parken"
    # The child inherits where its parent is drawn and is an indirect cause one level down.
    assert graph.node(child).cause.triangle_side == "plats"
    assert graph.node(child).cause.fishbone_bone == "objekt/plats"
    assert graph.node(child).cause.kind == "indirekt"
    assert graph.node(child).depth == 1
    assert list(graph.preorder()) == [top, child, second]


def test_empty_text_is_refused(db: Database, problem_id: int) -> None:
    with pytest.raises(ValidationError, match="Skriv orsaken"):
        cs.add_cause(db, problem_id, "   ")


def test_move_within_siblings(db: Database, problem_id: int) -> None:
    ids = [cs.add_cause(db, problem_id, f"Orsak {n}")[0] for n in range(4)]
    cs.move_cause(db, ids[3], 0)
    assert cs.cause_graph(db, problem_id).roots == (ids[3], ids[0], ids[1], ids[2])
    cs.move_cause(db, ids[3], 99)
    assert cs.cause_graph(db, problem_id).roots == (ids[0], ids[1], ids[2], ids[3])


def test_reparent_and_cycle_refusal(db: Database, problem_id: int) -> None:
    a, _ = cs.add_cause(db, problem_id, "A")
    b, _ = cs.add_cause(db, problem_id, "B", a)
    c, _ = cs.add_cause(db, problem_id, "C", b)
    d, _ = cs.add_cause(db, problem_id, "D")
    cs.reparent_cause(db, d, b, index=0)
    graph = cs.cause_graph(db, problem_id)
    assert graph.node(b).children == (d, c)
    assert graph.node(d).cause.kind == "indirekt"
    for target in (a, b, c):
        with pytest.raises(ValidationError, match="under sig själv"):
            cs.reparent_cause(db, a, target)
    cs.reparent_cause(db, b, None)
    graph = cs.cause_graph(db, problem_id)
    assert graph.roots == (a, b)
    assert graph.node(b).cause.kind == "direkt"
    assert graph.descendants(b) == {c, d}


def test_delete_with_children_and_restore(db: Database, problem_id: int) -> None:
    a, _ = cs.add_cause(db, problem_id, "A")
    b, _ = cs.add_cause(db, problem_id, "B", a)
    c, _ = cs.add_cause(db, problem_id, "C", b)
    measure, _ = cs.new_measure_for_cause(db, c, "Belysning")
    snapshot, changes = cs.delete_cause(db, a)
    assert changes.ids("cause") == {a, b, c}
    assert len(cs.cause_graph(db, problem_id)) == 0
    assert crud.get(db, "measure", measure).title == "Belysning"  # the measure stays; only the link goes
    crud.restore(db, snapshot)
    graph = cs.cause_graph(db, problem_id)
    assert list(graph.preorder()) == [a, b, c]
    assert graph.node(c).measure_ids == (measure,)


def test_layout_snapshot_undoes_a_reparent(db: Database, problem_id: int) -> None:
    a, _ = cs.add_cause(db, problem_id, "A")
    b, _ = cs.add_cause(db, problem_id, "B")
    c, _ = cs.add_cause(db, problem_id, "C")
    before = cs.layout_snapshot(db, problem_id)
    cs.reparent_cause(db, a, c)
    assert cs.cause_graph(db, problem_id).roots == (b, c)
    changes = cs.restore_layout(db, before)
    assert a in changes.ids("cause")
    graph = cs.cause_graph(db, problem_id)
    assert graph.roots == (a, b, c)
    assert graph.node(a).cause.kind == "direkt"


def test_five_whys_chain_explicit_and_from_parents(db: Database, problem_id: int) -> None:
    graph = cs.cause_graph(db, problem_id)
    first, _ = crud.create(db, "cause", cs.why_values(db, graph, "Varför 1"))
    second, _ = crud.create(db, "cause", cs.why_values(db, cs.cause_graph(db, problem_id), "Varför 2"))
    other, _ = cs.add_cause(db, problem_id, "Sidospår")
    graph = cs.cause_graph(db, problem_id)
    assert graph.chain() == (first, second)  # the deepest parent path
    assert graph.node(second).cause.parent_id == first
    cs.set_chain(db, problem_id, [other, first])
    graph = cs.cause_graph(db, problem_id)
    assert graph.chain() == (other, first)
    third, _ = crud.create(db, "cause", cs.why_values(db, graph, "Varför 3"))
    graph = cs.cause_graph(db, problem_id)
    assert graph.chain() == (other, first, third)
    assert graph.node(third).cause.parent_id == first
    cs.set_chain(db, problem_id, [])
    assert cs.cause_graph(db, problem_id).explicit_chain() == ()


def test_place_cause_checks_bones(db: Database, problem_id: int) -> None:
    a, _ = cs.add_cause(db, problem_id, "A")
    cs.place_cause(db, a, {"triangle_side": "offer", "controller_role": "guardian"})
    with pytest.raises(ValidationError, match="Lägg till benet"):
        cs.place_cause(db, a, {"fishbone_bone": "Okänt ben"})
    with pytest.raises(ValidationError):
        cs.place_cause(db, a, {"triangle_side": "himlen"})
    cs.add_bone(db, problem_id, "Tider")
    cs.place_cause(db, a, {"fishbone_bone": "Tider"})
    assert crud.get(db, "cause", a).fishbone_bone == "Tider"


def test_custom_bones_rename_delete_restore(db: Database, problem_id: int) -> None:
    bone, _ = cs.add_bone(db, problem_id, " Tider  och scheman ")
    a, _ = cs.add_cause(db, problem_id, "A", fishbone_bone="Tider och scheman")
    with pytest.raises(ValidationError, match="redan ett ben"):
        cs.add_bone(db, problem_id, "tider och SCHEMAN")
    with pytest.raises(ValidationError, match="redan ett ben"):
        cs.add_bone(db, problem_id, "Gärningsperson")
    cs.rename_bone(db, bone, "Scheman")
    assert crud.get(db, "cause", a).fishbone_bone == "Scheman"
    removal, _ = cs.delete_bone(db, bone)
    assert crud.get(db, "cause", a).fishbone_bone == ""
    assert [b.name for b in cs.cause_graph(db, problem_id).bones][3:] == []
    cs.restore_bone(db, removal)
    assert crud.get(db, "cause", a).fishbone_bone == "Scheman"
    assert cs.cause_graph(db, problem_id).bones[3].custom_id == bone


def test_evidence_links(db: Database, problem_id: int) -> None:
    a, _ = cs.add_cause(db, problem_id, "A")
    observation, _ = crud.create(db, "observation", {"category": "Belysning", "description": "14 felanmälningar"})
    link, _ = cs.link_evidence(db, a, observation_id=observation)
    with pytest.raises(ValidationError, match="redan kopplat"):
        cs.link_evidence(db, a, observation_id=observation)
    assert cs.cause_graph(db, problem_id).node(a).evidence[0].id == link
    options = cs.evidence_options(db)
    assert [(o.kind, o.id) for o in options] == [(ObservationRow, observation)]
    assert "Belysning" in options[0].label


def test_measures_and_unaddressed(db: Database, problem_id: int) -> None:
    a, _ = cs.add_cause(db, problem_id, "A")
    b, _ = cs.add_cause(db, problem_id, "B")
    assert [c.id for c in cs.unaddressed_causes(db, problem_id)] == [a, b]
    measure, changes = cs.new_measure_for_cause(db, a, "Belysning")
    assert changes.touches("measure", "measure_cause")
    assert [m.id for m in cs.measures_for_cause(db, a)] == [measure]
    assert crud.get(db, "measure", measure).problem_id == problem_id
    assert [c.id for c in cs.unaddressed_causes(db, problem_id)] == [b]
    cs.link_measure(db, b, measure)
    assert cs.unaddressed_causes(db, problem_id) == []
    assert cs.cause_graph(db, problem_id).unaddressed() == ()
    with pytest.raises(ValidationError):
        cs.new_measure_for_cause(db, a, " ")


@pytest.mark.parametrize(
    ("side", "role", "first"),
    [("plats", "manager", [7, 9, 1, 2, 24]), ("gärningsperson", "handler", [4, 19, 23, 25, 5]),
     ("offer", "guardian", [6, 10, 11, 12, 13])],
)
def test_suggest_techniques_pairs(side: str, role: str, first: list[int]) -> None:
    suggestions = cs.suggest_techniques(side, role)
    assert [s.technique_id for s in suggestions][:5] == first
    assert all(s.reason.sv and s.reason.en for s in suggestions)


def test_suggest_techniques_side_only_and_none() -> None:
    assert [s.technique_id for s in cs.suggest_techniques("offer", "")][:3] == [1, 11, 12]
    assert 9 in [s.technique_id for s in cs.suggest_techniques("", "manager")]
    assert cs.suggest_techniques("", "") == []


def test_lund_graph(lund: tuple[Database, int, dict[str, int]]) -> None:
    db, problem, ids = lund
    graph = cs.cause_graph(db, problem)
    assert len(graph) == 14
    assert _texts(db, problem, graph.chain())[-1] == "Vaktpass och belysning planerades för dagtid"
    assert graph.effective_bone(ids["watched"]) == "brottsutsatt"
    assert ids["dark"] not in graph.unaddressed()
    assert ids["shops"] in graph.unaddressed()
