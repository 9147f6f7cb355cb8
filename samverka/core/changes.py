"""What a service changed, so that each view refreshes only what it shows."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Changes:
    """Kinds are table names ("cause", "measure"); entities are (kind, id) pairs."""

    entities: frozenset[tuple[str, int]] = field(default_factory=frozenset)
    kinds: frozenset[str] = field(default_factory=frozenset)

    @classmethod
    def of(cls, kind: str, *ids: int) -> Changes:
        return cls(frozenset((kind, i) for i in ids), frozenset({kind}))

    @classmethod
    def kinds_only(cls, *kinds: str) -> Changes:
        return cls(frozenset(), frozenset(kinds))

    def __or__(self, other: Changes) -> Changes:
        return Changes(self.entities | other.entities, self.kinds | other.kinds)

    def touches(self, *kinds: str) -> bool:
        return any(kind in self.kinds for kind in kinds)

    def ids(self, kind: str) -> frozenset[int]:
        return frozenset(i for k, i in self.entities if k == kind)

    def __bool__(self) -> bool:
        return bool(self.kinds)


NO_CHANGES = Changes()
