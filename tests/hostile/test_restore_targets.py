"""`backup restore` puts a copy only over our own files (even damaged ones) or at a new path."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from hostile_helpers import digest, folder_state, run_cli

from samverka.core import crud
from samverka.core.backups import list_backups, restore_backup, take_backup
from samverka.core.collaboration_service import new_collaboration, open_collaboration
from samverka.errors import FileRefusedError


@pytest.fixture
def backup(tmp_path: Path) -> Path:
    path = tmp_path / "egen.samverka"
    db = new_collaboration(path, name="Egen")
    crud.create(db, "organisation", {"name": "Skolan", "type": "förvaltning"})
    db.close()
    return take_backup(path)


def _other_programs_database(path: Path) -> Path:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE accounts (name, balance)")
    conn.execute("INSERT INTO accounts VALUES ('anna', 100)")
    conn.commit()
    conn.close()
    return path


@pytest.mark.parametrize("kind", ["text", "sqlite", "symlink", "folder"])
def test_restore_onto_something_not_ours_is_refused_untouched(backup: Path, tmp_path: Path, kind: str) -> None:
    """Seen: restore onto a text file gave a traceback; onto another program's SQLite file it overwrote it."""
    target = tmp_path / "mål"
    if kind == "text":
        target.write_text("anteckningar\n", encoding="utf-8")
    elif kind == "sqlite":
        _other_programs_database(target)
    elif kind == "symlink":
        (tmp_path / "verklig.txt").write_text("orörd\n", encoding="utf-8")
        target.symlink_to(tmp_path / "verklig.txt")
    else:
        target.mkdir()
    before = folder_state(tmp_path)
    run = run_cli(["backup", "restore", str(backup), str(target)])
    assert run.returncode == 1, run.stderr
    assert "ingen Samverka-fil" in run.stderr and run.stderr.count("\n") == 1 and "Traceback" not in run.stderr
    assert folder_state(tmp_path) == before


def test_restore_to_a_new_path(backup: Path, tmp_path: Path) -> None:
    target = tmp_path / "ny.samverka"
    assert restore_backup(backup, target) is None
    db = open_collaboration(target, read_only=True)
    try:
        assert [row.name for row in crud.list_rows(db, "organisation")] == ["Skolan"]
    finally:
        db.close()


def test_restore_onto_our_damaged_file_keeps_the_damaged_bytes(backup: Path, tmp_path: Path) -> None:
    """The advice for a damaged file is to restore a backup: that must work, and keep what was there."""
    path = tmp_path / "egen.samverka"
    db = open_collaboration(path)
    crud.create_many(db, "organisation", [{"name": f"Org {i}" * 30} for i in range(500)])
    db.close()
    data = bytearray(path.read_bytes())
    data[8192:-4096] = b"\xff" * (len(data) - 8192 - 4096)
    path.write_bytes(bytes(data))
    damaged = digest(path)
    with pytest.raises(FileRefusedError, match="skadad"):
        open_collaboration(path)
    safety = restore_backup(backup, path)
    assert safety is not None and digest(safety) == damaged
    assert any(info.path == safety for info in list_backups(path))
    db = open_collaboration(path, read_only=True)
    try:
        assert [row.name for row in crud.list_rows(db, "organisation")] == ["Skolan"]
    finally:
        db.close()
