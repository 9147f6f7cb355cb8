"""Every text field, through crud.create/update: any Unicode comes back exactly (RTL, emoji, 50,000 chars);
NUL and lone surrogates are refused with ValidationError; a refused write changes nothing at all."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pg_databases import fresh_pg_database
from sqlalchemy import String, Text, func, select

from samverka.core import crud
from samverka.core.collaboration_service import new_collaboration
from samverka.core.integrity import CHECKS as REFERENCES_BY_NAME
from samverka.core.validation import CHOICES, RANGES, REQUIRED_TEXT
from samverka.errors import ValidationError
from samverka.models import AuditEntry, Base
from samverka.models.db import Database

# A value for a NOT NULL column without a default, by its Python type.
FILLER: dict[type, Any] = {int: 1, float: 1.0, str: "x", bool: False, dt.date: dt.date(2026, 1, 1)}
# Text fields with a format of their own (validated separately), not free text.
FORMATTED = {("observation", "weekdays")}
SKIPPED_TABLES = {"alembic_version", "audit_entry", "scp_technique", "measure_technique"}


@pytest.fixture(scope="module", params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def store(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[
    tuple[Database, dict[str, int]]
]:
    """One collaboration with a row in every table, shared by the examples of this module."""
    if request.param == "sqlite":
        targets: Iterator[str] = iter([str(tmp_path_factory.mktemp("props") / "props.samverka")])
    else:
        targets = fresh_pg_database("samverka_props")
    target = next(targets)
    db = new_collaboration(target, name="Egenskapstest")
    ids = {"collaboration": db.collaboration_id()}
    for table in Base.metadata.sorted_tables:
        if table.name in ids or table.name in SKIPPED_TABLES:
            continue
        values: dict[str, Any] = {}
        for column in table.c:
            if column.primary_key:
                continue
            if column.foreign_keys and not column.nullable:
                values[column.name] = ids[next(iter(column.foreign_keys)).column.table.name]
            elif (table.name, column.name) in REQUIRED_TEXT:
                values[column.name] = "x"
            elif not column.nullable and column.default is None and column.server_default is None:
                low = RANGES.get((table.name, column.name), (None,))[0]
                values[column.name] = low if low is not None else FILLER[column.type.python_type]
        ids[table.name], _ = crud.create(db, table.name, values)
    yield db, ids
    db.close()
    for _ in targets:  # drop the PostgreSQL database
        pass


TEXT_FIELDS = sorted(
    (table.name, column.name)
    for table in Base.metadata.sorted_tables
    if table.name not in SKIPPED_TABLES
    for column in table.c
    if isinstance(column.type, String | Text) and not column.foreign_keys
    and (table.name, column.name) not in CHOICES and (table.name, column.name) not in FORMATTED
    and (table.name, column.name) not in REFERENCES_BY_NAME  # e.g. a cause's bone: the name of an existing bone
)
FIELD = st.sampled_from(TEXT_FIELDS)
# Any text SQLite and PostgreSQL can hold: every Unicode character except NUL and lone surrogates.
STORABLE = st.text(st.characters(codec="utf-8", exclude_characters="\x00"), max_size=300)
SCRIPTS = st.sampled_from(["مرحبا بالعالم", "שלום", "Åsa Öberg-Ängström", "🙂👩🏽‍🚒🇸🇪", "\u200f\u202e", "漢字", "ﷺ"])
BROKEN = st.sampled_from(["\x00", "\ud800", "\udfff", "a\x00b", "ok\udc80"])
LONG = st.text(st.characters(codec="utf-8", exclude_characters="\x00"), min_size=1, max_size=40).map(
    lambda piece: (piece * 50_000)[:50_000]
)
PROPS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def test_every_text_field_is_covered() -> None:
    assert ("measure", "description") in TEXT_FIELDS and ("citizen_promise", "direction_text") in TEXT_FIELDS
    assert len(TEXT_FIELDS) > 100


def _row(db: Database, kind: str, ids: dict[str, int]) -> Any:
    return crud.get(db, kind, ids[kind])


def _audit_count(db: Database) -> int:
    with db.read() as session:
        return int(session.scalar(select(func.count()).select_from(AuditEntry)) or 0)


@PROPS
@given(field=FIELD, value=st.one_of(STORABLE, SCRIPTS, st.lists(SCRIPTS | STORABLE, max_size=4).map("".join)))
def test_any_text_comes_back_exactly(store: tuple[Database, dict[str, int]], field: tuple[str, str],
                                     value: str) -> None:
    db, ids = store
    kind, name = field
    before = getattr(_row(db, kind, ids), name)
    if (kind, name) in REQUIRED_TEXT and not value.strip():
        with pytest.raises(ValidationError):
            crud.update(db, kind, ids[kind], {name: value}, expected={name: before})
        assert getattr(_row(db, kind, ids), name) == before
        return
    crud.update(db, kind, ids[kind], {name: value}, expected={name: before})
    assert getattr(_row(db, kind, ids), name) == value


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(field=FIELD, value=LONG)
def test_fifty_thousand_characters_come_back_exactly(store: tuple[Database, dict[str, int]],
                                                     field: tuple[str, str], value: str) -> None:
    db, ids = store
    kind, name = field
    if (kind, name) in REQUIRED_TEXT and not value.strip():
        value = "x" + value[1:]
    crud.update(db, kind, ids[kind], {name: value})
    assert getattr(_row(db, kind, ids), name) == value


@PROPS
@given(field=FIELD, other=FIELD, broken=BROKEN, good=STORABLE)
def test_broken_text_is_refused_and_nothing_is_written(store: tuple[Database, dict[str, int]],
                                                       field: tuple[str, str], other: tuple[str, str],
                                                       broken: str, good: str) -> None:
    """An update that mixes a good field with a broken one writes neither (nor an audit entry)."""
    db, ids = store
    kind, name = field
    row_before = _row(db, kind, ids)
    audit_before = _audit_count(db)
    values = {name: broken}
    if other[0] == kind and other[1] != name:
        values[other[1]] = good or "y"
    with pytest.raises(ValidationError) as caught:
        crud.update(db, kind, ids[kind], values)
    assert caught.value.sv and caught.value.en
    assert _row(db, kind, ids) == row_before
    assert _audit_count(db) == audit_before


@PROPS
@given(field=FIELD, broken=BROKEN)
def test_broken_text_never_creates_a_row(store: tuple[Database, dict[str, int]], field: tuple[str, str],
                                         broken: str) -> None:
    db, ids = store
    kind, name = field
    if kind == "collaboration":
        return  # one per file; made by new_collaboration, which validates before creating the file
    template = _row(db, kind, ids)
    values = {
        column.key: getattr(template, column.key) for column in crud.table_for(kind).c
        if column.key != "id" and not column.key.endswith("_at")
    }
    values[name] = broken
    count_before = len(_all_ids(db, kind))
    audit_before = _audit_count(db)
    with pytest.raises(ValidationError):
        crud.create(db, kind, values)
    assert len(_all_ids(db, kind)) == count_before
    assert _audit_count(db) == audit_before


def _all_ids(db: Database, kind: str) -> list[int]:
    table = crud.table_for(kind)
    with db.read() as session:
        return list(session.scalars(select(table.c.id)))


def test_new_collaboration_with_broken_name_leaves_no_file(tmp_path: Path) -> None:
    target = tmp_path / "trasig.samverka"
    with pytest.raises(ValidationError):
        new_collaboration(target, name="Trasig\x00")
    assert not target.exists()
