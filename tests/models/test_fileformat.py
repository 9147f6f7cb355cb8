"""Files that are not ours, damaged, locked or read-only: a clear message, and the bytes stay the same."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import stat
from pathlib import Path

import pytest

from samverka.core.collaboration_service import new_collaboration, open_collaboration
from samverka.errors import FileRefusedError, KnownError
from samverka.models.db import open_database


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_damaged_file_is_refused_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "d.samverka"
    new_collaboration(path, name="X").close()
    data = bytearray(path.read_bytes())
    data[4096:8192] = os.urandom(4096)
    path.write_bytes(bytes(data))
    before = _digest(path)
    with pytest.raises(FileRefusedError) as info:
        open_database(path)
    assert "skadad" in info.value.sv
    assert _digest(path) == before


def test_file_locked_by_another_program(tmp_path: Path) -> None:
    path = tmp_path / "l.samverka"
    new_collaboration(path, name="X").close()
    other = sqlite3.connect(path, timeout=0)
    other.execute("PRAGMA locking_mode=EXCLUSIVE")
    other.execute("BEGIN EXCLUSIVE")
    other.execute("UPDATE collaboration SET name = 'låst'")
    try:
        with pytest.raises(KnownError) as info:
            db = open_collaboration(path, read_only=True)
            db.close()
        assert "låst" in info.value.sv
    finally:
        other.rollback()
        other.close()


def test_read_only_file_opens_for_reading_but_refuses_writing(tmp_path: Path) -> None:
    path = tmp_path / "ro.samverka"
    new_collaboration(path, name="Skrivskyddad").close()
    path.chmod(stat.S_IRUSR)
    try:
        if os.access(path, os.W_OK):
            pytest.skip("running as a user who may write anyway (root)")
        with pytest.raises(KnownError):
            open_database(path)
        db = open_database(path, read_only=True)
        db.close()
    finally:
        path.chmod(stat.S_IRUSR | stat.S_IWUSR)


def test_new_file_is_private_and_marked(tmp_path: Path) -> None:
    path = tmp_path / "n.samverka"
    new_collaboration(path, name="X").close()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA application_id").fetchone()[0] == 0x53414D56
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    conn.close()


def test_new_collaboration_refuses_bad_period_and_leaves_nothing(tmp_path: Path) -> None:
    import datetime as dt

    path = tmp_path / "bad.samverka"
    with pytest.raises(KnownError):
        new_collaboration(path, name="X", period_start=dt.date(2029, 1, 1), period_end=dt.date(2026, 1, 1))
    assert not path.exists()
