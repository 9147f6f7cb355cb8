"""Which citizen-promise versions are in force: a renewed version replaces the one it renews."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol, TypeVar


class Versioned(Protocol):
    @property
    def id(self) -> int: ...

    @property
    def renews_id(self) -> int | None: ...


V = TypeVar("V", bound=Versioned)


def in_force(promises: Iterable[V]) -> list[V]:
    """The versions no later version renews, in the order given."""
    rows = list(promises)
    renewed = {p.renews_id for p in rows if p.renews_id is not None}
    return [p for p in rows if p.id not in renewed]
