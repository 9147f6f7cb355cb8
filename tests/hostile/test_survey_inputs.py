"""Survey files are never changed silently: mixed encodings are refused with line numbers, TRUE is never the
number 1, and a broken file ends in one line."""

from __future__ import annotations

from pathlib import Path

import pytest

from samverka.core.survey import parse_file
from samverka.core.survey.csv_reader import decode
from samverka.errors import KnownError

HEADER = "survey,year,area_code,area_name,item_code,item_label_sv,value_type,value\n"


def _csv(tmp_path: Path, data: bytes) -> Path:
    path = tmp_path / "enkät.csv"
    path.write_bytes(data)
    return path


def test_mixed_utf8_and_cp1252_lines_are_refused_with_their_numbers(tmp_path: Path) -> None:
    """Seen: such a file was decoded as cp1252 and its UTF-8 rows became mojibake, with no warning."""
    data = (HEADER.encode() + "PRS,2024,LU01,Västra innerstaden,UTE,Otrygg ute,share_pct,24.5\n".encode()
            + "PRS,2024,LU02,Östra Torn,UTE,Otrygg ute,share_pct,21.0\n".encode("cp1252")
            + b"PRS,2024,LU03,Norr,UTE,Otrygg ute,share_pct,20.0\n"
            + "PRS,2024,LU04,Söder,UTE,Otrygg ute,share_pct,19.0\n".encode("cp1252"))
    with pytest.raises(KnownError) as caught:
        parse_file(_csv(tmp_path, data))
    assert "rad 2 är UTF-8 men rad 3, 5 är i en annan kodning" in caught.value.sv
    assert "line 2 is UTF-8 but line 3, 5 is in another encoding" in caught.value.en


def test_bom_followed_by_a_bad_byte(tmp_path: Path) -> None:
    """Seen: a UnicodeDecodeError traceback."""
    data = b"\xef\xbb\xbf" + HEADER.encode() + b"PRS,2024,LU01,\xd6ster,UTE,Otrygg ute,share_pct,24.5\n"
    with pytest.raises(KnownError, match="märkt som UTF-8 men rad 2 är det inte"):
        parse_file(_csv(tmp_path, data))


def test_a_whole_cp1252_file_is_still_read(tmp_path: Path) -> None:
    data = (HEADER + "PRS,2024,LU01,Östra Torn,UTE,Otrygg ute,share_pct,24.5\n").encode("cp1252")
    prepared = parse_file(_csv(tmp_path, data))
    assert prepared.report.encoding == "cp1252" and prepared.records[0].area_name == "Östra Torn"


def test_decode_is_exact_for_utf8_with_and_without_bom() -> None:
    assert decode("å".encode()) == ("å", "utf-8")
    assert decode(b"\xef\xbb\xbf" + "å".encode()) == ("å", "utf-8-sig")


def _xlsx(tmp_path: Path, values: list[object]) -> Path:
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(HEADER.strip().split(","))
    for i, value in enumerate(values, start=1):
        sheet.append(["PRS", 2024, f"LU0{i}", f"Område {i}", "UTE", "Otrygg ute", "index_0_6", value])
    path = tmp_path / "enkät.xlsx"
    workbook.save(path)
    return path


@pytest.mark.parametrize("values", [[1, True], [True, 1], [1.0, True, 1]])
def test_a_boolean_cell_is_never_the_number_one(tmp_path: Path, values: list[object]) -> None:
    """Seen: a per-column cache with True == 1 took TRUE after a numeric 1 as 1, and refused a 1 after TRUE."""
    prepared = parse_file(_xlsx(tmp_path, values))
    accepted = {record.area_code: record.value for record in prepared.records}
    rejected = {rejection.row for rejection in prepared.report.rejections}
    for row, value in enumerate(values, start=2):
        if isinstance(value, bool):
            assert row in rejected and f"LU0{row - 1}" not in accepted
        else:
            assert accepted[f"LU0{row - 1}"] == 1.0 and row not in rejected


def test_long_rejected_cell_is_shown_as_an_excerpt(tmp_path: Path) -> None:
    from samverka.core.survey import format_report

    long = "x" * 20_000
    data = (HEADER + f"PRS,2024,LU01,Innerstaden,UTE,Otrygg ute,share_pct,{long}\n").encode()
    prepared = parse_file(_csv(tmp_path, data))
    report = format_report(prepared.report)
    assert prepared.report.rejections and "x" * 41 not in report
