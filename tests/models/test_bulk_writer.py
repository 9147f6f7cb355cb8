"""The writer process (models/bulk_writer.py): one transaction, committed only when told; rolled back when the
parent aborts, goes away or the child fails; the file's write lock held from ready to the end."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from samverka.models.bulk_writer import BulkWriter, WriterGone


@pytest.fixture
def path(tmp_path: Path) -> Path:
    target = tmp_path / "w.sqlite"
    conn = sqlite3.connect(target)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("CREATE TABLE parent (id INTEGER PRIMARY KEY, name TEXT NOT NULL)")
    conn.execute("CREATE TABLE child (id INTEGER PRIMARY KEY, parent_id INTEGER NOT NULL REFERENCES parent (id), "
                 "kind INTEGER NOT NULL, text TEXT, value REAL)")
    conn.close()
    return target


def _writer(path: Path) -> BulkWriter:
    writer = BulkWriter.start(path)
    assert writer is not None
    writer.wait_ready()
    return writer


def _count(path: Path, table: str) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
    finally:
        conn.close()


def test_commit_writes_everything(path: Path) -> None:
    writer = _writer(path)
    parent = writer.insert("parent", {"name": "Lund"})
    writer.insert_rows("child", ("text", "value"), [("a", 1.5), ("b", None), ("å", 3.0)],
                       fixed={"parent_id": parent, "kind": 7})
    writer.execute("UPDATE parent SET name = :name WHERE id = :id", {"name": "Lunds kommun", "id": parent})
    assert _count(path, "child") == 0  # not before the commit
    writer.commit()
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("SELECT name FROM parent").fetchall() == [("Lunds kommun",)]
        assert conn.execute("SELECT parent_id, kind, text, value FROM child ORDER BY id").fetchall() == [
            (parent, 7, "a", 1.5), (parent, 7, "b", None), (parent, 7, "å", 3.0)]
    finally:
        conn.close()


def test_abort_and_going_away_write_nothing(path: Path) -> None:
    writer = _writer(path)
    writer.insert("parent", {"name": "Lund"})
    writer.abort()
    assert _count(path, "parent") == 0
    writer = _writer(path)
    writer.insert("parent", {"name": "Lund"})
    writer._process.kill()  # as if it crashed half way
    writer._process.wait()
    with pytest.raises(WriterGone):
        writer.insert_rows("child", ("text",), [("a",)], fixed={"parent_id": 1, "kind": 1})
        writer.sync()
    assert _count(path, "parent") == 0


def test_a_failure_in_the_child_is_reported_and_rolled_back(path: Path) -> None:
    writer = _writer(path)
    parent = writer.insert("parent", {"name": "Lund"})
    writer.insert_rows("child", ("text",), [("a",)], fixed={"parent_id": parent + 1, "kind": 1})  # no such parent
    with pytest.raises(WriterGone, match="FOREIGN KEY"):
        writer.sync()
    assert _count(path, "parent") == 0 and _count(path, "child") == 0


def test_the_file_is_locked_while_it_writes(path: Path) -> None:
    writer = _writer(path)
    other = sqlite3.connect(path, timeout=0.1, isolation_level=None)
    try:
        with pytest.raises(sqlite3.OperationalError, match="locked"):
            other.execute("BEGIN IMMEDIATE")
        writer.commit()
        other.execute("BEGIN IMMEDIATE")
        other.execute("ROLLBACK")
    finally:
        other.close()
