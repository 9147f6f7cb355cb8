"""Linking imported rows to areas: by code, then by alias (old names and codes), then by name."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from operator import attrgetter
from typing import TYPE_CHECKING

from samverka.core.survey.headers import slug
from samverka.core.survey.report import SurveyRecord
from samverka.models.plain import Reader

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

_code_of = attrgetter("area_code")
_name_of = attrgetter("area_name")


@dataclass(frozen=True)
class AreaRef:
    id: int | None
    code: str
    name: str


@dataclass
class AreaIndex:
    by_code: dict[str, AreaRef] = field(default_factory=dict)
    by_alias: dict[str, AreaRef] = field(default_factory=dict)
    by_name: dict[str, AreaRef] = field(default_factory=dict)
    new: dict[str, AreaRef] = field(default_factory=dict)
    alias_hits: dict[str, str] = field(default_factory=dict)
    # The stored area_code (folded) -> its area, filled by canonicalise().
    canonical: dict[str, AreaRef] = field(default_factory=dict)
    # Areas without a code are keyed by a code made from their name (folded) -> the first such area.
    by_name_code: dict[str, AreaRef] = field(default_factory=dict)
    _cache: dict[tuple[str, str], AreaRef] = field(default_factory=dict)

    @classmethod
    def load(cls, read: Reader, collaboration_id: int) -> AreaIndex:
        index = cls()
        areas = read.rows("SELECT id, code, name FROM area WHERE collaboration_id = :cid ORDER BY id",
                          cid=collaboration_id)
        refs = {area_id: AreaRef(area_id, code, name) for area_id, code, name in areas}
        for ref in refs.values():
            if ref.code:
                index.by_code.setdefault(ref.code.casefold(), ref)
            else:
                index.by_name_code.setdefault(slug(ref.name).casefold(), ref)
            index.by_name.setdefault(ref.name.casefold(), ref)
        aliases = read.rows("SELECT alias, area_id FROM area_alias WHERE collaboration_id = :cid ORDER BY id",
                            cid=collaboration_id)
        for alias, area_id in aliases:
            if area_id in refs:
                index.by_alias[alias.strip().casefold()] = refs[area_id]
        return index

    def resolve(self, code: str, name: str) -> AreaRef:
        """The area a (code, name) pair belongs to; an unknown one is planned as a new area."""
        key = (code, name)
        found = self._cache.get(key)
        if found is None:
            found = self._lookup(code, name)
            self._cache[key] = found
        return found

    def _lookup(self, code: str, name: str) -> AreaRef:
        code_key, name_key = code.casefold(), name.casefold()
        if code_key and code_key in self.by_code:
            return self.by_code[code_key]
        for given in (code_key, name_key):
            if given and given in self.by_alias:
                ref = self.by_alias[given]
                self.alias_hits[code or name] = ref.name
                return ref
        if name_key and name_key in self.by_name:
            return self.by_name[name_key]
        new_code = code or self._free_code(slug(name))
        planned = self.new.get(new_code.casefold())
        if planned is None:
            planned = AreaRef(None, new_code, name or code)
            self.new[new_code.casefold()] = planned
        return planned

    def resolved_since(self, start: int) -> list[tuple[str, str, str]]:
        """(code, name, the code its rows are keyed by) for each pair resolved after the first `start` pairs."""
        pairs = list(self._cache.items())[start:]
        return [(code, name, self.canonical_code(ref, code)) for (code, name), ref in pairs]

    def canonical_code(self, ref: AreaRef, code: str) -> str:
        """Rows are keyed by the area's own code so a renamed area keeps one series across years. An area without
        one is keyed by a code made from its name, unless another area owns that code (then its id tells them
        apart, so the two areas' values never share a key)."""
        if ref.code or code:
            return ref.code or code
        made = slug(ref.name)
        return f"{made}_{ref.id}" if self._owned_by_other(made, ref) else made

    def _free_code(self, made: str) -> str:
        """A code made from a new area's name that no stored area owns: "NORR", else "NORR_2", "NORR_3" …"""
        candidate, number = made, 2
        while self._owned_by_other(candidate, None):
            candidate, number = f"{made}_{number}", number + 1
        return candidate

    def _owned_by_other(self, code: str, ref: AreaRef | None) -> bool:
        key = code.casefold()
        owner = self.by_code.get(key) or self.by_name_code.get(key)
        return owner is not None and owner != ref


def canonicalise(records: list[SurveyRecord], index: AreaIndex) -> bool:
    """Key each record by its area's own code (see canonical_code), resolving each (code, name) pair once.
    True if any record's code changed (only then can two records have come to share a key)."""
    changed = recoding(zip(map(_code_of, records), map(_name_of, records), strict=True), index)
    if changed:
        for record in records:
            record.area_code = changed.get((record.area_code, record.area_name), record.area_code)
    return bool(changed)


def canonical_codes(codes: list[str], names: list[str], index: AreaIndex) -> list[str]:
    """canonicalise for records given field by field: the codes they are keyed by."""
    changed = recoding(zip(codes, names, strict=True), index)
    if not changed:
        return codes
    return [changed.get(pair, pair[0]) for pair in zip(codes, names, strict=True)]


def recoding(pairs: Iterable[tuple[str, str]], index: AreaIndex) -> dict[tuple[str, str], str]:
    """The (code, name) pairs whose area is keyed by another code, and that code."""
    changed: dict[tuple[str, str], str] = {}
    for code, name in dict.fromkeys(pairs):
        ref = index.resolve(code, name)
        canonical = index.canonical_code(ref, code)
        index.canonical.setdefault(canonical.casefold(), ref)
        if canonical != code:
            changed[(code, name)] = canonical
    return changed


def area_type(name: str, code: str, kommun: str) -> str:
    """Municipality totals become a 'kommun' area; everything else a sub-area."""
    folded = name.casefold()
    if folded.endswith(" kommun") or folded == kommun.casefold() or code.casefold() in ("total", "kommun"):
        return "kommun"
    return "delområde"


def link_alias(session: Session, collaboration_id: int, names: list[str], area_id: int) -> list[str]:
    """Record that these codes/names (from an import) mean an existing area; returns the aliases added."""
    from sqlalchemy import select  # noqa: PLC0415

    from samverka.models import AreaAlias  # noqa: PLC0415

    existing = {
        alias.strip().casefold()
        for alias in session.scalars(select(AreaAlias.alias).where(AreaAlias.collaboration_id == collaboration_id))
    }
    added: list[str] = []
    for name in names:
        name = name.strip()
        if name and name.casefold() not in existing:
            session.add(AreaAlias(collaboration_id=collaboration_id, alias=name, area_id=area_id))
            existing.add(name.casefold())
            added.append(name)
    return added
