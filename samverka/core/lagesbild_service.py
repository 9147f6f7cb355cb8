"""Step 2: each party's own lägesbild (with its sources) and the law's parts of the shared one.

Brå's "egna förberedelser": the kommun, the police and the other parties each map their own picture before it
is merged. The law (2023:196 §4) names the parts: extent, consequences, other relevant information, analysis.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass

from sqlalchemy import func, select

from samverka.core import crud
from samverka.core.changes import Changes
from samverka.dto import LagesbildContributionRow, OrganisationRow
from samverka.errors import NotFoundError, Text
from samverka.models import LagesbildContribution
from samverka.models.db import Database
from samverka.workflow.rules_prepare import LAGESBILD_PARTS

PART_FIELDS: tuple[str, ...] = tuple(field for field, _, _ in LAGESBILD_PARTS)


@dataclass(frozen=True)
class LagesbildPart:
    field: str  # the collaboration column
    label: Text
    text: str


@dataclass(frozen=True)
class Contribution:
    row: LagesbildContributionRow
    organisation: str  # who wrote it ("" when unset)
    party: str  # the top-level party it speaks for (a förvaltning speaks for its kommun)


def parts(db: Database) -> tuple[LagesbildPart, ...]:
    """The law's four parts, then the summary the agreement shows."""
    c = crud.get(db, "collaboration", db.collaboration_id())
    found = [LagesbildPart(field, Text(sv, en), getattr(c, field)) for field, sv, en in LAGESBILD_PARTS]
    found.append(LagesbildPart("lagesbild_summary", Text("Sammanfattning", "Summary"), c.lagesbild_summary))
    return tuple(found)


def set_part(db: Database, field: str, text: str, *, expected: str | None = None) -> Changes:
    """Write one part; with `expected`, refuse if someone else changed it meanwhile."""
    if field not in (*PART_FIELDS, "lagesbild_summary"):
        raise ValueError(f"not a part of the lägesbild: {field!r}")
    return crud.update(db, "collaboration", db.collaboration_id(), {field: text},
                       expected=None if expected is None else {field: expected})


def contributions(db: Database) -> list[Contribution]:
    """Every party's contribution, in their order, with the writer's and the party's names."""
    orgs: dict[int, OrganisationRow] = {o.id: o for o in crud.list_rows(db, "organisation")}
    rows: list[LagesbildContributionRow] = crud.list_rows(db, "lagesbild_contribution",
                                                          order_by=("sort_order", "id"))
    return [Contribution(row, _name(orgs, row.organisation_id), _name(orgs, _party(orgs, row.organisation_id)))
            for row in rows]


def parties_without_contribution(db: Database) -> list[OrganisationRow]:
    """The parties (top-level organisations) that have not given a picture of their own yet."""
    orgs: dict[int, OrganisationRow] = {o.id: o for o in crud.list_rows(db, "organisation", order_by=("sort_order",
                                                                                                     "id"))}
    given = {_party(orgs, c.row.organisation_id) for c in contributions(db) if c.row.text.strip()}
    return [o for o in orgs.values() if o.parent_id is None and o.id not in given]


def add_contribution(
    db: Database, organisation_id: int | None, text: str = "", sources: str = "", date: dt.date | None = None,
) -> tuple[int, Changes]:
    """A new contribution at the end of the list."""
    cid = db.collaboration_id()
    with db.read() as session:
        last = session.scalar(select(func.max(LagesbildContribution.sort_order))
                              .where(LagesbildContribution.collaboration_id == cid))
    return crud.create(db, "lagesbild_contribution", {
        "organisation_id": organisation_id, "text": text, "sources": sources, "date": date,
        "sort_order": (last if last is not None else -1) + 1,
    })


def delete_contribution(db: Database, contribution_id: int) -> tuple[crud.Snapshot, Changes]:
    """Remove one; `crud.restore(db, snapshot)` is its undo."""
    return crud.delete_row(db, "lagesbild_contribution", contribution_id)


def move_contribution(db: Database, contribution_id: int, index: int) -> Changes:
    """Move one contribution to `index` (clamped); the others keep their order. One transaction."""
    cid = db.collaboration_id()
    with db.write() as session:
        rows = list(session.scalars(select(LagesbildContribution)
                                    .where(LagesbildContribution.collaboration_id == cid)
                                    .order_by(LagesbildContribution.sort_order, LagesbildContribution.id)))
        moving = next((r for r in rows if r.id == contribution_id), None)
        if moving is None:
            raise NotFoundError("Lägesbildsbidraget finns inte längre. Uppdatera vyn.",
                                "The contribution no longer exists. Refresh the view.")
        rows.remove(moving)
        rows.insert(max(0, min(index, len(rows))), moving)
        changed = [row.id for order, row in enumerate(rows) if row.sort_order != order]
        for order, row in enumerate(rows):
            row.sort_order = order
    return Changes.of("lagesbild_contribution", *changed)


def _party(orgs: Mapping[int, OrganisationRow], organisation_id: int | None) -> int | None:
    seen: set[int] = set()
    current = organisation_id
    while current is not None and current in orgs and orgs[current].parent_id is not None and current not in seen:
        seen.add(current)
        current = orgs[current].parent_id
    return current if current in orgs else None


def _name(orgs: Mapping[int, OrganisationRow], organisation_id: int | None) -> str:
    org = orgs.get(organisation_id) if organisation_id is not None else None
    return org.name if org is not None else ""
