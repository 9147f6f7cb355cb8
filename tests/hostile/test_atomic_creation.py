"""New files appear whole or not at all: import-json, new and demo build under a temporary name beside the
target and rename it into place. A SIGKILL at any moment leaves nothing at the target (or a complete file), and
whatever a killed run left never blocks the next one."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from samverka.core.collaboration_service import new_collaboration, open_collaboration
from samverka.core.json_io import export_json
from samverka.errors import FileRefusedError, KnownError
from samverka.models.atomic import create_store


@pytest.fixture(scope="module")
def large_json(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The large generated collaboration as JSON (about 24 MB): an import takes a couple of seconds."""
    from samverka.core.large import build_large

    folder = tmp_path_factory.mktemp("large")
    db = build_large(folder / "large.samverka")
    try:
        data = export_json(db)
    finally:
        db.close()
    path = folder / "large.json"
    path.write_bytes(data)
    return path


def _import(json_path: Path, target: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen([sys.executable, "-m", "samverka.cli", "import-json", str(json_path), str(target)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def _check_complete_or_absent(target: Path, expected: bytes) -> bool:
    if not target.exists():
        return False
    db = open_collaboration(target, read_only=True, backup=False)
    try:
        assert export_json(db) == expected, "a partly imported file appeared at the target"
    finally:
        db.close()
    return True


@pytest.mark.slow
def test_sigkill_during_import_json_leaves_nothing_or_everything(large_json: Path, tmp_path: Path) -> None:
    expected = large_json.read_bytes()
    started = time.monotonic()
    child = _import(large_json, tmp_path / "timing.samverka")
    assert child.wait(timeout=300) == 0
    duration = time.monotonic() - started
    rng = random.Random(18)
    target = tmp_path / "kopia.samverka"
    outcomes = {"absent": 0, "complete": 0}
    for _kill in range(8):
        child = _import(large_json, target)
        time.sleep(rng.uniform(0.2, duration * 0.95))
        child.send_signal(signal.SIGKILL)
        child.wait()
        outcomes["complete" if _check_complete_or_absent(target, expected) else "absent"] += 1
        if target.exists():
            os.unlink(target)
    assert outcomes["absent"] >= 1, outcomes  # the kills did land while the file was being built
    leftovers = [p.name for p in tmp_path.iterdir() if p.name.startswith(".kopia.samverka.")]
    child = _import(large_json, target)  # a retry is never blocked by what the killed runs left
    assert child.wait(timeout=300) == 0, child.stderr.read() if child.stderr else ""
    assert _check_complete_or_absent(target, expected)
    assert not [p.name for p in tmp_path.iterdir() if p.name.startswith(".kopia.samverka.")], leftovers


def test_one_kill_during_import_json_then_a_retry(demo_db: object, tmp_path: Path) -> None:
    source = tmp_path / "demo.json"
    source.write_bytes(export_json(demo_db))  # type: ignore[arg-type]
    target = tmp_path / "ny.samverka"
    child = _import(source, target)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and not any(tmp_path.glob(".ny.samverka.*.tmp")):
        time.sleep(0.001)
    child.send_signal(signal.SIGKILL)
    child.wait()
    assert not target.exists()
    child = _import(source, target)
    assert child.wait(timeout=120) == 0
    assert _check_complete_or_absent(target, source.read_bytes())


def test_refused_values_and_failed_builds_leave_no_file(tmp_path: Path) -> None:
    target = tmp_path / "ny.samverka"

    def fail(_db: object) -> None:
        raise KnownError("avbrutet", "stopped")

    with pytest.raises(KnownError):
        create_store(target, fail)
    with pytest.raises(KnownError):
        new_collaboration(target, name="   ")
    assert list(tmp_path.iterdir()) == []


def test_existing_file_is_never_replaced(tmp_path: Path) -> None:
    target = tmp_path / "finns.samverka"
    target.write_text("användarens fil", encoding="utf-8")
    with pytest.raises(FileRefusedError, match="finns redan"):
        new_collaboration(target, name="Ny")
    assert target.read_text(encoding="utf-8") == "användarens fil"


def test_file_made_meanwhile_is_not_overwritten(tmp_path: Path) -> None:
    target = tmp_path / "kapplöpning.samverka"

    def someone_else_creates_it(_db: object) -> None:
        target.write_text("den andras fil", encoding="utf-8")

    with pytest.raises(FileRefusedError, match="skapades av någon annan"):
        create_store(target, someone_else_creates_it)
    assert target.read_text(encoding="utf-8") == "den andras fil"
    assert [p.name for p in tmp_path.iterdir()] == [target.name]


def test_new_files_are_private_and_complete(tmp_path: Path) -> None:
    db = new_collaboration(tmp_path / "ny.samverka", name="Ny")
    db.close()
    assert (tmp_path / "ny.samverka").stat().st_mode & 0o777 == 0o600
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ny.samverka"]
