"""The next period starts from this one: a new file with what carries over and links back; the old file is
never changed."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from samverka.cli import main
from samverka.core import calendar_service, crud
from samverka.core.collaboration_service import open_collaboration
from samverka.core.next_period import default_period, start_next_period
from samverka.errors import FileRefusedError, set_language
from samverka.models import Base
from samverka.models.db import Database
from samverka.workflow.progress import evaluate

D = dt.date


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _count(db: Database, table: str) -> int:
    with db.read() as session:
        return int(session.scalar(select(func.count()).select_from(Base.metadata.tables[table])) or 0)


def test_default_period_follows_the_old_one() -> None:
    assert default_period(D(2026, 1, 1), D(2029, 12, 31)) == (D(2030, 1, 1), D(2033, 12, 31))
    assert default_period(D(2026, 4, 1), D(2027, 3, 31)) == (D(2027, 4, 1), D(2028, 3, 31))
    assert default_period(None, None) == (None, None)


def _expected(old: Database) -> dict[str, int]:
    problems = [p for p in crud.list_rows(old, "problem") if p.in_focus]
    problem_ids = {p.id for p in problems}
    causes = [c for c in crud.list_rows(old, "cause") if c.problem_id in problem_ids]
    measures = [m for m in crud.list_rows(old, "measure") if m.status not in ("genomförd", "inställd")]
    measure_ids = {m.id for m in measures}
    return {
        "organisation": _count(old, "organisation"), "person": _count(old, "person"),
        "membership": _count(old, "membership"), "area": _count(old, "area"),
        "data_source": _count(old, "data_source"), "problem": len(problems), "cause": len(causes),
        "measure": len(measures),
        "status_update": sum(1 for u in crud.list_rows(old, "status_update") if u.measure_id in measure_ids),
        "indicator": _count(old, "indicator"), "measurement": _count(old, "measurement"),
        "calendar_event": _count(old, "calendar_event"),
    }


def test_carry_over_counts_links_and_an_unchanged_old_file(demo_path: Path, tmp_path: Path) -> None:
    before = _sha(demo_path)
    old = open_collaboration(demo_path, read_only=True, backup=False)
    try:
        expected = _expected(old)
        old_row = crud.get(old, "collaboration", old.collaboration_id())
        old_measures = {m.id: m for m in crud.list_rows(old, "measure")}
        result = start_next_period(old, tmp_path / "nästa.samverka", name="Lund 2030–2033")
    finally:
        old.close()
    assert _sha(demo_path) == before
    assert expected["measure"] < len(old_measures)  # a finished measure stays behind
    assert expected["calendar_event"] > 0 and expected["measurement"] > 0
    assert {table: result.counts[table] for table in expected} == expected
    assert result.path == (tmp_path / "nästa.samverka").resolve() and result.path.stat().st_mode & 0o777 == 0o600
    made = sorted(p.name for p in tmp_path.iterdir() if not p.name.startswith("lund-demo"))
    assert made == ["nästa.samverka"]  # no temporary file left
    new = open_collaboration(result.path)
    try:
        row = crud.get(new, "collaboration", new.collaboration_id())
        assert (row.name, row.period_start, row.period_end, row.status) == ("Lund 2030–2033", D(2030, 1, 1),
                                                                             D(2033, 12, 31), "utkast")
        assert (row.previous_uid, row.previous_file, row.previous_name) == (
            old_row.uid, str(demo_path.resolve()), old_row.name)
        assert row.uid and row.uid != old_row.uid
        assert row.overall_goal == old_row.overall_goal and row.lagesbild_summary == ""
        for table in ("organisation", "person", "area", "data_source", "cause", "indicator", "measurement",
                      "calendar_event"):
            assert _count(new, table) == expected[table], table
        for measure in crud.list_rows(new, "measure"):
            assert measure.carried_from == measure.id and old_measures[measure.id].title == measure.title
            assert measure.status not in ("genomförd", "inställd")
        assert all(p.carried_from == p.id for p in crud.list_rows(new, "problem"))
        assert all(i.carried_from == i.id for i in crud.list_rows(new, "indicator"))
        for table in ("agreement", "citizen_promise", "meeting", "survey_result", "lagesbild_contribution",
                      "action_plan", "goal"):
            assert _count(new, table) == 0, table
        assert _count(new, "scp_technique") == 25 and _count(new, "priority_criterion") > 0
        assert len(evaluate(new)) == 10
        assert calendar_service.calendar_ics(new)
    finally:
        new.close()


def test_chosen_problems_and_dropped_links(demo_path: Path, tmp_path: Path) -> None:
    old = open_collaboration(demo_path, read_only=True, backup=False)
    try:
        result = start_next_period(old, tmp_path / "utan.samverka", problem_ids=(), period_start=D(2027, 1, 1),
                                   period_end=D(2027, 12, 31))
    finally:
        old.close()
    assert result.counts["problem"] == 0 and result.counts["cause"] == 0
    assert result.counts["measure_cause"] == 0  # links to causes that stayed behind are dropped
    new = open_collaboration(result.path)
    try:
        assert all(m.problem_id is None for m in crud.list_rows(new, "measure"))
    finally:
        new.close()


def test_refuses_an_existing_target_and_the_old_file_itself(demo_path: Path, tmp_path: Path) -> None:
    taken = tmp_path / "finns.samverka"
    taken.write_bytes(b"not ours")
    old = open_collaboration(demo_path, read_only=True, backup=False)
    try:
        with pytest.raises(FileRefusedError, match="finns redan"):
            start_next_period(old, taken)
        with pytest.raises(FileRefusedError, match="ny fil"):
            start_next_period(old, demo_path)
        with pytest.raises(FileRefusedError, match="finns inte"):
            start_next_period(old, tmp_path / "saknas" / "ny.samverka")
    finally:
        old.close()
    assert taken.read_bytes() == b"not ours"
    assert not [p for p in os.listdir(tmp_path) if p.endswith(".tmp")]


def test_cli(demo_path: Path, tmp_path: Path, capsys: Any) -> None:
    before = _sha(demo_path)
    target = tmp_path / "cli.samverka"
    assert main(["next-period", str(demo_path), str(target), "--name", "Nästa", "--start", "2030-01-01",
                 "--end", "2030-12-31"]) == 0
    out = capsys.readouterr().out
    assert str(target.resolve()) in out and "öppna problem: 1" in out and "Nästa (2030-01-01 – 2030-12-31)" in out
    assert _sha(demo_path) == before
    try:
        assert main(["--lang", "en", "next-period", str(demo_path), str(target)]) == 1
    finally:
        set_language("sv")
    assert "already exists" in capsys.readouterr().err


def test_machine_ids_are_not_scanned_as_personal_data(tmp_path: Path) -> None:
    """A collaboration's uid is random hex: a run of digits in it must never read as a phone number."""
    from samverka.core.collaboration_service import new_collaboration
    from samverka.core.pii import scan_collaboration as scan

    db = new_collaboration(tmp_path / "uid.samverka", name="Ren")
    try:
        crud.update(db, "collaboration", db.collaboration_id(), {"uid": "0701234567198503121234abcdef0000",
                                                                 "previous_uid": "0701234567"})
        assert scan(db) == []
    finally:
        db.close()


def test_the_new_period_finds_its_previous_file(demo_path: Path, tmp_path: Path) -> None:
    from samverka.core.next_period import previous_period

    old = open_collaboration(demo_path, read_only=True, backup=False)
    try:
        assert previous_period(old) is None  # the demo is a first period
        result = start_next_period(old, tmp_path / "ny.samverka")
    finally:
        old.close()
    new = open_collaboration(result.path)
    try:
        link = previous_period(new)
        assert link is not None and link.found and link.same and link.location == str(demo_path.resolve())
        moved = demo_path.rename(tmp_path / "flyttad.samverka")
        link = previous_period(new)
        assert link is not None and not link.found and link.name.startswith("Lunds kommun")
        moved.rename(demo_path)
        crud.update(new, "collaboration", new.collaboration_id(), {"previous_uid": "annan"})
        link = previous_period(new)
        assert link is not None and link.found and not link.same
    finally:
        new.close()
