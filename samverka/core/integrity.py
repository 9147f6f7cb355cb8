"""Rules a value must follow that look at other rows, checked inside the write for every caller.

`validation.py` checks a row's own values; the rules here need the session (a cause's fishbone bone must be one
of Brå's three or a bone added to the same problem).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from samverka import vocab
from samverka.errors import ValidationError

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

Check = Callable[["Session", Mapping[str, Any]], None]


def _bone_exists(session: Session, row: Mapping[str, Any]) -> None:
    bone = row.get("fishbone_bone") or ""
    if not bone or bone in vocab.FISHBONE_BONES:
        return
    from sqlalchemy import select  # noqa: PLC0415 - in a write, where the ORM is loaded anyway

    from samverka.models import FishboneBone  # noqa: PLC0415

    found = session.scalar(select(FishboneBone.id).where(FishboneBone.problem_id == row.get("problem_id"),
                                                         FishboneBone.name == bone))
    if found is None:
        raise ValidationError(f"Benet {bone!r} finns inte i fiskbenet. Lägg till benet först.",
                              f"The bone {bone!r} is not in the fishbone. Add the bone first.", field="fishbone_bone")


# (table, field): the rule that runs when that field is written.
CHECKS: dict[tuple[str, str], Check] = {
    ("cause", "fishbone_bone"): _bone_exists,
}


def check_references(session: Session, kind: str, row: Mapping[str, Any], written: Mapping[str, Any]) -> None:
    """Run the rules for the fields being written; `row` is the whole row as it will be."""
    for field in written:
        check = CHECKS.get((kind, field))
        if check is not None:
            check(session, row)
