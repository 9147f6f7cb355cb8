"""samverka import-survey: the report, exit codes, --dry-run, --skip-invalid, --mapping."""

from __future__ import annotations

from pathlib import Path

import pytest
from survey_files import long_csv

from samverka.cli import main
from samverka.core import crud
from samverka.core.collaboration_service import new_collaboration, open_collaboration
from samverka.core.survey import ColumnMapping, save_mapping
from samverka.core.survey.headers import signature


@pytest.fixture
def store(tmp_path: Path) -> Path:
    path = tmp_path / "c.samverka"
    new_collaboration(path, name="CLI-test", kommun="Lund").close()
    return path


def _stored(path: Path) -> int:
    db = open_collaboration(path)
    try:
        return len(crud.list_rows(db, "survey_result"))
    finally:
        db.close()


def test_import_prints_report_and_writes(store: Path, write_file, capsys: pytest.CaptureFixture[str]) -> None:
    data = write_file("s.csv", long_csv(";", decimal_comma=True))
    assert main(["import-survey", str(store), str(data)]) == 0
    out = capsys.readouterr().out
    assert "Värden godtagna: 3" in out and "Importerat: 3 nya" in out
    assert _stored(store) == 3
    assert main(["import-survey", str(store), str(data)]) == 0
    assert "oförändrade" in capsys.readouterr().out
    assert _stored(store) == 3


def test_dry_run_writes_nothing(store: Path, write_file, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["import-survey", str(store), str(write_file("s.csv", long_csv())), "--dry-run"]) == 0
    assert "Provkörning" in capsys.readouterr().out
    assert _stored(store) == 0


def test_rejections_exit_non_zero_unless_skipped(store: Path, write_file, capsys: pytest.CaptureFixture[str]) -> None:
    rows = [*long_csv().strip().splitlines()[1:], "S,2023,Lund,LU01,X,g,BAD,Bad,index_0_6,abc,alla,,,,"]
    data = write_file("bad.csv", long_csv(",", rows))
    assert main(["import-survey", str(store), str(data)]) != 0
    captured = capsys.readouterr()
    assert "rad 5, kolumn value ('abc')" in captured.out and "Inget importerades" in captured.err
    assert _stored(store) == 0
    assert main(["import-survey", str(store), str(data), "--dry-run"]) != 0
    assert main(["import-survey", str(store), str(data), "--skip-invalid"]) == 0
    assert _stored(store) == 3


def test_bad_file_exit_code_and_english(store: Path, write_file, capsys: pytest.CaptureFixture[str]) -> None:
    data = write_file("x.xlsx", b"%PDF-1.4 nothing")
    assert main(["--lang", "en", "import-survey", str(store), str(data)]) == 1
    assert "is a PDF file" in capsys.readouterr().err
    assert main(["import-survey", str(store), str(write_file("e.csv", b""))]) == 1


def test_named_mapping_and_sheet(store: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from survey_files import write_xlsx

    data = write_xlsx(tmp_path / "w.xlsx", {"Info": [["Läs mig"]], "Index": [["Område", "Klotter"], ["Norr", 1.5]]})
    assert main(["import-survey", str(store), str(data), "--sheet", "Index"]) == 1
    assert "kolumnmappning" in capsys.readouterr().err
    db = open_collaboration(store)
    mapping = ColumnMapping(name="Brett", label_column="Område", value_columns={"Klotter": ""}, year=2021)
    save_mapping(db, signature(["Annat"]), mapping)
    db.close()
    assert main(["import-survey", str(store), str(data), "--sheet", "Index", "--mapping", "brett"]) == 0
    assert _stored(store) == 1
    assert main(["import-survey", str(store), str(data), "--mapping", "saknas"]) == 1
    assert "Brett" in capsys.readouterr().err
