"""The command line: new, demo, info; refused files are named and left byte for byte unchanged."""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from samverka.cli import main
from samverka.core import demo_plan


def _run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "SAMVERKA_LANG": "sv"}
    return subprocess.run([sys.executable, "-m", "samverka.cli", *args], capture_output=True, text=True,
                          env=env, cwd=cwd, timeout=120)


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_then_info(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "ny.samverka"
    assert main(["new", str(target), "--name", "Lunds kommun och LPO Lund 2026–2029", "--kommun", "Lund",
                 "--lpo", "LPO Lund", "--start", "2026-01-01", "--end", "2029-12-31"]) == 0
    assert target.stat().st_mode & 0o777 == 0o600
    capsys.readouterr()
    assert main(["info", str(target), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["name"] == "Lunds kommun och LPO Lund 2026–2029"
    assert data["period"] == {"start": "2026-01-01", "end": "2029-12-31"}
    assert len(data["steps"]) == 10
    # The kommun and the police area named are the two parties, as the agreement names them.
    assert data["parties"] == [{"name": "Lunds kommun", "type": "Kommun"},
                               {"name": "Polisen, lokalpolisområde Lund", "type": "Polis"}]


def test_new_refuses_existing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "finns.samverka"
    target.write_text("viktig text")
    before = _digest(target)
    assert main(["new", str(target), "--name", "X"]) == 1
    assert "finns redan" in capsys.readouterr().err
    assert _digest(target) == before


def test_demo_and_info_text_and_json_agree(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "x.samverka"
    assert main(["demo", str(target)]) == 0
    capsys.readouterr()
    assert main(["info", str(target)]) == 0
    text = capsys.readouterr().out
    assert main(["info", str(target), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    for step in data["steps"]:
        assert step["title"] in text
    assert data["counts"]["measures"] == len(demo_plan.MEASURES)
    assert all("missing_where" in step for step in data["steps"])
    assert "Lunds kommun × LPO Lund" in text


def _other_sqlite(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE notes (x TEXT)")
    conn.execute("INSERT INTO notes VALUES ('hej')")
    conn.commit()
    conn.close()


@pytest.mark.parametrize("kind", ["text", "empty", "other-sqlite", "random-bytes", "newer-schema"])
def test_info_refuses_other_files_and_leaves_them_unchanged(tmp_path: Path, kind: str) -> None:
    target = tmp_path / f"{kind}.samverka"
    if kind == "text":
        target.write_text("Det här är en textfil.\n")
    elif kind == "empty":
        target.write_bytes(b"")
    elif kind == "other-sqlite":
        _other_sqlite(target)
    elif kind == "random-bytes":
        target.write_bytes(os.urandom(4096))
    else:
        assert main(["new", str(target), "--name", "X"]) == 0
        conn = sqlite3.connect(target)
        conn.execute("PRAGMA user_version=999")
        conn.close()
    before = _digest(target)
    siblings = sorted(p.name for p in tmp_path.iterdir())
    result = _run("info", str(target))
    assert result.returncode != 0
    assert str(target) in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert _digest(target) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == siblings


def test_english_error(tmp_path: Path) -> None:
    target = tmp_path / "t.txt"
    target.write_text("x")
    result = _run("--lang", "en", "info", str(target))
    assert result.returncode == 1
    assert "is not a Samverka file" in result.stderr


@pytest.mark.postgres
def test_server_url_works_wherever_a_file_does(store_target: str, capsys: pytest.CaptureFixture[str]) -> None:
    if "://" not in store_target:
        pytest.skip("the PostgreSQL variant covers URLs")
    assert main(["new", store_target, "--name", "Delad samverkan", "--kommun", "Lund"]) == 0
    capsys.readouterr()
    assert main(["info", store_target, "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["name"] == "Delad samverkan"
