"""Files that must be refused with a clear message, and never leave anything written."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from survey_files import long_csv

from samverka.core.survey import MAX_FILE_BYTES, list_sheets, parse_file, prepare_import
from samverka.errors import KnownError


def _refused(path: Path, match: str) -> KnownError:
    with pytest.raises(KnownError, match=match) as caught:
        parse_file(path)
    assert caught.value.en and caught.value.sv != caught.value.en
    return caught.value


def test_empty_file(write_file) -> None:
    _refused(write_file("empty.csv", b""), "tom")
    _refused(write_file("blank.csv", "\n \n;;;\n"), "tom")


def test_random_bytes(write_file) -> None:
    _refused(write_file("noise.csv", bytes(range(256)) * 40), "binär")


def test_pdf_renamed_to_xlsx(write_file) -> None:
    error = _refused(write_file("results.xlsx", b"%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n"), "PDF")
    assert "Excel" in error.sv


def test_text_renamed_to_xlsx(write_file) -> None:
    _refused(write_file("results.xlsx", "just,some,text\n1,2,3\n"), "inte någon Excel|ingen Excel")


def test_broken_zip_named_xlsx(write_file) -> None:
    _refused(write_file("broken.xlsx", b"PK\x03\x04" + os.urandom(500)), "Excel")


def test_old_xls(write_file) -> None:
    _refused(write_file("old.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600), r"\.xls")


def test_too_large_file_is_refused_before_reading(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "huge.csv"
    with path.open("wb") as handle:
        handle.truncate(200 * 1024 * 1024)  # sparse: takes no disk space
    assert path.stat().st_size > MAX_FILE_BYTES

    def no_reading(*_args: object) -> bytes:
        raise AssertionError("the file was read")

    monkeypatch.setattr(Path, "read_bytes", no_reading)
    _refused(path, "200 MB")


def test_missing_file_and_folder(tmp_path: Path) -> None:
    _refused(tmp_path / "nope.csv", "kunde inte öppnas")
    _refused(tmp_path, "ingen fil")


def test_unknown_sheet(tmp_path: Path) -> None:
    from survey_files import write_xlsx

    path = write_xlsx(tmp_path / "a.xlsx", {"Data": [["x"]], "Mer": [["y"]]})
    assert list_sheets(path) == ["Data", "Mer"]
    with pytest.raises(KnownError, match="Data, Mer"):
        parse_file(path, sheet="Saknas")
    assert list_sheets(Path(__file__)) == []


def test_sheet_option_on_csv(write_file) -> None:
    with pytest.raises(KnownError, match="inga ark"):
        parse_file(write_file("a.csv", long_csv()), sheet="X")


def test_abc_in_number_column_is_a_row_rejection(write_file) -> None:
    rows = ["S,2023,Lund,LU01,X,g,A,A,index_0_6,abc,alla,,,,"]
    prepared = parse_file(write_file("abc.csv", long_csv(",", rows)))
    [rejection] = prepared.report.rejections
    assert (rejection.row, rejection.column, rejection.value) == (2, "value", "abc")
    assert "Not a number" in rejection.reason.en


def test_out_of_range_values(write_file) -> None:
    rows = ["S,2023,Lund,LU01,X,g,A,A,index_0_6,-0.1,alla,,,,", "S,2023,Lund,LU01,X,g,B,B,index_0_6,7,alla,,,,",
            "S,2023,Lund,LU01,X,g,C,C,share_pct,100.5,alla,,,,", "S,2023,Lund,LU01,X,g,D,D,share_pct,-1,alla,,,,",
            "S,2023,Lund,LU01,X,g,E,E,index_0_6,24%,alla,,,,", "S,2023,Lund,LU01,X,g,F,F,index_0_6,6,alla,,,,",
            "S,2023,Lund,LU01,X,g,G,G,share_pct,0,alla,,,,"]
    prepared = parse_file(write_file("range.csv", long_csv(",", rows)))
    assert [r.row for r in prepared.report.rejections] == [2, 3, 4, 5, 6]
    assert [r.item_code for r in prepared.records] == ["F", "G"]


def test_no_recognisable_header_needs_a_mapping(db, write_file) -> None:
    from samverka.core.survey import NeedsMappingError

    with pytest.raises(NeedsMappingError, match="långformatet"):
        prepare_import(db, write_file("odd.csv", "foo;bar\n1;2\n"))
