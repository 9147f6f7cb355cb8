"""A healthy file in a folder where nothing may be written (a locked USB stick, a read-only share) opens
read-only with the reason said, instead of being called damaged; nothing is written there."""

from __future__ import annotations

import os
import sqlite3
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest
from hostile_helpers import folder_state, read_only_prefix, run_cli

from samverka.core import crud
from samverka.core.collaboration_service import new_collaboration


@pytest.fixture
def stick(tmp_path: Path) -> Iterator[tuple[Path, list[str]]]:
    """A folder with a collaboration in it, and the prefix under which that folder is read-only."""
    folder = tmp_path / "usb"
    folder.mkdir()
    db = new_collaboration(folder / "lund.samverka", name="Lund på stickan", kommun="Lund")
    crud.create(db, "organisation", {"name": "Skolan", "type": "förvaltning"})
    db.close()
    (tmp_path / "enkat.csv").write_text(
        "survey,year,area_code,area_name,item_code,item_label_sv,value_type,value\n"
        "PRS,2024,LU01,Innerstaden,UTE,Otrygg ute,share_pct,24.5\n", encoding="utf-8",
    )
    prefix = read_only_prefix(folder)
    if prefix is None:
        pytest.skip("this machine cannot make a read-only folder for root (no mount namespaces)")
    yield folder, prefix
    folder.chmod(0o700)


def test_info_reads_a_file_in_a_read_only_folder(stick: tuple[Path, list[str]]) -> None:
    folder, prefix = stick
    before = folder_state(folder)
    run = run_cli(["info", str(folder / "lund.samverka")], prefix=prefix)
    assert run.returncode == 0, run.stderr
    assert "Lund på stickan" in run.stdout and "Skolan" in run.stdout
    assert "skrivskyddad" in run.stderr and "skadad" not in run.stderr
    assert folder_state(folder) == before and not any(folder.glob("*-shm"))


def test_writing_command_is_refused_with_the_reason(stick: tuple[Path, list[str]], tmp_path: Path) -> None:
    folder, prefix = stick
    run = run_cli(["import-survey", str(folder / "lund.samverka"), str(tmp_path / "enkat.csv")], prefix=prefix)
    assert run.returncode == 1
    assert run.stderr.count("\n") == 1 and "är skrivskyddad, så inget kan sparas" in run.stderr


def test_commits_still_in_another_writers_wal_are_seen(stick: tuple[Path, list[str]]) -> None:
    """Another computer (or user) has the file open and writing: its committed edits, still only in the WAL,
    are part of what the read-only copy shows."""
    folder, prefix = stick
    folder.chmod(0o700)
    writer = sqlite3.connect(folder / "lund.samverka")
    writer.execute("PRAGMA wal_autocheckpoint=0")
    writer.execute("UPDATE organisation SET name = 'Skolan (ändrad i WAL)'")
    writer.commit()
    try:
        assert (folder / "lund.samverka-wal").stat().st_size > 0
        if os.geteuid() != 0:
            folder.chmod(0o500)
        run = run_cli(["info", str(folder / "lund.samverka")], prefix=prefix)
        assert run.returncode == 0, run.stderr
        assert "Skolan (ändrad i WAL)" in run.stdout
    finally:
        writer.close()


def test_the_app_opens_it_read_only_with_a_banner(stick: tuple[Path, list[str]], tmp_path: Path) -> None:
    folder, prefix = stick
    shot = tmp_path / "banner.png"
    script = textwrap.dedent(f"""
        import os
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        from PySide6.QtWidgets import QApplication
        from samverka.ui.app import build_window
        app = QApplication([])
        window = build_window(app, "sv")
        window.resize(1366, 768)
        window.show()
        opened = window.open_path({str(folder / "lund.samverka")!r})
        app.processEvents()
        print(opened, window.ctx.state.db.read_only)
        print(window.banner.text())
        window.grab().save({str(shot)!r})
        window.close()
    """)
    import subprocess

    command = [*prefix, sys.executable, "-c", script]
    result = subprocess.run(command, capture_output=True, text=True, timeout=120,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr[-2000:]
    first, banner = result.stdout.splitlines()[:2]
    assert first == "True True"
    assert "Mappen" in banner and "är skrivskyddad" in banner and "skadad" not in banner
    assert shot.stat().st_size > 0
