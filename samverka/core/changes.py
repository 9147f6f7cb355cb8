"""What a service changed, so that each view refreshes only what it shows.

Kinds are named by their row class (`CauseRow`); a service that updated or created rows also hands back those
rows as they are now (`rows_of(CauseRow)`), so a view can show the new values without reading them again.
A table name string ("cause") is still accepted wherever a row class is: that form is transitional and goes
once every caller names row classes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, TypeAlias, TypeVar

if TYPE_CHECKING:  # the rows' module loads with the first rows, not with the window's frame
    from samverka.dto import Row

R = TypeVar("R", bound="Row")
Kind: TypeAlias = "type[Row] | str"  # str: transitional


def kind_name(kind: Kind) -> str:
    """The table name a row class (or a table name) stands for."""
    return kind if isinstance(kind, str) else kind.KIND


@dataclass(frozen=True)
class Changes:
    """entities are (table, id) pairs; kinds the tables touched; rows the written rows as they are now."""

    entities: frozenset[tuple[str, int]] = field(default_factory=frozenset)
    kinds: frozenset[str] = field(default_factory=frozenset)
    rows: tuple[Row, ...] = field(default=(), compare=False)

    @classmethod
    def of(cls, kind: Kind, *ids: int) -> Changes:
        name = kind_name(kind)
        return cls(frozenset((name, i) for i in ids), frozenset({name}))

    @classmethod
    def of_rows(cls, *rows: Row) -> Changes:
        """Rows a service has just written, as they are now."""
        return cls(frozenset((row.KIND, row.id) for row in rows), frozenset(row.KIND for row in rows), rows)

    @classmethod
    def kinds_only(cls, *kinds: Kind) -> Changes:
        return cls(frozenset(), frozenset(kind_name(kind) for kind in kinds))

    def __or__(self, other: Changes) -> Changes:
        # A row written twice is shown as the later write left it.
        later = {(row.KIND, row.id) for row in other.rows}
        rows = tuple(row for row in self.rows if (row.KIND, row.id) not in later) + other.rows
        return Changes(self.entities | other.entities, self.kinds | other.kinds, rows)

    def touches(self, *kinds: Kind) -> bool:
        return any(kind_name(kind) in self.kinds for kind in kinds)

    def touches_only(self, *kinds: Kind) -> bool:
        """True when something changed and all of it is of these kinds."""
        return bool(self.kinds) and self.kinds <= {kind_name(kind) for kind in kinds}

    def ids(self, kind: Kind) -> frozenset[int]:
        name = kind_name(kind)
        return frozenset(i for k, i in self.entities if k == name)

    def rows_of(self, row_type: type[R]) -> tuple[R, ...]:
        """The written rows of one kind, as they are now (updates and creates; not deletes)."""
        return tuple(row for row in self.rows if isinstance(row, row_type))

    def all_rows_known(self, row_type: type[Row]) -> bool:
        """True when every changed row of this kind came back with its new values (none was deleted or
        changed by a bulk statement), so a view can patch what it shows instead of reading again."""
        known = {row.id for row in self.rows if isinstance(row, row_type)}
        return known == set(self.ids(row_type))

    def __bool__(self) -> bool:
        return bool(self.kinds)


NO_CHANGES = Changes()
