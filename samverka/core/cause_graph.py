"""The cause graph of one problem as plain data: the canvases are drawn from this, never from ORM objects.

Five views over one graph: Brå's crime triangle, fishbone, event chain (händelsekedja) and cause tree, and the
five whys, which is a complement rather than one of Brå's tools.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass

from sqlalchemy import select

from samverka import vocab
from samverka.dto import CauseEvidenceRow, CauseRow
from samverka.errors import NotFoundError, Text
from samverka.models import Cause, CauseEvidence, FishboneBone, MeasureCause, Problem
from samverka.models.db import Database

STANDARD_BONES: tuple[str, ...] = tuple(vocab.FISHBONE_BONES)
CHAIN_PHASES: tuple[str, ...] = tuple(code for code in vocab.CHAIN_PHASES if code)


@dataclass(frozen=True)
class CauseView:
    """One way of looking at the graph; `bra_tool` False marks a complement to Brå's own tools."""

    key: str
    label: Text
    bra_tool: bool
    note: Text


VIEWS: tuple[CauseView, ...] = (
    CauseView("triangle", Text("Brottstriangeln", "Crime triangle"), True,
              Text("Gärningsperson, offer/mål och plats, med handledare, kapabel väktare och platsansvarig.",
                   "Offender, target/victim and place, with handler, capable guardian and place manager.")),
    CauseView("fishbone", Text("Fiskben", "Fishbone"), True,
              Text("Brås ben: brottsutsatt, gärningsperson och objekt/plats.",
                   "Brå's bones: victim, offender and object/place.")),
    CauseView("event_chain", Text("Händelsekedja", "Event chain"), True,
              Text("Vad händer före, under och efter händelsen? Kedjan kan brytas tidigt.",
                   "What happens before, during and after the event? The chain can be broken early.")),
    CauseView("tree", Text("Orsaksträd", "Cause tree"), True,
              Text("Direkta och indirekta orsaker; används sedan för att välja åtgärder.",
                   "Direct and indirect causes; used later to choose measures.")),
    CauseView("five_whys", Text("5 varför (komplement)", "Five whys (complement)"), False,
              Text("Ett komplement, inte ett av Brås verktyg: fråga varför tills ni når en grundorsak.",
                   "A complement, not one of Brå's tools: ask why until you reach a root cause.")),
)


@dataclass(frozen=True)
class ChainPhase:
    key: str  # "före", "under", "efter"
    label: Text
    cause_ids: tuple[int, ...]  # in chain order


@dataclass(frozen=True)
class EventChain:
    """The händelsekedja: causes placed before, during and after the problem event, each phase in order."""

    phases: tuple[ChainPhase, ...]
    unplaced: tuple[int, ...]  # causes not (yet) in the chain, in tree order

    def phase(self, key: str) -> ChainPhase:
        for phase in self.phases:
            if phase.key == key:
                return phase
        raise KeyError(key)

    def ordered(self) -> tuple[int, ...]:
        """The whole chain from the first "före" to the last "efter"."""
        return tuple(cause_id for phase in self.phases for cause_id in phase.cause_ids)


@dataclass(frozen=True)
class CauseNode:
    cause: CauseRow
    children: tuple[int, ...]
    evidence: tuple[CauseEvidenceRow, ...]
    measure_ids: tuple[int, ...]
    depth: int

    @property
    def id(self) -> int:
        return self.cause.id

    @property
    def addressed(self) -> bool:
        """True when at least one measure says it works on this cause."""
        return bool(self.measure_ids)


@dataclass(frozen=True)
class Bone:
    """A fishbone bone: one of Brå's three (custom_id None) or one the facilitator added."""

    name: str
    label: Text
    custom_id: int | None = None


@dataclass(frozen=True)
class CauseGraph:
    problem_id: int
    problem_title: str
    nodes: Mapping[int, CauseNode]
    roots: tuple[int, ...]
    bones: tuple[Bone, ...]

    def __len__(self) -> int:
        return len(self.nodes)

    def __contains__(self, cause_id: object) -> bool:
        return cause_id in self.nodes

    def node(self, cause_id: int) -> CauseNode:
        return self.nodes[cause_id]

    def siblings(self, cause_id: int) -> tuple[int, ...]:
        parent = self.nodes[cause_id].cause.parent_id
        return self.roots if parent is None else self.nodes[parent].children

    def preorder(self, start: tuple[int, ...] | None = None) -> Iterator[int]:
        """Every cause, parents before children, siblings in their order."""
        stack = list(reversed(self.roots if start is None else start))
        while stack:
            current = stack.pop()
            yield current
            stack.extend(reversed(self.nodes[current].children))

    def descendants(self, cause_id: int) -> set[int]:
        return set(self.preorder(self.nodes[cause_id].children))

    def ancestors(self, cause_id: int) -> list[int]:
        """Parent first, root last."""
        chain: list[int] = []
        parent = self.nodes[cause_id].cause.parent_id
        while parent is not None and parent in self.nodes and parent not in chain:
            chain.append(parent)
            parent = self.nodes[parent].cause.parent_id
        return chain

    def explicit_chain(self) -> tuple[int, ...]:
        """The five-whys chain as the facilitator ordered it (`why_position`)."""
        placed = [n for n in self.nodes.values() if n.cause.why_position is not None]
        placed.sort(key=lambda n: (n.cause.why_position or 0, n.cause.sort_order, n.id))
        return tuple(n.id for n in placed)

    def chain(self) -> tuple[int, ...]:
        """The five-whys chain: why_position order when set, else the deepest parent path (first in order)."""
        explicit = self.explicit_chain()
        if explicit:
            return explicit
        deepest: int | None = None
        for cause_id in self.preorder():
            if deepest is None or self.nodes[cause_id].depth > self.nodes[deepest].depth:
                deepest = cause_id
        if deepest is None:
            return ()
        return (*reversed(self.ancestors(deepest)), deepest)

    def event_chain(self) -> EventChain:
        """The händelsekedja: each phase's causes by `chain_position` (then tree order); the rest unplaced."""
        order = {cause_id: index for index, cause_id in enumerate(self.preorder())}
        phases = []
        for key in CHAIN_PHASES:
            members = [n for n in self.nodes.values() if n.cause.chain_phase == key]
            members.sort(key=lambda n: (n.cause.chain_position is None, n.cause.chain_position or 0,
                                        order.get(n.id, 0)))
            sv, en = vocab.CHAIN_PHASES[key]
            phases.append(ChainPhase(key, Text(sv, en), tuple(n.id for n in members)))
        unplaced = tuple(i for i in self.preorder() if self.nodes[i].cause.chain_phase not in CHAIN_PHASES)
        return EventChain(tuple(phases), unplaced)

    def effective_bone(self, cause_id: int) -> str:
        """A cause without a bone of its own sits on its nearest ancestor's bone."""
        for candidate in (cause_id, *self.ancestors(cause_id)):
            bone = self.nodes[candidate].cause.fishbone_bone
            if bone:
                return bone
        return ""

    def unaddressed(self) -> tuple[int, ...]:
        return tuple(i for i in self.preorder() if not self.nodes[i].addressed)


def _standard_bones() -> list[Bone]:
    return [Bone(code, Text(sv, en)) for code, (sv, en) in vocab.FISHBONE_BONES.items()]


def cause_graph(db: Database, problem_id: int) -> CauseGraph:
    """Read the whole graph of one problem in one session."""
    with db.read() as session:
        problem = session.get(Problem, problem_id)
        if problem is None:
            raise NotFoundError(
                "Problemet finns inte längre; det kan ha tagits bort. Välj ett annat problem.",
                "The problem no longer exists; it may have been removed. Choose another problem.",
            )
        # Plain rows, not ORM objects: a redraw reads hundreds of causes and needs no identity map.
        cause_table, evidence_table = Cause.__table__, CauseEvidence.__table__
        causes = [CauseRow(**row._mapping) for row in session.execute(
            select(cause_table).where(cause_table.c.problem_id == problem_id)
            .order_by(cause_table.c.sort_order, cause_table.c.id))]
        ids = [c.id for c in causes]
        evidence = [CauseEvidenceRow(**row._mapping) for row in session.execute(
            select(evidence_table).where(evidence_table.c.cause_id.in_(ids)).order_by(evidence_table.c.id))]
        links = session.execute(
            select(MeasureCause.cause_id, MeasureCause.measure_id).where(MeasureCause.cause_id.in_(ids))
            .order_by(MeasureCause.measure_id)).all()
        custom = session.scalars(
            select(FishboneBone).where(FishboneBone.problem_id == problem_id)
            .order_by(FishboneBone.sort_order, FishboneBone.id)).all()
        bones = _standard_bones() + [Bone(b.name, Text(b.name, b.name), b.id) for b in custom]
        title = problem.title
    return _assemble(problem_id, title, causes, evidence, [(int(a), int(b)) for a, b in links], tuple(bones))


def _assemble(
    problem_id: int, title: str, causes: list[CauseRow], evidence: list[CauseEvidenceRow],
    links: list[tuple[int, int]], bones: tuple[Bone, ...],
) -> CauseGraph:
    known = {c.id for c in causes}
    children: dict[int | None, list[int]] = {}
    for cause in causes:  # already in sort order
        parent = cause.parent_id if cause.parent_id in known else None
        children.setdefault(parent, []).append(cause.id)
    by_cause: dict[int, list[CauseEvidenceRow]] = {}
    for row in evidence:
        by_cause.setdefault(row.cause_id, []).append(row)
    measures: dict[int, list[int]] = {}
    for cause_id, measure_id in links:
        measures.setdefault(cause_id, []).append(measure_id)
    depth: dict[int, int] = {}
    stack = [(root, 0) for root in children.get(None, [])]
    while stack:
        current, level = stack.pop()
        depth[current] = level
        stack.extend((child, level + 1) for child in children.get(current, []))
    nodes = {
        c.id: CauseNode(c, tuple(children.get(c.id, ())), tuple(by_cause.get(c.id, ())),
                        tuple(measures.get(c.id, ())), depth.get(c.id, 0))
        for c in causes
    }
    return CauseGraph(problem_id, title, nodes, tuple(children.get(None, ())), bones)
