"""One writer per file: a second opener gets read-only with the holder named, or a refusal; the lock dies
with its process."""

from __future__ import annotations

import os
import signal
import stat
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from samverka.core import crud
from samverka.core.collaboration_service import new_collaboration, open_collaboration
from samverka.core.locking import FileInUseError, lock_path, read_holder
from samverka.errors import ReadOnlyError


@pytest.fixture
def path(tmp_path: Path) -> Path:
    target = tmp_path / "lås.samverka"
    new_collaboration(target, name="Låstest").close()
    return target


def test_second_opener_is_read_only_and_told_who_holds_it(path: Path) -> None:
    first = open_collaboration(path)
    try:
        assert not first.read_only
        sidecar = lock_path(path)
        assert stat.S_IMODE(sidecar.stat().st_mode) == 0o600
        assert f"pid={os.getpid()}" in sidecar.read_text()
        second = open_collaboration(path)
        try:
            assert second.read_only
            assert second.lock_holder is not None
            assert "redigeras redan" in second.lock_holder.sv and str(os.getpid()) in second.lock_holder.sv
            assert "already being edited" in second.lock_holder.en
            with pytest.raises(ReadOnlyError, match="redigeras redan"):
                crud.create(second, "organisation", {"name": "Ska inte sparas"})
            # The reader still sees the writer's committed edits.
            crud.create(first, "organisation", {"name": "Skolan"})
            assert [row.name for row in crud.list_rows(second, "organisation")] == ["Skolan"]
        finally:
            second.close()
        with pytest.raises(FileInUseError):
            open_collaboration(path, require_write=True)
    finally:
        first.close()
    assert not lock_path(path).exists()
    again = open_collaboration(path, require_write=True)
    assert not again.read_only
    again.close()


def test_read_only_open_takes_no_lock(path: Path) -> None:
    reader = open_collaboration(path, read_only=True)
    writer = open_collaboration(path)
    try:
        assert reader.read_only and reader.lock_holder is None
        assert not writer.read_only
    finally:
        reader.close()
        writer.close()


def test_lock_is_released_when_the_holder_is_killed(path: Path) -> None:
    child = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(f"""
            import sys, time
            from samverka.core.collaboration_service import open_collaboration
            db = open_collaboration({str(path)!r})
            print("READY", db.read_only, flush=True)
            time.sleep(60)
        """)],
        stdout=subprocess.PIPE, text=True, env={**os.environ},
    )
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "READY False"
        holder = read_holder(path)
        assert holder is not None and holder.pid == str(child.pid)
        blocked = open_collaboration(path)
        assert blocked.read_only
        blocked.close()
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait()
    assert read_holder(path) is None
    db = open_collaboration(path)
    assert not db.read_only
    db.close()


def test_two_writers_in_two_processes_never_both_write(path: Path) -> None:
    """Start several processes at once; exactly one of them gets to edit."""
    script = textwrap.dedent(f"""
        import sys
        from samverka.core.collaboration_service import open_collaboration
        db = open_collaboration({str(path)!r}, backup=False)
        print("writer" if not db.read_only else "reader", flush=True)
        sys.stdin.read()  # hold the file until every process has opened it
        db.close()
    """)
    children = [
        subprocess.Popen([sys.executable, "-c", script], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        for _ in range(4)
    ]
    roles = []
    for child in children:
        assert child.stdout is not None
        roles.append(child.stdout.readline().strip())
    for child in children:
        child.communicate(timeout=60)
    assert sorted(roles) == ["reader", "reader", "reader", "writer"]


def test_new_collaboration_holds_the_lock(tmp_path: Path) -> None:
    db = new_collaboration(tmp_path / "ny.samverka", name="Ny")
    try:
        other = open_collaboration(tmp_path / "ny.samverka")
        assert other.read_only
        other.close()
    finally:
        db.close()


def test_file_system_without_locks_still_opens_for_writing(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import errno

    from samverka.core import locking

    def no_locks(*_args: object) -> None:
        raise OSError(errno.ENOLCK, "No locks available")

    monkeypatch.setattr(locking.fcntl, "flock", no_locks)
    db = open_collaboration(path)
    try:
        assert not db.read_only and db.writer_lock is None
        crud.create(db, "organisation", {"name": "Nätverksdisk"})
    finally:
        db.close()


def test_lock_holder_text_names_the_holder() -> None:
    from samverka.core.locking import LockHolder

    text = LockHolder(pid="4711", host="laptop-7", user="anna", since="2026-11-25T14:03:10").text()
    assert "anna på datorn laptop-7 sedan kl. 14:03 (process 4711)" in text.sv
    assert "anna on the computer laptop-7 since 14:03 (process 4711)" in text.en
    assert "en annan användare" in LockHolder().text().sv


def test_command_line_write_while_the_app_edits_is_refused_and_changes_nothing(
    path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from samverka.cli import main

    data = tmp_path / "enkat.csv"
    data.write_text(
        "survey,year,kommun,area_code,area_name,group,item_code,item_label_sv,value_type,value,breakdown,"
        "n_respondents,n_sent,response_rate,source\n"
        "PRS,2023,Lund,LU01,Lunds innerstad,otrygghet,UTE,Otrygg ute,share_pct,24.5,kvinnor,170,,,polisen.se\n",
        encoding="utf-8",
    )
    holder = open_collaboration(path)  # the app, editing
    try:
        before = crud.list_rows(holder, "survey_result")
        assert main(["import-survey", str(path), str(data)]) == 1
        assert "redigeras redan" in capsys.readouterr().err
        assert crud.list_rows(holder, "survey_result") == before
    finally:
        holder.close()
    assert main(["import-survey", str(path), str(data)]) == 0  # once the app has closed it
