"""The command line's import writes while it reads (core/survey/overlapped.py, a writer process): whatever the
file and whatever is stored, the collaboration ends up exactly as prepare_import + commit_import leave it, with
the same report; a refused, failed or killed import writes nothing."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from survey_files import LONG_HEADER

from samverka.core import crud
from samverka.core.collaboration_service import new_collaboration, open_collaboration
from samverka.core.progress import Cancelled
from samverka.core.survey import commit_import, format_report, prepare_import
from samverka.core.survey import overlapped as overlapped_module
from samverka.core.survey.overlapped import import_file
from samverka.errors import KnownError
from samverka.models.bulk_writer import BulkWriter, WriterGone

# Values that differ between two runs of the same import (when it was made), left out of the comparison.
_MOMENTS = {"survey_import": "imported_at", "audit_entry": "at"}
_TABLES = ("area", "area_alias", "survey_import", "survey_result", "audit_entry")


def _rows(count: int, *, first_year: int = 2010, areas: int = 30, survey: str = "PRS") -> list[str]:
    """`count` long-format rows, year by year, area by area, item by item, in every breakdown."""
    out: list[str] = []
    year = first_year
    while len(out) < count:
        for area in range(areas):
            for item in range(12):
                for breakdown in ("alla", "kvinnor", "män", "16-24 år"):
                    if len(out) < count:
                        value = f"{(len(out) * 7919) % 600 / 100:.2f}".replace(".", ",")
                        out.append(f"{survey};{year};Lund;A{area:02d};Område {area};grupp;Q{item:02d};Fråga {item};"
                                   f"index_0_6;{value};{breakdown};{20 + len(out) % 300};600;0,55;polisen.se")
        year += 1
    return out


def _csv(rows: list[str], *, title: bool = True) -> str:
    header = LONG_HEADER.replace(",", ";")
    return "\n".join([*(["Trygghetsmätning – export", ""] if title else []), header, *rows]) + "\n"


def _dump(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    conn = sqlite3.connect(path)
    try:
        dump = {}
        for table in _TABLES:
            names = [row[1] for row in conn.execute(f"PRAGMA table_info({table})") if row[1] != _MOMENTS.get(table)]
            quoted = ", ".join(f'"{name}"' for name in names)
            dump[table] = conn.execute(f"SELECT {quoted} FROM {table} ORDER BY id").fetchall()
        return dump
    finally:
        conn.close()


@pytest.fixture(scope="module")
def seeds(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Collaborations to import into: blank; with areas and aliases; with areas keyed alike; with values stored for
    2011."""
    folder = tmp_path_factory.mktemp("seeds")
    blank = folder / "blank.samverka"
    new_collaboration(blank, name="Lund 2026–2029", kommun="Lund").close()
    areas = folder / "areas.samverka"
    shutil.copyfile(blank, areas)
    db = open_collaboration(areas)
    try:
        area_id, _ = crud.create(db, "area", {"name": "Område 3", "code": "A03"})
        crud.create(db, "area_alias", {"alias": "Gamla trean", "area_id": area_id})
        crud.create(db, "area", {"name": "Område 7", "code": "X07"})  # the file's A07 is found by its name
    finally:
        db.close()
    slugs = folder / "slugs.samverka"  # an area without a code, and another owning the code made from its name
    shutil.copyfile(blank, slugs)
    db = open_collaboration(slugs)
    try:
        crud.create(db, "area", {"name": "Område 5", "code": ""})
        crud.create(db, "area", {"name": "Område fem", "code": "OMRADE_5"})
    finally:
        db.close()
    stored = folder / "stored.samverka"
    shutil.copyfile(blank, stored)
    data = folder / "2011.csv"
    data.write_text(_csv(_rows(300, first_year=2011)), encoding="utf-8")
    db = open_collaboration(stored)
    try:
        commit_import(db, prepare_import(db, data))
    finally:
        db.close()
    return {"blank": blank, "areas": areas, "slugs": slugs, "stored": stored}


@pytest.fixture
def overlaps(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """How many imports the writer process committed (so a test knows which way it went)."""
    committed: list[int] = []
    original = overlapped_module._Overlap.commit

    def commit(self: Any, report: Any) -> Any:
        outcome = original(self, report)
        committed.append(outcome.inserted)
        return outcome

    monkeypatch.setattr(overlapped_module._Overlap, "commit", commit)
    return committed


def _both_ways(seed: Path, data: Path, tmp_path: Path, *, skip_invalid: bool = False) -> tuple[Any, Any]:
    """(what import_file did, what prepare_import + commit_import did), each on its own copy of `seed`."""
    results = []
    for way in ("overlapped", "ordinary"):
        target = tmp_path / f"{way}.samverka"
        shutil.copyfile(seed, target)
        db = open_collaboration(target)
        try:
            results.append(_import(way, db, data, skip_invalid))
        finally:
            db.close()
        results[-1] = (*results[-1], _dump(target))
    return results[0], results[1]


def _import(way: str, db: Any, data: Path, skip_invalid: bool) -> tuple[str, Any]:
    try:
        if way == "overlapped":
            report, outcome = import_file(db, data, skip_invalid=skip_invalid)
        else:
            prepared = prepare_import(db, data)
            report = prepared.report
            refused = report.rejections and not skip_invalid
            outcome = None if refused else commit_import(db, prepared, skip_invalid=skip_invalid)
    except KnownError as error:
        return f"{type(error).__name__}: {error}", None
    done = None if outcome is None else (outcome.import_id, outcome.inserted, outcome.replaced_old,
                                         outcome.created_area_ids, outcome.unchanged)
    return format_report(report), done


def _cell(row: str, index: int, value: str) -> str:
    cells = row.split(";")
    cells[index] = value
    return ";".join(cells)


def _lines(rows: list[str], at: int, line: str) -> list[str]:
    return [*rows[:at], line, *rows[at:]]


CASES: dict[str, tuple[str, Callable[[], str | bytes], bool, bool]] = {
    # name: (seed, file text, skip_invalid, whether the writer process commits it)
    "clean": ("blank", lambda: _csv(_rows(9000)), False, True),
    "clean, no title rows": ("blank", lambda: _csv(_rows(700), title=False), False, True),
    "known areas, an alias, a name": ("areas", lambda: _csv(_lines(
        _rows(6000), 5000, "PRS;2030;Lund;;Gamla trean;grupp;Q01;Fråga 1;index_0_6;1,5;alla;;;;")), False, True),
    "a code in other letters": ("blank", lambda: _csv(_lines(
        _rows(5000), 4500, "PRS;2031;Lund;a01;Område 1;grupp;Q01;Fråga 1;index_0_6;1,5;alla;;;;")), False, True),
    "areas named only": ("blank", lambda: _csv([_cell(row, 3, "") for row in _rows(5000)]), False, True),
    "values missing in the middle": ("blank", lambda: _csv(_lines(
        _rows(6000), 5200, "PRS;2030;Lund;A01;Område 1;grupp;Q01;Fråga 1;index_0_6;..;alla;;;;")), False, True),
    "a rejected row": ("blank", lambda: _csv(_lines(
        _rows(6000), 5200, "PRS;2030;Lund;A01;Område 1;grupp;Q01;Fråga 1;index_0_6;abc;alla;;;;")), False, False),
    "a rejected row, skipped": ("blank", lambda: _csv(_lines(
        _rows(6000), 5200, "PRS;2030;Lund;A01;Område 1;grupp;Q01;Fråga 1;index_0_6;9,5;alla;;;;")), True, True),
    "a duplicate row": ("blank", lambda: _csv(_lines(_rows(6000), 5500, _rows(6000)[10])), False, False),
    "a duplicate row, skipped": ("blank", lambda: _csv(_lines(_rows(6000), 5500, _rows(6000)[10])), True, False),
    "two names of one area": ("areas", lambda: _csv(_lines(
        _rows(5000), 4900, _rows(5000)[13].replace(";A03;Område 3;", ";;Gamla trean;"))), False, False),
    "one new code named as a known area and as a new one": ("areas", lambda: _csv(_rows(3000) + [
        "PRS;2030;Lund;K9;Område 7;grupp;Q01;Fråga 1;index_0_6;1,5;alla;;;;",
        "PRS;2030;Lund;K9;Söder;grupp;Q01;Fråga 1;index_0_6;2,5;alla;;;;"]), False, False),
    "the same, skipped": ("areas", lambda: _csv(_rows(3000) + [
        "PRS;2030;Lund;K9;Område 7;grupp;Q01;Fråga 1;index_0_6;1,5;alla;;;;",
        "PRS;2030;Lund;K9;Söder;grupp;Q01;Fråga 1;index_0_6;2,5;alla;;;;"]), True, False),
    "an area's made code owned by another": ("slugs", lambda: _csv(
        [_cell(row, 3, "") if ";A05;" in row else row for row in _rows(6000)]
        + ["PRS;2030;Lund;OMRADE_5;Område fem;grupp;Q01;Fråga 1;index_0_6;1,5;alla;;;;"]), False, True),
    "a year already stored": ("stored", lambda: _csv(_rows(9000, first_year=2009)), False, False),
    "only other years stored": ("stored", lambda: _csv(_rows(4000, first_year=2020)), False, True),
    "quoted cells": ("blank", lambda: _csv([row.replace(";Område ", ';"Område ') .replace(";grupp", '";grupp')
                                           for row in _rows(5000)]), False, True),
    "no values at all": ("blank", lambda: _csv([_cell(row, 9, "..") for row in _rows(50)]), False, False),
    "Excel's CSV: Windows-1252, CRLF": ("blank", lambda: _csv(_rows(5000)).replace("\n", "\r\n").encode("cp1252"),
                                        False, True),
    "UTF-8 with a BOM": ("blank", lambda: "\ufeff".encode() + _csv(_rows(5000)).encode(), False, True),
    "a wide table": ("blank", lambda: "område;fråga 1;fråga 2\nA01;1,2;2,3\nA02;2,2;3,3\n", False, False),
}


@pytest.mark.parametrize("case", list(CASES))
def test_same_result_as_prepare_and_commit(case: str, seeds: dict[str, Path], tmp_path: Path,
                                           overlaps: list[int]) -> None:
    seed, text, skip_invalid, committed_by_writer = CASES[case]
    data = tmp_path / "survey.csv"
    content = text()
    data.write_bytes(content if isinstance(content, bytes) else content.encode())
    overlapped, ordinary = _both_ways(seeds[seed], data, tmp_path, skip_invalid=skip_invalid)
    assert overlapped[0] == ordinary[0]  # the report (or the error), word for word
    assert overlapped[1] == ordinary[1]  # what was written: ids, counts, replaced values, areas made
    assert overlapped[2] == ordinary[2]  # the collaboration, table by table
    assert bool(overlaps) == committed_by_writer, "the writer process was (not) used where expected"


def test_the_writer_failing_half_way_falls_back(seeds: dict[str, Path], tmp_path: Path, overlaps: list[int],
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    sent: list[int] = []
    original = BulkWriter.insert_rows

    def insert_rows(self: BulkWriter, *args: Any, **kwargs: Any) -> None:
        sent.append(1)
        if len(sent) == 3:
            self._process.kill()  # as if it crashed
            self._process.wait()
        original(self, *args, **kwargs)

    monkeypatch.setattr(BulkWriter, "insert_rows", insert_rows)
    data = tmp_path / "survey.csv"
    data.write_text(_csv(_rows(20_000)), encoding="utf-8")
    overlapped, ordinary = _both_ways(seeds["blank"], data, tmp_path)
    assert len(sent) >= 3 and not overlaps
    assert overlapped == ordinary


def test_a_commit_whose_answer_is_lost_is_not_made_twice(seeds: dict[str, Path], tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    original = BulkWriter.commit

    def commit(self: BulkWriter) -> None:
        original(self)
        raise WriterGone("the writer ended")  # as if it died after COMMIT, before saying so

    monkeypatch.setattr(BulkWriter, "commit", commit)
    target = tmp_path / "c.samverka"
    shutil.copyfile(seeds["blank"], target)
    data = tmp_path / "survey.csv"
    data.write_text(_csv(_rows(3000)), encoding="utf-8")
    db = open_collaboration(target)
    try:
        report, outcome = import_file(db, data)
    finally:
        db.close()
    assert outcome is not None and outcome.import_id is not None and outcome.inserted == 3000
    assert "Värden godtagna: 3000" in format_report(report)
    dump = _dump(target)
    assert len(dump["survey_result"]) == 3000 and len(dump["survey_import"]) == 1


@pytest.mark.parametrize("when", ["opening", "half way"])
def test_stopped_leaves_nothing_and_the_file_free(when: str, seeds: dict[str, Path], tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "c.samverka"
    shutil.copyfile(seeds["blank"], target)
    data = tmp_path / "survey.csv"
    data.write_text(_csv(_rows(30_000)), encoding="utf-8")
    if when == "opening":
        def fail(_table: object) -> None:
            raise KeyboardInterrupt  # anything at all, while the writer already holds the lock

        monkeypatch.setattr(overlapped_module, "find_long_header", fail)

    def progress(fraction: float) -> None:
        if fraction > 0.4:
            raise Cancelled

    db = open_collaboration(target)
    try:
        with pytest.raises(KeyboardInterrupt if when == "opening" else Cancelled):
            import_file(db, data, progress=progress)
    finally:
        db.close()
    conn = sqlite3.connect(target, timeout=0.2)  # the writer let go of the lock at once
    try:
        conn.execute("BEGIN IMMEDIATE")
        assert conn.execute("SELECT count(*) FROM survey_import").fetchone() == (0,)
        assert conn.execute("SELECT count(*) FROM survey_result").fetchone() == (0,)
        conn.execute("ROLLBACK")
    finally:
        conn.close()


_KILLED = r"""
import os, sys
from pathlib import Path
from samverka.core.collaboration_service import open_collaboration
from samverka.core.survey.overlapped import import_file

db = open_collaboration(sys.argv[1])
def progress(fraction):
    if fraction > 0.5:
        os._exit(3)  # the power goes half way through the file
import_file(db, Path(sys.argv[2]), progress=progress)
"""


def test_killed_half_way_writes_nothing(seeds: dict[str, Path], tmp_path: Path) -> None:
    target = tmp_path / "c.samverka"
    shutil.copyfile(seeds["blank"], target)
    data = tmp_path / "survey.csv"
    data.write_text(_csv(_rows(60_000)), encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    done = subprocess.run([sys.executable, "-c", _KILLED, str(target), str(data)], env=env, timeout=120, check=False)
    assert done.returncode == 3
    conn = sqlite3.connect(target, timeout=10)  # the writer has let go of the file: it can be written at once
    try:
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("ROLLBACK")
        counts = [conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] for table in
                  ("survey_result", "survey_import", "area")]
        assert counts == [0, 0, 0]
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        conn.close()


def test_the_command_line_imports_this_way(seeds: dict[str, Path], tmp_path: Path, overlaps: list[int],
                                           capsys: pytest.CaptureFixture[str]) -> None:
    from samverka.cli import main

    target = tmp_path / "c.samverka"
    shutil.copyfile(seeds["blank"], target)
    data = tmp_path / "survey.csv"
    data.write_text(_csv(_rows(5000)), encoding="utf-8")
    assert main(["import-survey", str(target), str(data)]) == 0
    assert overlaps == [5000]
    assert "Importerat: 5000 nya, 0 ersatta, 0 oförändrade." in capsys.readouterr().out
    assert len(_dump(target)["survey_result"]) == 5000


@pytest.fixture
def no_child_process(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(BulkWriter, "start", classmethod(lambda cls, path: None))
    yield


def test_without_a_writer_process_the_ordinary_way(seeds: dict[str, Path], tmp_path: Path, overlaps: list[int],
                                                   no_child_process: None) -> None:
    data = tmp_path / "survey.csv"
    data.write_text(_csv(_rows(3000)), encoding="utf-8")
    overlapped, ordinary = _both_ways(seeds["blank"], data, tmp_path)
    assert overlapped == ordinary and not overlaps
