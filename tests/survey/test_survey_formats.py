"""Every file shape the importer reads: CSV variants, XLSX sheets, title rows, formulas, wide layouts."""

from __future__ import annotations

from pathlib import Path

import pytest
from survey_files import LONG_HEADER, add_cached_values, long_csv, write_xlsx

from samverka.core.survey import AREAS_AS_ROWS, ITEMS_AS_ROWS, ColumnMapping, NeedsMappingError, parse_file
from samverka.core.survey.csv_reader import sniff_delimiter
from samverka.core.survey.numbers import is_missing, parse_number


def _values(path: Path, **kwargs: object) -> dict[tuple[str, str, str], float]:
    prepared = parse_file(path, **kwargs)  # type: ignore[arg-type]
    return {(r.area_code or r.area_name, r.item_code, r.breakdown): r.value for r in prepared.records}


EXPECTED = {
    ("LU01", "BERUSADE", "alla"): 2.4,
    ("LU01", "UTE_SEN_KVALL", "kvinnor"): 24.5,
    ("LUND", "TOTALINDEX", "alla"): 1.41,
}


@pytest.mark.parametrize(
    ("delimiter", "encoding", "decimal_comma"),
    [
        (",", "utf-8", False),
        (";", "utf-8", True),
        ("\t", "utf-8", True),
        (";", "utf-8-sig", True),
        (";", "cp1252", True),
        ("\t", "utf-16", True),
    ],
)
def test_long_csv_variants(write_file, delimiter: str, encoding: str, decimal_comma: bool) -> None:
    path = write_file("long.csv", long_csv(delimiter, decimal_comma=decimal_comma), encoding)
    prepared = parse_file(path)
    assert _values(path) == EXPECTED
    assert prepared.report.layout == "long"
    assert prepared.report.rejected == 0
    # Windows-1252 and UTF-8 give the same Swedish text.
    labels = {r.item_label for r in prepared.records}
    assert "Otrygg ute ensam sen kväll" in labels


def test_numbers_in_every_spelling() -> None:
    assert parse_number("2,4") == (2.4, False)
    assert parse_number("24,5 %") == (24.5, True)
    assert parse_number("24.5%") == (24.5, True)
    assert parse_number("1 234,5") == (1234.5, False)
    assert parse_number("1\u00a0234") == (1234.0, False)
    assert parse_number("1\u202f234,25") == (1234.25, False)
    assert parse_number("1.234,5") == (1234.5, False)
    assert parse_number("\u22120,5") == (-0.5, False)
    for bad in ("abc", "nan", "inf", "1_000", "%", ",", "2,4,5"):
        with pytest.raises(ValueError):
            parse_number(bad)
    for marker in ("", "-", "–", "..", "x", "n/a", None, "  "):
        assert is_missing(marker)


def test_sniffing_prefers_the_consistent_separator() -> None:
    text = "a;b;c\n1,5;2,5;3,5\n4,5;5,5;6,5\n"
    assert sniff_delimiter(text) == ";"
    assert sniff_delimiter("a\tb\n1,2\t3,4\n") == "\t"


def test_title_rows_and_swedish_headers(write_file) -> None:
    content = (
        "Trygghetsmätning 2023\n"
        "Polisregion Syd och Lunds kommun;;;\n"
        "\n"
        "År;Områdeskod;Område;Frågekod;Fråga;Värdetyp;Värde;Uppdelning;Antal svarande (n)\n"
        "2023;LU01;Lunds innerstad;BERUSADE;Berusade personer;Index;2,4;Totalt;312\n"
        "2023;LU01;Lunds innerstad;UTE;Otrygg ute;Andel;31 %;Kvinnor;25\n"
        "2023;LU01;Lunds innerstad;UTE;Otrygg ute;Andel;19 %;16–24 år;40\n"
    )
    prepared = parse_file(write_file("svenska.csv", content))
    report = prepared.report
    assert report.header_row == 4
    assert report.rejected == 0
    by_key = {(r.item_code, r.breakdown): r for r in prepared.records}
    assert by_key[("BERUSADE", "alla")].value == 2.4
    assert by_key[("UTE", "kvinnor")].value_type == "share_pct"
    assert by_key[("UTE", "kvinnor")].uncertain
    assert not by_key[("UTE", "ålder:16-24")].uncertain
    assert by_key[("BERUSADE", "alla")].survey == "trygghetsmätning"
    assert by_key[("BERUSADE", "alla")].source == "svenska.csv"


def test_missing_markers_are_skipped_not_rejected(write_file) -> None:
    rows = [f"S,2023,Lund,LU01,Innerstad,g,ITEM{i},Item {i},index_0_6,{marker},alla,,,," for i, marker in
            enumerate(["", "-", "–", "..", "x", "n/a", "2.0"])]
    prepared = parse_file(write_file("missing.csv", long_csv(",", rows)))
    assert prepared.report.accepted == 1
    assert len(prepared.report.skipped) == 6
    assert prepared.report.rejected == 0


def test_response_rate_and_counts(write_file) -> None:
    rows = ["S,2023,Lund,LU01,Innerstad,g,A,A,share_pct,50%,alla,1 200,2 000,60 %,src",
            "S,2023,Lund,LU01,Innerstad,g,B,B,count,12,alla,,,0.55,src"]
    records = parse_file(write_file("rates.csv", long_csv(",", rows).replace("1 200", "\"1 200\""))).records
    assert records[0].n_respondents == 1200 and records[0].n_sent == 2000
    assert records[0].response_rate == pytest.approx(0.6)
    assert records[1].response_rate == pytest.approx(0.55)
    assert records[1].value_type == "count"


def test_xlsx_several_sheets_and_sheet_choice(tmp_path: Path) -> None:
    header = LONG_HEADER.split(",")
    rows = [row.split(",") for row in long_csv().strip().splitlines()[1:]]
    for row in rows:
        row[1] = int(row[1])  # type: ignore[call-overload]
        row[9] = float(row[9])  # type: ignore[call-overload]
    other = [["Titel på arket"], header, ["S", 2022, "Lund", "LU02", "Väster", "g", "X", "X", "index_0_6", 3.0,
                                          "alla", 40, None, None, "src"]]
    path = write_xlsx(tmp_path / "many.xlsx", {"Om undersökningen": [], "2023": [header, *rows], "2022": other})
    first = parse_file(path)
    assert first.sheet == "2023"  # the empty first sheet is passed over
    assert {r.item_code for r in first.records} == {"BERUSADE", "UTE_SEN_KVALL", "TOTALINDEX"}
    assert any("2022" in str(note) for note in first.report.notes)
    chosen = parse_file(path, sheet="2022")
    assert [(r.area_code, r.value, r.year) for r in chosen.records] == [("LU02", 3.0, 2022)]
    assert chosen.report.header_row == 2


def test_xlsx_percent_format_and_formulas(tmp_path: Path) -> None:
    header = ["År", "Område", "Fråga", "Värde", "Värdetyp"]
    rows = [header, [2023, "Innerstad", "Otrygg", 0.245, "andel"], [2023, "Innerstad", "Berusade", "=1+1.5", "index"],
            [2023, "Väster", "Berusade", "=1+1", "index"]]
    path = write_xlsx(tmp_path / "formulas.xlsx", {"Data": rows}, percent_cells=["D2"])
    add_cached_values(path, {"D3": "2.5"})
    prepared = parse_file(path)
    values = {(r.area_name, r.item_label): (r.value, r.value_type) for r in prepared.records}
    assert values[("Innerstad", "Otrygg")] == (pytest.approx(24.5), "share_pct")
    assert values[("Innerstad", "Berusade")] == (2.5, "index_0_6")  # the stored result of the formula
    [rejection] = prepared.report.rejections
    assert rejection.row == 4 and rejection.column == "Värde"
    assert "formel" in rejection.reason.sv and "formula" in rejection.reason.en


def test_wide_areas_as_rows(write_file) -> None:
    content = (
        "Trygghetsindex per område 2023\n"
        "Område;Kod;Nedskräpning;Berusade personer;Antal svarande\n"
        "Lunds innerstad;LU01;2,4;2,9;298\n"
        "Väster;LU02;1,1;..;25\n"
        "Källa: Polisen\n"
    )
    path = write_file("wide.csv", content)
    with pytest.raises(NeedsMappingError) as caught:
        parse_file(path)
    assert caught.value.header[:2] == ["Område", "Kod"]
    mapping = ColumnMapping(
        orientation=AREAS_AS_ROWS, label_column="Område", code_column="Kod", n_column="Antal svarande",
        value_columns={"Nedskräpning": "NEDSKRAPNING", "Berusade personer": ""}, year=2023,
    )
    prepared = parse_file(path, mapping=mapping)
    got = {(r.area_code, r.item_code): (r.value, r.n_respondents) for r in prepared.records}
    assert got == {
        ("LU01", "NEDSKRAPNING"): (2.4, 298),
        ("LU01", "BERUSADE_PERSONER"): (2.9, 298),
        ("LU02", "NEDSKRAPNING"): (1.1, 25),
    }
    assert prepared.report.layout == AREAS_AS_ROWS
    assert prepared.report.rejected == 0
    assert len(prepared.report.skipped) == 2  # the ".." cell and the footnote row
    # The remembered mapping is found again by the header signature.
    again = parse_file(path, saved={prepared.signature: mapping}.get)
    assert len(again.records) == 3


def test_wide_items_as_rows(write_file) -> None:
    content = "Fråga\tLunds innerstad\tVäster\nNedskräpning\t2,4\t1,1\nBerusade\t2,9\t7\n"
    mapping = ColumnMapping(
        orientation=ITEMS_AS_ROWS, label_column="Fråga", value_columns={"Lunds innerstad": "LU01", "Väster": ""},
        year=2022, value_type="index_0_6",
    )
    prepared = parse_file(write_file("wide2.tsv", content), mapping=mapping)
    got = {(r.area_code, r.area_name, r.item_code): r.value for r in prepared.records}
    assert got == {
        ("LU01", "Lunds innerstad", "NEDSKRAPNING"): 2.4,
        ("", "Väster", "NEDSKRAPNING"): 1.1,
        ("LU01", "Lunds innerstad", "BERUSADE"): 2.9,
    }
    [rejection] = prepared.report.rejections
    assert rejection.column == "Väster" and "0 och 6" in rejection.reason.sv


def test_mapping_must_fit_the_file(write_file) -> None:
    path = write_file("w.csv", "Område;A;B\nX;1;2\n")
    with pytest.raises(Exception, match="passar inte"):
        parse_file(path, mapping=ColumnMapping(label_column="Område", value_columns={"C": ""}, year=2023))
    with pytest.raises(Exception, match="år"):
        parse_file(path, mapping=ColumnMapping(label_column="Område", value_columns={"A": ""}))
