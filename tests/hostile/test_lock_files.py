"""The writer lock cannot be turned against the user: a planted link is never followed, another program's or
another user's lock is never written or removed, and a foreign database is refused before its lock is touched."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest
from hostile_helpers import folder_state, run_cli

from samverka.core.collaboration_service import new_collaboration, open_collaboration
from samverka.core.locking import LockPathError, lock_path
from samverka.errors import FileRefusedError

SURVEY = (
    "survey,year,area_code,area_name,item_code,item_label_sv,value_type,value\n"
    "PRS,2024,LU01,Innerstaden,UTE,Otrygg ute,share_pct,24.5\n"
)


@pytest.fixture
def shared(tmp_path: Path) -> Path:
    path = tmp_path / "shared.samverka"
    new_collaboration(path, name="Delad").close()
    (tmp_path / "good.csv").write_text(SURVEY, encoding="utf-8")
    return path


def test_symlinked_lock_never_overwrites_the_target(shared: Path, tmp_path: Path) -> None:
    """Seen: with shared.samverka.lock -> victim.txt, import-survey truncated victim.txt and deleted the link."""
    victim = tmp_path / "victim.txt"
    victim.write_text("the user's own text\n", encoding="utf-8")
    lock_path(shared).symlink_to(victim)
    before = folder_state(tmp_path)
    run = run_cli(["import-survey", str(shared), str(tmp_path / "good.csv")])
    assert run.returncode == 1, run.stderr
    assert "symbolisk länk" in run.stderr and run.stderr.count("\n") == 1
    after = folder_state(tmp_path)
    assert after["victim.txt"] == before["victim.txt"]
    assert after["shared.samverka.lock"] == before["shared.samverka.lock"]  # still the same link


def test_symlinked_lock_opens_read_only_in_the_app(shared: Path, tmp_path: Path) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_text("orörd\n", encoding="utf-8")
    lock_path(shared).symlink_to(victim)
    db = open_collaboration(shared)  # what the GUI does: open read-only and say why in the banner
    try:
        assert db.read_only
        assert db.lock_holder is not None and "symbolisk länk" in db.lock_holder.sv
    finally:
        db.close()
    assert victim.read_text(encoding="utf-8") == "orörd\n"
    assert lock_path(shared).is_symlink()


def test_dangling_link_is_not_created_through(shared: Path, tmp_path: Path) -> None:
    target = tmp_path / "created-through-link"
    lock_path(shared).symlink_to(target)
    with pytest.raises(LockPathError):
        open_collaboration(shared, require_write=True)
    assert not target.exists()


@pytest.mark.parametrize("kind", ["folder", "fifo"])
def test_lock_path_that_is_no_regular_file_is_refused(shared: Path, kind: str) -> None:
    sidecar = lock_path(shared)
    if kind == "folder":
        sidecar.mkdir()
    else:
        os.mkfifo(sidecar)
    with pytest.raises(LockPathError, match="ingen vanlig fil"):
        open_collaboration(shared, require_write=True)
    assert sidecar.exists() and not sidecar.is_file()


def test_another_programs_lock_file_is_left_alone(shared: Path, tmp_path: Path) -> None:
    sidecar = lock_path(shared)
    sidecar.write_bytes(b"\x00\x01binary lock of some other tool")
    before = folder_state(tmp_path)
    run = run_cli(["import-survey", str(shared), str(tmp_path / "good.csv")])
    assert run.returncode == 1 and "ett annat programs fil" in run.stderr
    assert folder_state(tmp_path) == before


@pytest.mark.skipif(os.geteuid() != 0, reason="needs root to give the lock file to another user")
def test_another_users_stale_lock_is_not_taken_over(shared: Path) -> None:
    sidecar = lock_path(shared)
    sidecar.write_text("pid=1\nhost=annan\nuser=kalle\n", encoding="utf-8")
    os.chown(sidecar, 65534, 65534)
    before = sidecar.stat()
    db = open_collaboration(shared)
    try:
        assert db.read_only and "annan användare" in db.lock_holder.sv
    finally:
        db.close()
    after = sidecar.stat()
    assert (after.st_ino, after.st_uid, after.st_mtime_ns) == (before.st_ino, before.st_uid, before.st_mtime_ns)


def test_our_own_stale_lock_is_taken_but_not_removed(shared: Path) -> None:
    """A lock left by a killed Samverka of this user (not held by anyone) does not block the next one; as it was
    not made by that process, it is left in place when the file closes (a lock is held by flock, not by a name)."""
    sidecar = lock_path(shared)
    sidecar.write_text("pid=999999\nhost=laptop\nuser=anna\nsince=2026-01-01T10:00:00\n", encoding="utf-8")
    db = open_collaboration(shared, require_write=True)
    assert not db.read_only and f"pid={os.getpid()}" in sidecar.read_text(encoding="utf-8")
    second = open_collaboration(shared)
    assert second.read_only  # held while the first is open
    second.close()
    db.close()
    assert sidecar.exists()
    again = open_collaboration(shared, require_write=True)
    assert not again.read_only
    again.close()


def test_foreign_database_beside_another_programs_lock_is_untouched(tmp_path: Path) -> None:
    """Seen: opening a foreign X.db next to another program's X.db.lock deleted that lock."""
    foreign = tmp_path / "X.db"
    conn = sqlite3.connect(foreign)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    (tmp_path / "X.db.lock").write_text("held by another program", encoding="utf-8")
    before = folder_state(tmp_path)
    with pytest.raises(FileRefusedError, match="tillhör ett annat program"):
        open_collaboration(foreign)
    run = run_cli(["import-survey", str(foreign), str(tmp_path / "nothing.csv")])
    assert run.returncode == 1 and "tillhör ett annat program" in run.stderr
    assert folder_state(tmp_path) == before


def test_released_lock_is_removed_only_if_it_is_still_ours(shared: Path) -> None:
    db = open_collaboration(shared)
    sidecar = lock_path(shared)
    os.unlink(sidecar)
    sidecar.write_text("someone else's file now\n", encoding="utf-8")  # replaced while we held ours
    db.close()
    assert sidecar.read_text(encoding="utf-8") == "someone else's file now\n"


@pytest.mark.parametrize("suffix", ["-wal", "-shm", "-journal"])
def test_planted_link_beside_the_file_is_never_written_through(shared: Path, tmp_path: Path, suffix: str) -> None:
    """SQLite writes FILE-wal and FILE-shm beside the file; a link planted there must not lead it elsewhere."""
    victim = tmp_path / "victim.txt"
    victim.write_text("the user's own text\n", encoding="utf-8")
    Path(f"{shared}{suffix}").symlink_to(victim)
    before = folder_state(tmp_path)
    run = run_cli(["import-survey", str(shared), str(tmp_path / "good.csv")])
    assert run.returncode == 1 and "ingen vanlig fil" in run.stderr, run.stderr
    with pytest.raises(FileRefusedError, match="ingen vanlig fil"):
        open_collaboration(shared, read_only=True)
    assert folder_state(tmp_path) == before
