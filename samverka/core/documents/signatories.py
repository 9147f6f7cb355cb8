"""Who signs: the agreement's signatory rows, or the persons flagged as signatories."""

from __future__ import annotations

from typing import Any

from samverka.core.documents.common import Data
from samverka.export.documents import Signatory

_KEEP_S = ("ås", "äs", "fors", "os", "us", "is", "ss", "ms")


def default_place(kommun: str) -> str:
    """Where the parties sign, guessed from the municipality ("Lunds kommun" → "Lund"); editable."""
    words = [w for w in kommun.split() if w.lower() not in ("kommun", "stad", "kommune")]
    if not words:
        return ""
    last = words[-1]
    if last.endswith("s") and not last.lower().endswith(_KEEP_S) and len(last) > 3:
        words[-1] = last[:-1]
    return " ".join(words)


def field_name(order: int) -> str:
    """PDF field names may not contain dots; these are stable per position."""
    return f"Signatur{order + 1}"


def default_signatories(data: Data) -> tuple[Signatory, ...]:
    people = [p for p in data.of("person") if p.is_signatory]
    return tuple(
        Signatory(field_name(i), p.name, p.title, data.name("organisation", p.organisation_id),
                  default_place(data.collaboration.kommun))
        for i, p in enumerate(people)
    )


def agreement_signatories(rows: list[Any]) -> tuple[Signatory, ...]:
    ordered = sorted(rows, key=lambda r: (r.sort_order, r.id))
    return tuple(
        Signatory(r.field_name or field_name(i), r.name, r.title, r.organisation, r.place)
        for i, r in enumerate(ordered)
    )
