"""What a drop means: on a note it re-parents (or, at a tree note's edge, places beside it); on a zone it
re-classifies (triangle side, bone), re-orders the five-whys chain, or moves the cause to the top level."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from samverka.core.cause_graph import CauseGraph
from samverka.ui.causes.actions import CauseActions, placement_for_zone


@dataclass(frozen=True)
class DropTarget:
    """Either a note (`cause_id`, with `edge` -1 before / 0 onto / 1 after) or a zone's `target` values."""

    cause_id: int | None = None
    edge: int = 0
    zone: dict[str, Any] | None = None


def apply_drop(actions: CauseActions, graph: CauseGraph, dragged: int, target: DropTarget) -> bool:
    """Run the undoable change a drop asks for; False when the drop means nothing (the note snaps back)."""
    problem = graph.problem_id
    if target.cause_id is not None:
        if target.cause_id == dragged:
            return False
        if target.edge:
            return _beside(actions, graph, dragged, target.cause_id, target.edge)
        return actions.reparent(problem, dragged, target.cause_id)
    zone = target.zone or {}
    if "chain_insert" in zone:
        return _chain_insert(actions, graph, dragged, int(zone["chain_insert"]))
    if "chain_remove" in zone:
        chain = [i for i in graph.chain() if i != dragged]
        return dragged in graph.chain() and actions.set_chain(problem, chain)
    if zone.get("parent") == "top":
        return graph.node(dragged).cause.parent_id is not None and actions.reparent(problem, dragged, None)
    placement = placement_for_zone(zone)
    cause = graph.node(dragged).cause
    changed = {k: v for k, v in placement.items() if getattr(cause, k) != v}
    return bool(changed) and actions.edit(cause, **changed)


def _beside(actions: CauseActions, graph: CauseGraph, dragged: int, anchor: int, edge: int) -> bool:
    if anchor in graph.descendants(dragged):
        return actions.reparent(graph.problem_id, dragged, anchor)  # refused with a clear message
    parent = graph.node(anchor).cause.parent_id
    siblings = [i for i in graph.siblings(anchor) if i != dragged]
    index = siblings.index(anchor) + (1 if edge > 0 else 0)
    if graph.node(dragged).cause.parent_id == parent:
        return actions.move(graph.problem_id, dragged, index)
    return actions.reparent(graph.problem_id, dragged, parent, index)


def _chain_insert(actions: CauseActions, graph: CauseGraph, dragged: int, index: int) -> bool:
    chain = list(graph.chain())
    if dragged in chain:
        if chain.index(dragged) < index:
            index -= 1
        chain.remove(dragged)
    chain.insert(max(0, min(index, len(chain))), dragged)
    if tuple(chain) == graph.explicit_chain():
        return False
    return actions.set_chain(graph.problem_id, chain)
