"""The event chain (händelsekedja), a fifth view over the cause graph; five whys labelled a complement."""

from __future__ import annotations

import pytest

from samverka import vocab
from samverka.core import cause_service as cs
from samverka.core import crud
from samverka.errors import NotFoundError
from samverka.models.db import Database


@pytest.fixture
def problem(db: Database) -> int:
    problem_id, _ = crud.create(db, "problem", {"title": "Buskörning med moped"})
    return problem_id


def _causes(db: Database, problem: int, *texts: str) -> list[int]:
    return [cs.add_cause(db, problem, text)[0] for text in texts]


def test_phases_in_order_and_the_rest_unplaced(db: Database, problem: int) -> None:
    need, buy, tune, ride, noise = _causes(db, problem, "Behov av moped", "Köper moped", "Trimmar",
                                           "Kör i området", "Störningar")
    changes = cs.set_event_chain(db, problem, {"före": [need, buy, tune], "under": [ride]})
    assert changes.ids("cause") == {need, buy, tune, ride}
    chain = cs.cause_graph(db, problem).event_chain()
    assert [(p.key, p.cause_ids) for p in chain.phases] == [
        ("före", (need, buy, tune)), ("under", (ride,)), ("efter", ())]
    assert chain.ordered() == (need, buy, tune, ride)
    assert chain.unplaced == (noise,)
    assert chain.phase("före").label.en == "Before"
    # The event chain and the five whys keep separate orders.
    cs.set_chain(db, problem, [noise, need])
    graph = cs.cause_graph(db, problem)
    assert graph.chain() == (noise, need)
    assert graph.event_chain().ordered() == (need, buy, tune, ride)


def test_place_one_cause_and_take_it_out(db: Database, problem: int) -> None:
    a, b, c = _causes(db, problem, "A", "B", "C")
    cs.place_in_event_chain(db, a, "under")
    cs.place_in_event_chain(db, b, "under")
    cs.place_in_event_chain(db, c, "under", 0)
    assert cs.cause_graph(db, problem).event_chain().phase("under").cause_ids == (c, a, b)
    cs.place_in_event_chain(db, c, "efter")
    chain = cs.cause_graph(db, problem).event_chain()
    assert chain.phase("under").cause_ids == (a, b) and chain.phase("efter").cause_ids == (c,)
    assert [crud.get(db, "cause", i).chain_position for i in (a, b, c)] == [1, 2, 1]
    cs.place_in_event_chain(db, a, "")
    chain = cs.cause_graph(db, problem).event_chain()
    assert chain.phase("under").cause_ids == (b,) and chain.unplaced == (a,)
    assert crud.get(db, "cause", b).chain_position == 1


def test_layout_undo_restores_the_chain(db: Database, problem: int) -> None:
    a, b = _causes(db, problem, "A", "B")
    before = cs.layout_snapshot(db, problem)
    cs.set_event_chain(db, problem, {"före": [b, a]})
    cs.restore_layout(db, before)
    assert cs.cause_graph(db, problem).event_chain().unplaced == (a, b)


def test_bad_input_is_refused(db: Database, problem: int) -> None:
    (a,) = _causes(db, problem, "A")
    with pytest.raises(ValueError, match="phases"):
        cs.set_event_chain(db, problem, {"sedan": [a]})
    with pytest.raises(ValueError, match="once"):
        cs.set_event_chain(db, problem, {"före": [a], "efter": [a]})
    with pytest.raises(NotFoundError):
        cs.set_event_chain(db, problem, {"före": [a + 999]})


def test_views_name_brås_tools_and_the_complement() -> None:
    keys = [view.key for view in cs.VIEWS]
    assert keys == ["triangle", "fishbone", "event_chain", "tree", "five_whys"]
    five = cs.VIEWS[-1]
    assert not five.bra_tool and "komplement" in five.label.sv and "inte ett av Brås verktyg" in five.note.sv
    assert all(view.bra_tool for view in cs.VIEWS[:-1])
    assert vocab.CONTROLLER_ROLES["handler"][0] == "Handledare"


def test_a_new_cause_goes_straight_into_a_phase(db: Database, problem: int) -> None:
    first, last = _causes(db, problem, "Behov av moped", "Kör i området")
    cs.set_event_chain(db, problem, {"före": [first, last]})
    middle, changes = cs.add_to_event_chain(db, problem, "Köper en trimmad moped", "före", 1)
    assert changes.ids("cause") == {middle, last}  # the new one and the one that moved down a place
    assert cs.cause_graph(db, problem).event_chain().phase("före").cause_ids == (first, middle, last)
    child, _ = cs.add_to_event_chain(db, problem, "Säljs på nätet", "under", parent_id=middle)
    graph = cs.cause_graph(db, problem)
    assert graph.node(child).cause.parent_id == middle and graph.event_chain().phase("under").cause_ids == (child,)
    with pytest.raises(ValueError):
        cs.add_to_event_chain(db, problem, "Text", "sedan")
