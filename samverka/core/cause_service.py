"""Operations on a problem's cause graph: add, move, re-parent, place, event chain, five-whys chain, layout undo.

Qt-free. Simple field edits and deletes go through `crud` (its snapshot restores a deleted cause with all its
children); what touches several causes at once is one transaction here. `layout_snapshot`/`restore_layout`
give the UI an exact inverse for every multi-row change (move, re-parent, chain order, bone rename/delete).
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from samverka.core import crud
from samverka.core.cause_graph import (
    CHAIN_PHASES,
    STANDARD_BONES,
    VIEWS,
    Bone,
    CauseGraph,
    CauseNode,
    CauseView,
    ChainPhase,
    EventChain,
    cause_graph,
)
from samverka.core.cause_graph import _assemble as assemble_graph
from samverka.core.cause_links import (
    add_bone,
    delete_bone,
    evidence_options,
    link_evidence,
    link_measure,
    measures_for_cause,
    new_measure_for_cause,
    rename_bone,
    restore_bone,
    unaddressed_causes,
)
from samverka.core.cause_techniques import TechniqueSuggestion, suggest_techniques
from samverka.core.changes import Changes
from samverka.dto import CauseRow
from samverka.errors import NotFoundError, ValidationError
from samverka.models import AuditEntry, Cause
from samverka.models.db import Database

__all__ = [
    "CHAIN_PHASES", "STANDARD_BONES", "VIEWS", "Bone", "CauseGraph", "CauseNode", "CauseView", "ChainPhase",
    "EventChain", "LayoutSnapshot", "TechniqueSuggestion", "add_bone", "add_cause", "add_why", "cause_graph",
    "delete_bone", "delete_cause", "evidence_options", "layout_snapshot", "link_evidence", "link_measure",
    "measures_for_cause", "move_cause", "new_cause_values", "new_measure_for_cause", "place_cause",
    "place_in_event_chain", "rename_bone", "reparent_cause", "restore_bone", "restore_layout", "set_chain",
    "set_event_chain", "suggest_techniques", "unaddressed_causes", "why_values", "with_causes",
]

# The fields a drag, a re-parent or a chain edit may change; a snapshot of them undoes any of those.
LAYOUT_FIELDS = ("parent_id", "sort_order", "kind", "triangle_side", "controller_role", "fishbone_bone",
                 "chain_position", "chain_phase", "why_position")
PLACEMENT_FIELDS = frozenset({"triangle_side", "controller_role", "fishbone_bone", "chain_position", "chain_phase",
                              "why_position", "kind", "perspective"})
# A new child lands where its parent is drawn, so it appears beside it in every view.
INHERITED = ("triangle_side", "controller_role", "fishbone_bone", "perspective")


@dataclass(frozen=True)
class LayoutSnapshot:
    problem_id: int
    values: Mapping[int, tuple[Any, ...]]


def with_causes(graph: CauseGraph, causes: Sequence[CauseRow]) -> CauseGraph | None:
    """The graph with updated causes put in, without reading (their new rows came back from the write); None
    when a cause is not in this graph (then read the graph again)."""
    if any(c.id not in graph.nodes or c.problem_id != graph.problem_id for c in causes):
        return None
    updated = {c.id: c for c in causes}
    rows = sorted((updated.get(n.id, n.cause) for n in graph.nodes.values()), key=lambda c: (c.sort_order, c.id))
    evidence = sorted((e for n in graph.nodes.values() for e in n.evidence), key=lambda e: e.id)
    links = sorted(((n.id, m) for n in graph.nodes.values() for m in n.measure_ids), key=lambda link: link[1])
    return assemble_graph(graph.problem_id, graph.problem_title, rows, evidence, links, graph.bones)


def _empty_text() -> ValidationError:
    return ValidationError("Skriv orsaken först och tryck sedan Enter.", "Type the cause first, then press Enter.",
                           field="text")


def _cause(session: Session, cause_id: int) -> Cause:
    cause = session.get(Cause, cause_id)
    if cause is None:
        raise NotFoundError("Orsaken finns inte längre; den kan ha tagits bort. Uppdatera vyn.",
                            "The cause no longer exists; it may have been removed. Refresh the view.")
    return cause


def _audit(session: Session, action: str, entity_id: int | None, detail: Mapping[str, Any]) -> None:
    session.add(AuditEntry(action=action, entity="cause", entity_id=entity_id, detail=json.dumps(detail, default=str)))


def _next_order(session: Session, problem_id: int, parent_id: int | None) -> int:
    orders = session.scalars(select(Cause.sort_order).where(
        Cause.problem_id == problem_id, Cause.parent_id.is_not_distinct_from(parent_id))).all()
    return max(orders, default=-1) + 1


def _kind_under(parent: Cause | None, current: str) -> str:
    """The kind follows the tree: top level is direct, below it indirect; a root cause stays a root cause."""
    if current == "grundorsak":
        return current
    return "direkt" if parent is None else "indirekt"


def new_cause_values(
    db: Database, problem_id: int, text: str, parent_id: int | None = None, **placement: Any
) -> dict[str, Any]:
    """The values of a new cause at the end of its siblings; a child inherits its parent's place in the views."""
    with db.read() as session:
        return _values_in(session, problem_id, text, parent_id, placement)


def _values_in(
    session: Session, problem_id: int, text: str, parent_id: int | None, placement: Mapping[str, Any]
) -> dict[str, Any]:
    if not text.strip():
        raise _empty_text()
    unknown = set(placement) - PLACEMENT_FIELDS
    if unknown:
        raise ValueError(f"not placement fields: {sorted(unknown)}")
    parent = _cause(session, parent_id) if parent_id is not None else None
    if parent is not None and parent.problem_id != problem_id:
        raise ValueError("the parent belongs to another problem")
    values: dict[str, Any] = {"problem_id": problem_id, "parent_id": parent_id, "text": text.strip(),
                              "kind": _kind_under(parent, "direkt"),
                              "sort_order": _next_order(session, problem_id, parent_id)}
    if parent is not None:
        values.update({name: getattr(parent, name) for name in INHERITED})
    values.update(placement)
    return values


def add_cause(
    db: Database, problem_id: int, text: str, parent_id: int | None = None, **placement: Any
) -> tuple[int, Changes]:
    """A new cause at the end of its siblings, in one transaction; its fishbone bone, if given, must exist
    (checked in the write, see core/integrity.py)."""
    with db.write() as session:
        values = _values_in(session, problem_id, text, parent_id, placement)
        new_id = crud.create_in(session, db, CauseRow, values)
    return new_id, Changes.of(CauseRow, new_id)


def _why_placement(graph: CauseGraph) -> tuple[int | None, dict[str, Any]]:
    chain = graph.chain()
    last = chain[-1] if chain else None
    explicit = graph.explicit_chain()
    placement: dict[str, Any] = {}
    if explicit:
        last_position = graph.node(explicit[-1]).cause.why_position or 0
        placement["why_position"] = last_position + 1
    return last, placement


def why_values(db: Database, graph: CauseGraph, text: str) -> dict[str, Any]:
    """A new "why" at the end of the five-whys chain: a child of the last link, numbered when the chain is."""
    last, placement = _why_placement(graph)
    return new_cause_values(db, graph.problem_id, text, last, **placement)


def add_why(db: Database, graph: CauseGraph, text: str) -> tuple[int, Changes]:
    """Add the next "why" to the five-whys chain, in one transaction."""
    last, placement = _why_placement(graph)
    return add_cause(db, graph.problem_id, text, last, **placement)


def delete_cause(db: Database, cause_id: int) -> tuple[crud.Snapshot, Changes]:
    """Delete a cause with all its children, evidence links and measure links; the snapshot restores them."""
    return crud.delete_row(db, CauseRow, cause_id)


def place_cause(db: Database, cause_id: int, values: Mapping[str, Any]) -> Changes:
    """Put a cause on a triangle side, a controller role, a bone or a chain position (plain field updates)."""
    unknown = set(values) - PLACEMENT_FIELDS
    if unknown:
        raise ValueError(f"not placement fields: {sorted(unknown)}")
    return crud.update(db, CauseRow, cause_id, values).changes


def _would_cycle(session: Session, cause_id: int, new_parent_id: int) -> bool:
    current: int | None = new_parent_id
    seen: set[int] = set()
    while current is not None and current not in seen:
        if current == cause_id:
            return True
        seen.add(current)
        current = session.scalar(select(Cause.parent_id).where(Cause.id == current))
    return False


def _cycle_error() -> ValidationError:
    return ValidationError(
        "En orsak kan inte läggas under sig själv eller under en av sina egna underorsaker. "
        "Flytta den till en annan orsak eller till översta nivån.",
        "A cause cannot be placed under itself or under one of its own sub-causes. "
        "Move it to another cause or to the top level.",
        field="parent_id",
    )


def _renumber(siblings: list[Cause]) -> None:
    for order, sibling in enumerate(siblings):
        if sibling.sort_order != order:
            sibling.sort_order = order


def _siblings(session: Session, problem_id: int, parent_id: int | None, exclude: int) -> list[Cause]:
    where = Cause.parent_id.is_not_distinct_from(parent_id)
    return list(session.scalars(select(Cause).where(Cause.problem_id == problem_id, where, Cause.id != exclude)
                                .order_by(Cause.sort_order, Cause.id)))


def move_cause(db: Database, cause_id: int, index: int) -> Changes:
    """Move a cause to position `index` among its siblings (clamped); the others keep their order."""
    with db.write() as session:
        cause = _cause(session, cause_id)
        siblings = _siblings(session, cause.problem_id, cause.parent_id, cause_id)
        siblings.insert(max(0, min(index, len(siblings))), cause)
        _renumber(siblings)
        _audit(session, "move", cause_id, {"index": index})
        ids = [s.id for s in siblings]
    return Changes.of(CauseRow, *ids)


def reparent_cause(db: Database, cause_id: int, new_parent_id: int | None, index: int | None = None) -> Changes:
    """Hang a cause (with its children) under another cause, or at the top level when `new_parent_id` is None."""
    with db.write() as session:
        cause = _cause(session, cause_id)
        parent = _cause(session, new_parent_id) if new_parent_id is not None else None
        if parent is not None and parent.problem_id != cause.problem_id:
            raise ValidationError("Orsaken hör till ett annat problem.", "The cause belongs to another problem.",
                                  field="parent_id")
        if new_parent_id is not None and _would_cycle(session, cause_id, new_parent_id):
            raise _cycle_error()
        old_siblings = _siblings(session, cause.problem_id, cause.parent_id, cause_id)
        new_siblings = _siblings(session, cause.problem_id, new_parent_id, cause_id)
        cause.parent_id = new_parent_id
        cause.kind = _kind_under(parent, cause.kind)
        new_siblings.insert(len(new_siblings) if index is None else max(0, min(index, len(new_siblings))), cause)
        _renumber(old_siblings)
        _renumber(new_siblings)
        _audit(session, "reparent", cause_id, {"parent_id": new_parent_id})
        ids = [c.id for c in (*old_siblings, *new_siblings)]
    return Changes.of(CauseRow, *ids)


def set_chain(db: Database, problem_id: int, ordered_ids: list[int] | tuple[int, ...]) -> Changes:
    """Make `ordered_ids` the five-whys chain (positions 1..n); other causes of the problem leave the chain."""
    if len(set(ordered_ids)) != len(ordered_ids):
        raise ValueError("a cause can be in the chain once")
    wanted = {cause_id: position for position, cause_id in enumerate(ordered_ids, start=1)}
    changed: list[int] = []
    with db.write() as session:
        causes = session.scalars(select(Cause).where(Cause.problem_id == problem_id)).all()
        missing = set(wanted) - {c.id for c in causes}
        if missing:
            raise NotFoundError("En orsak i kedjan finns inte längre. Uppdatera vyn.",
                                "A cause in the chain no longer exists. Refresh the view.")
        for cause in causes:
            position = wanted.get(cause.id)
            if cause.why_position != position:
                cause.why_position = position
                changed.append(cause.id)
        _audit(session, "chain", None, {"problem_id": problem_id, "chain": list(ordered_ids)})
    return Changes.of(CauseRow, *changed)


def set_event_chain(db: Database, problem_id: int, phases: Mapping[str, Sequence[int]]) -> Changes:
    """Make `phases` ("före"/"under"/"efter" -> ordered cause ids) the event chain; other causes leave it."""
    unknown = set(phases) - set(CHAIN_PHASES)
    if unknown:
        raise ValueError(f"not event-chain phases: {sorted(unknown)}")
    wanted: dict[int, tuple[str, int | None]] = {}
    for phase, ids in phases.items():
        for position, cause_id in enumerate(ids, start=1):
            if cause_id in wanted:
                raise ValueError("a cause can be in the event chain once")
            wanted[cause_id] = (phase, position)
    changed: list[int] = []
    with db.write() as session:
        causes = session.scalars(select(Cause).where(Cause.problem_id == problem_id)).all()
        if set(wanted) - {c.id for c in causes}:
            raise NotFoundError("En orsak i händelsekedjan finns inte längre. Uppdatera vyn.",
                                "A cause in the event chain no longer exists. Refresh the view.")
        for cause in causes:
            place = wanted.get(cause.id, ("", None))
            if (cause.chain_phase, cause.chain_position) != place:
                cause.chain_phase, cause.chain_position = place
                changed.append(cause.id)
        _audit(session, "event chain", None, {"problem_id": problem_id, "phases": {k: list(v) for k, v in
                                                                                   phases.items()}})
    return Changes.of(CauseRow, *changed)


def place_in_event_chain(db: Database, cause_id: int, phase: str, index: int | None = None) -> Changes:
    """Put one cause into a phase at `index` (the end when None), or out of the chain with phase ""."""
    if phase and phase not in CHAIN_PHASES:
        raise ValueError(f"not an event-chain phase: {phase!r}")
    with db.read() as session:
        problem_id = _cause(session, cause_id).problem_id
    chain = cause_graph(db, problem_id).event_chain()
    phases = {p.key: [i for i in p.cause_ids if i != cause_id] for p in chain.phases}
    if phase:
        members = phases[phase]
        members.insert(len(members) if index is None else max(0, min(index, len(members))), cause_id)
    return set_event_chain(db, problem_id, phases)


def layout_snapshot(db: Database, problem_id: int) -> LayoutSnapshot:
    columns = [getattr(Cause, name) for name in LAYOUT_FIELDS]
    with db.read() as session:
        rows = session.execute(select(Cause.id, *columns).where(Cause.problem_id == problem_id)).all()
    return LayoutSnapshot(problem_id, {int(row[0]): tuple(row[1:]) for row in rows})


def restore_layout(db: Database, snapshot: LayoutSnapshot) -> Changes:
    """Put the layout fields back as they were; only rows that differ are written. Deleted causes are skipped."""
    changed: list[int] = []
    with db.write() as session:
        causes = session.scalars(select(Cause).where(Cause.problem_id == snapshot.problem_id)).all()
        for cause in causes:
            old = snapshot.values.get(cause.id)
            if old is None:
                continue
            for name, value in zip(LAYOUT_FIELDS, old, strict=True):
                if getattr(cause, name) != value:
                    setattr(cause, name, value)
                    if not changed or changed[-1] != cause.id:
                        changed.append(cause.id)
        _audit(session, "restore layout", None, {"problem_id": snapshot.problem_id, "rows": len(changed)})
    return Changes.of(CauseRow, *changed)
