"""Reading a file without the ORM: the generated head schema is the one the code makes, the snapshot read with
plain SQL holds exactly what the ORM reads, and `samverka info` on a file never loads SQLAlchemy."""

from __future__ import annotations

import dataclasses
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from samverka import dto
from samverka.models.db import Database


def test_generated_head_schema_is_what_the_code_makes() -> None:
    """scripts/gen_schema.py was run after the last model change (run it if this fails)."""
    from samverka.models import head_schema
    from samverka.models.schema import HEAD_REVISION
    from samverka.models.vetting import build_expected_rows

    assert head_schema.REVISION == HEAD_REVISION
    assert frozenset(head_schema.ROWS) == build_expected_rows(HEAD_REVISION)
    assert len(head_schema.ROWS) == len(set(head_schema.ROWS))


def test_row_types_name_the_columns_the_models_have() -> None:
    """The dto fields, which the plain reads select by name, are the table's columns in the file."""
    from samverka.models import Base

    for table in Base.metadata.sorted_tables:
        row_type = dto.ROW_TYPES[table.name]
        assert [f.name for f in dataclasses.fields(row_type)] == [c.name for c in table.columns], table.name


def _orm_rows(db: Database, row_type: type, ids: set[int] | None, skip: tuple[str, ...]) -> tuple[Any, ...]:
    """The same table read through the ORM's typed columns (SQLAlchemy converts the values)."""
    from sqlalchemy import select

    from samverka.models import Base

    table = Base.metadata.tables[row_type.KIND]  # type: ignore[attr-defined]
    with db.read() as session:
        rows = session.execute(select(table).order_by(table.c.id)).all()
    out = []
    for row in rows:
        values = dict(row._mapping)
        if ids is not None and values["id"] not in ids:
            continue
        values.update(dict.fromkeys(skip))
        out.append(row_type(**values))
    return tuple(out)


def _check_snapshot_matches_orm(db: Database, tables: int) -> None:
    from samverka.workflow.snapshot import Snapshot, load_snapshot

    snapshot = load_snapshot(db)
    skips = {"agreements": ("pdf", "content_json"), "action_plans": ("content_json",), "signatures": ("signed_pdf",)}
    checked = 0
    for field in dataclasses.fields(Snapshot):
        value = getattr(snapshot, field.name)
        if field.name == "collaboration":
            assert (value,) == _orm_rows(db, dto.CollaborationRow, {db.collaboration_id()}, ())
            continue
        if not isinstance(value, tuple):
            continue
        # A single collaboration per file: every row of the table belongs to it.
        row_type = type(value[0]) if value else None
        if row_type is None:
            continue
        assert value == _orm_rows(db, row_type, None, skips.get(field.name, ())), field.name
        for row in value:
            for f in dataclasses.fields(row):
                if f.name.endswith(("_at", "_date")) or f.name in ("period_start", "period_end"):
                    assert getattr(row, f.name) is None or not isinstance(getattr(row, f.name), str)
        checked += 1
    assert checked >= tables  # the comparison saw rows of that many tables


def test_snapshot_read_with_plain_sql_is_the_orm_snapshot(demo_db: Database) -> None:
    _check_snapshot_matches_orm(demo_db, 20)


@pytest.mark.slow
def test_snapshot_of_the_large_collaboration_is_the_orm_snapshot(tmp_path: Path) -> None:
    from samverka.core.collaboration_service import open_collaboration
    from samverka.core.large import build_large

    build_large(tmp_path / "large.samverka").close()
    db = open_collaboration(tmp_path / "large.samverka", read_only=True)
    try:
        _check_snapshot_matches_orm(db, 15)
    finally:
        db.close()


def test_snapshot_on_a_server_takes_the_same_sql(db: Database) -> None:
    """The plain reads run through SQLAlchemy where there is no file (PostgreSQL), with the same results."""
    from samverka.workflow.snapshot import load_snapshot

    snapshot = load_snapshot(db)
    assert snapshot.collaboration.name.startswith("Testkommun")
    assert len(snapshot.criteria) == 8 and all(isinstance(c.is_filter, bool) for c in snapshot.criteria)


def test_info_on_a_file_loads_no_sqlalchemy(demo_path: Path) -> None:
    probe = (
        "import sys, contextlib, io\nfrom samverka.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()) as out:\n"
        f"    code = main(['info', {str(demo_path)!r}])\n"
        "assert code == 0 and 'Lund' in out.getvalue(), code\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('sqlalchemy', 'alembic')))"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=120)
    assert done.stdout.strip() == "[]"


def test_plain_writes_are_stored_as_the_orm_stores_them(sqlite_db: Database) -> None:
    """A row written with plain SQL holds the same text in the file as one the ORM wrote, and reads back the same
    through the ORM (datetimes, dates and booleans are the values SQLite keeps as text or numbers)."""
    import datetime as dt
    import sqlite3

    from samverka.models import AuditEntry

    at = dt.datetime(2026, 3, 1, 12, 30, 5, 7)
    with sqlite_db.write() as session:
        session.add(AuditEntry(at=at, action="orm", entity="x", detail="{}"))
    with sqlite_db.writing() as write:
        write.insert("audit_entry", {"at": at, "action": "plain", "entity": "x", "detail": "{}"})
        write.insert("audit_entry", {"at": at.replace(microsecond=0), "action": "plain0", "entity": "x",
                                     "detail": "{}"})
    assert sqlite_db.path is not None
    conn = sqlite3.connect(sqlite_db.path)
    stored = dict(conn.execute("SELECT action, at FROM audit_entry WHERE entity = 'x'").fetchall())
    conn.close()
    assert stored["plain"] == stored["orm"] == "2026-03-01 12:30:05.000007"
    assert stored["plain0"] == "2026-03-01 12:30:05.000000"
    with sqlite_db.read() as session:
        read = {entry.action: entry.at for entry in session.query(AuditEntry).filter_by(entity="x")}
    assert read["plain"] == read["orm"] == at


def test_plain_writing_is_one_transaction(db: Database) -> None:
    """Nothing of a block that fails is kept (on a file and on a server)."""
    import datetime as dt

    with pytest.raises(RuntimeError), db.writing() as write:
        write.insert("audit_entry", {"at": dt.datetime(2026, 1, 1), "action": "half", "entity": "y",
                                     "detail": "{}"})
        raise RuntimeError("stop")
    with db.reading() as read:
        assert read.scalar("SELECT count(*) FROM audit_entry WHERE entity = 'y'") == 0


def test_plain_writing_refuses_a_read_only_collaboration(demo_path: Path) -> None:
    from samverka.core.collaboration_service import open_collaboration
    from samverka.errors import ReadOnlyError

    db = open_collaboration(demo_path, read_only=True)
    try:
        with pytest.raises(ReadOnlyError), db.writing():
            pass
    finally:
        db.close()
