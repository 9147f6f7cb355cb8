"""Rotating backups: taken on open and while editing, consistent, private, rotated; restore is atomic and
keeps the current file; the CLI lists and restores."""

from __future__ import annotations

import datetime as dt
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from samverka.cli import main
from samverka.core import backups, crud
from samverka.core.backups import list_backups, maybe_backup, prune, restore_backup, take_backup
from samverka.core.collaboration_service import new_collaboration, open_collaboration
from samverka.core.locking import FileInUseError
from samverka.errors import FileRefusedError


@pytest.fixture
def path(tmp_path: Path) -> Path:
    target = tmp_path / "samverkan.samverka"
    new_collaboration(target, name="Backuptest").close()
    return target


def _names(db_path: Path) -> list[str]:
    db = open_collaboration(db_path, read_only=True, backup=False)
    try:
        return [row.name for row in crud.list_rows(db, "organisation")]
    finally:
        db.close()


def test_open_takes_a_private_consistent_backup_once(path: Path) -> None:
    db = open_collaboration(path)
    db.close()
    found = list_backups(path)
    assert [info.reason for info in found] == ["oppnad"]
    assert stat.S_IMODE(found[0].path.stat().st_mode) == 0o600
    assert stat.S_IMODE(found[0].path.parent.stat().st_mode) == 0o700
    conn = sqlite3.connect(found[0].path)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
    # Nothing changed since: opening again copies nothing.
    open_collaboration(path).close()
    assert len(list_backups(path)) == 1
    assert not list(found[0].path.parent.glob("*-wal")) and not list(found[0].path.parent.glob("*.tmp"))


def test_maybe_backup_is_cheap_until_edits_pile_up(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(backups, "BACKUP_EVERY_EDITS", 5)
    db = open_collaboration(path)
    try:
        assert maybe_backup(db) is None  # nothing changed since open
        for number in range(4):
            crud.create(db, "organisation", {"name": f"Org {number}"})
            assert maybe_backup(db) is None  # changed, but neither interval nor edit count is due
        crud.create(db, "organisation", {"name": "Org 4"})
        copy = maybe_backup(db)
        assert copy is not None and copy.name.endswith(".auto.samverka")
        assert maybe_backup(db) is None
        monkeypatch.setattr(backups, "BACKUP_INTERVAL_S", 0.0)
        assert maybe_backup(db) is None  # interval due, but nothing changed
        crud.create(db, "organisation", {"name": "Org 5"})
        assert maybe_backup(db) is not None
    finally:
        db.close()
    assert len(_names(copy)) == 5


def test_live_backup_is_consistent_while_open_for_writing(path: Path) -> None:
    db = open_collaboration(path)
    try:
        for number in range(30):
            crud.create(db, "organisation", {"name": f"Org {number}"})
        copy = take_backup(path)  # the edits are still in the WAL
    finally:
        db.close()
    assert len(_names(copy)) == 30


def test_rotation_keeps_last_ten_one_per_day_and_pinned(path: Path) -> None:
    folder = backups.folder_for(path)
    source = take_backup(path)
    today = dt.date(2026, 11, 25)
    made: list[str] = []
    for days_ago in range(40):  # three copies a day for 40 days
        for hour in (9, 12, 15):
            stamp = dt.datetime.combine(today - dt.timedelta(days=days_ago), dt.time(hour))
            name = f"{stamp:%Y%m%d-%H%M%S-%f}.auto.samverka"
            (folder / name).write_bytes(source.read_bytes())
            made.append(name)
    pinned = folder / "20250101-000000-000000.fore-uppgradering-0001.samverka"
    pinned.write_bytes(source.read_bytes())
    source.unlink()
    prune(path, today=today)
    kept = {info.path.name for info in list_backups(path)}
    newest_ten = set(sorted(made, reverse=True)[:10])
    daily = {f"{today - dt.timedelta(days=d):%Y%m%d}-150000-000000.auto.samverka" for d in range(30)}
    assert kept == newest_ten | daily | {pinned.name}
    assert len(kept) == 10 + 30 - 4 + 1  # the newest ten include four of the daily copies


def test_restore_is_atomic_and_keeps_the_current_file(path: Path) -> None:
    db = open_collaboration(path)
    crud.create(db, "organisation", {"name": "Före"})
    early = take_backup(path)
    crud.create(db, "organisation", {"name": "Efter"})
    db.close()
    safety = restore_backup(early, path)
    assert _names(path) == ["Före"]
    assert safety is not None and _names(safety) == ["Före", "Efter"]
    assert not Path(f"{path}-wal").exists() or Path(f"{path}-wal").stat().st_size == 0
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert not list(path.parent.glob(".*.tmp"))
    # and back again, from the safety copy
    restore_backup(safety, path)
    assert _names(path) == ["Före", "Efter"]


def test_restore_refuses_while_the_file_is_open_and_changes_nothing(path: Path) -> None:
    copy = take_backup(path)
    db = open_collaboration(path)
    crud.create(db, "organisation", {"name": "Pågående"})
    try:
        with pytest.raises(FileInUseError, match="Återställningen gjordes inte"):
            restore_backup(copy, path)
    finally:
        db.close()
    assert _names(path) == ["Pågående"]


def test_restore_refuses_a_file_that_is_no_backup(path: Path, tmp_path: Path) -> None:
    junk = tmp_path / "inte-en-kopia.samverka"
    junk.write_bytes(b"hello" * 100)
    before = path.read_bytes()
    with pytest.raises(FileRefusedError):
        restore_backup(junk, path)
    assert path.read_bytes() == before


def test_restore_of_a_damaged_copy_leaves_the_file_alone(path: Path) -> None:
    db = open_collaboration(path)
    for number in range(200):
        crud.create(db, "organisation", {"name": f"Org {number}", "responsibilities": "x" * 500})
    db.close()
    copy = take_backup(path)
    data = bytearray(copy.read_bytes())
    data[len(data) // 2: len(data) // 2 + 4096] = b"\xff" * 4096
    copy.write_bytes(bytes(data))
    with pytest.raises(FileRefusedError):
        restore_backup(copy, path)
    assert len(_names(path)) == 200


def test_cli_lists_creates_and_restores(path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["backup", "create", str(path)]) == 0
    db = open_collaboration(path, backup=False)
    crud.create(db, "organisation", {"name": "Sen ändring"})
    db.close()
    capsys.readouterr()
    assert main(["backup", "list", str(path)]) == 0
    listing = capsys.readouterr().out
    assert "  1  " in listing and "Manuell" in listing
    assert main(["backup", "restore", "1", str(path)]) == 0
    out = capsys.readouterr().out
    assert "Återställde" in out and "sparades som" in out
    assert _names(path) == []
    assert main(["backup", "restore", "99", str(path)]) == 1
    assert "ingen säkerhetskopia nummer 99" in capsys.readouterr().err


def test_cli_restore_reports_a_file_in_use(path: Path) -> None:
    copy = take_backup(path)
    db = open_collaboration(path)
    try:
        result = subprocess.run(
            [sys.executable, "-m", "samverka.cli", "backup", "restore", str(copy), str(path)],
            capture_output=True, text=True, check=False,
        )
    finally:
        db.close()
    assert result.returncode == 1, result.stderr
    assert "redigeras redan" in result.stderr
