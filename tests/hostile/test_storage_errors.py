"""Storage failures are told apart by SQLite's result codes, each provoked for real: a lock held by another
connection, a read-only connection, a full disk (RLIMIT_FSIZE), a damaged page, a file that cannot be opened."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from samverka.core import crud
from samverka.core.collaboration_service import new_collaboration
from samverka.errors import FileRefusedError, KnownError, ReadOnlyError
from samverka.models import plain
from samverka.models.db import Database, sqlite_engine
from samverka.models.storage_errors import (
    CANNOT_OPEN,
    CORRUPT,
    FULL,
    IO,
    LOCKED,
    READ_ONLY,
    error_class,
)


@pytest.fixture
def path(tmp_path: Path) -> Path:
    target = tmp_path / "lager.samverka"
    new_collaboration(target, name="Lagringsfel").close()
    return target


def test_locked_by_another_connection(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(plain, "BUSY_TIMEOUT_MS", 50)
    other = sqlite3.connect(path, timeout=0)
    other.execute("BEGIN IMMEDIATE")
    db = Database(sqlite_engine(path), str(path), path)
    try:
        with pytest.raises(KnownError, match="låst av ett annat program") as caught:
            crud.create(db, "organisation", {"name": "Väntar"})
        assert error_class(caught.value.__cause__.orig) == LOCKED  # type: ignore[union-attr]
    finally:
        db.close()
        other.rollback()
        other.close()


def test_write_through_a_read_only_connection(path: Path) -> None:
    db = Database(sqlite_engine(path, read_only=True), str(path), path)  # read_only flag off: SQLite refuses
    try:
        with pytest.raises(ReadOnlyError, match="skrivskyddad") as caught:
            crud.create(db, "organisation", {"name": "Skrivs inte"})
        assert error_class(caught.value.__cause__.orig) == READ_ONLY  # type: ignore[union-attr]
    finally:
        db.close()


def test_disk_full(path: Path) -> None:
    """RLIMIT_FSIZE makes every write past the limit fail like a full disk, in a child process."""
    size = path.stat().st_size + (os.path.getsize(f"{path}-wal") if os.path.exists(f"{path}-wal") else 0)
    script = textwrap.dedent(f"""
        import resource, signal
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, ({size + 64 * 1024}, {size + 64 * 1024}))
        from samverka.core import crud
        from samverka.core.collaboration_service import open_collaboration
        from samverka.errors import KnownError
        from samverka.models.storage_errors import error_class
        db = open_collaboration({str(path)!r}, backup=False)
        try:
            crud.create(db, "organisation", {{"name": "x" * 2_000_000}})
        except KnownError as exc:
            print(error_class(exc.__cause__.orig))
            print(exc.sv)
    """)
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    kind, message = result.stdout.splitlines()[:2]
    assert kind in (FULL, IO)
    assert message.startswith("Disken är full")


def test_damaged_page_found_while_reading(path: Path) -> None:
    db = new_collaboration(path.with_name("stor.samverka"), name="Stor")
    crud.create_many(db, "organisation", [{"name": f"Organisation {i}" * 20} for i in range(2000)])
    target = db.path
    db.close()
    assert target is not None
    data = bytearray(target.read_bytes())
    page = 4096
    data[-20 * page : -10 * page] = b"\xff" * (10 * page)  # leaf pages of the organisation table
    target.write_bytes(bytes(data))
    broken = Database(sqlite_engine(target), str(target), target)  # past the checks at open, as if damaged later
    try:
        with pytest.raises(FileRefusedError, match="är skadad") as caught:
            crud.list_rows(broken, "organisation")
        cause = caught.value.__cause__  # sqlite3's own error, or SQLAlchemy's wrapping it
        assert error_class(getattr(cause, "orig", cause)) == CORRUPT  # type: ignore[arg-type]
    finally:
        broken.close()


def test_cannot_open(tmp_path: Path) -> None:
    missing = tmp_path / "finns-inte" / "x.samverka"
    db = Database(sqlite_engine(missing), str(missing), missing)
    try:
        with pytest.raises(FileRefusedError, match="kunde inte öppnas") as caught:
            crud.list_rows(db, "organisation")
        cause = caught.value.__cause__  # sqlite3's own error, or SQLAlchemy's wrapping it
        assert error_class(getattr(cause, "orig", cause)) == CANNOT_OPEN  # type: ignore[arg-type]
    finally:
        db.close()


def test_other_sqlite_errors_are_bugs_not_messages(path: Path) -> None:
    from sqlalchemy import text
    from sqlalchemy.exc import OperationalError

    db = Database(sqlite_engine(path), str(path), path)
    try:
        with pytest.raises(OperationalError), db.read() as session:
            session.execute(text("SELECT * FROM no_such_table"))
    finally:
        db.close()
