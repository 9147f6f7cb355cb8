"""Writing imports: the report before writing, all or nothing, no duplicates, corrected releases, undo."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select
from survey_files import long_csv

from samverka.core import crud
from samverka.core.survey import (
    ColumnMapping,
    NeedsMappingError,
    commit_import,
    format_report,
    prepare_import,
    save_mapping,
    undo_import,
)
from samverka.errors import KnownError
from samverka.models import Area, SurveyImport, SurveyResult


def _count(db, model) -> int:  # type: ignore[no-untyped-def]
    with db.read() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def _values(db) -> dict[tuple[str, int, str], float]:  # type: ignore[no-untyped-def]
    rows = crud.list_rows(db, "survey_result")
    return {(r.area_code, r.year, r.item_code + "/" + r.breakdown): r.value for r in rows}


def test_report_before_writing_then_commit(db, write_file) -> None:
    path = write_file("s.csv", long_csv())
    prepared = prepare_import(db, path)
    report = prepared.report
    assert (report.rows_read, report.accepted, report.rejected, report.to_insert) == (3, 3, 0, 3)
    assert sorted(report.new_areas) == [("LU01", "Lunds innerstad"), ("LUND", "Lunds kommun")]
    assert _count(db, SurveyResult) == 0 and _count(db, Area) == 0  # nothing written by prepare
    text = format_report(report)
    assert "Värden godtagna: 3" in text and "Nya områden som skapas" in text
    outcome = commit_import(db, prepared)
    assert outcome.inserted == 3
    areas = {a.code: a for a in crud.list_rows(db, "area")}
    assert areas["LUND"].type == "kommun" and areas["LU01"].type == "delområde"
    rows = crud.list_rows(db, "survey_result")
    assert all(r.area_id == areas[r.area_code].id for r in rows)
    [run] = crud.list_rows(db, "survey_import")
    assert run.file_name == "s.csv" and len(run.sha256) == 64 and run.rows_accepted == 3


def test_rejections_write_nothing_unless_skipped(db, write_file) -> None:
    rows = [*long_csv().strip().splitlines()[1:], "S,2023,Lund,LU01,X,g,BAD,Bad,index_0_6,abc,alla,,,,",
            "S,2023,Lund,LU01,X,g,HIGH,High,index_0_6,6.5,alla,,,,", "S,2023,Lund,LU01,X,g,P,P,share_pct,101,alla,,,,",
            "S,20x3,Lund,LU01,X,g,Y,Y,index_0_6,1,alla,,,,", "S,2023,Lund,,,g,Y,Y,index_0_6,1,alla,,,,",
            "S,2023,Lund,LU01,X,g,Y,Y,wrong,1,alla,,,,", "S,2023,Lund,LU01,X,g,Y,Y,index_0_6,1,alla,-3,,,"]
    prepared = prepare_import(db, write_file("bad.csv", long_csv(",", rows)))
    report = prepared.report
    assert report.accepted == 3 and report.rejected == 7
    reasons = {(r.row, r.column): r.reason for r in report.rejections}
    assert "Inte ett tal" in reasons[(5, "value")].sv
    assert "mellan 0 och 6" in reasons[(6, "value")].sv and "between 0 and 6" in reasons[(6, "value")].en
    assert "0 och 100" in reasons[(7, "value")].sv
    assert (8, "year") in reasons and (9, "area_name") in reasons and (10, "value_type") in reasons
    assert "negativt" in reasons[(11, "n_respondents")].sv
    with pytest.raises(KnownError, match="inget importerades"):
        commit_import(db, prepared)
    assert _count(db, SurveyResult) == 0 and _count(db, Area) == 0 and _count(db, SurveyImport) == 0
    commit_import(db, prepared, skip_invalid=True)
    assert _count(db, SurveyResult) == 3
    assert crud.list_rows(db, "survey_import")[0].rows_rejected == 7


def test_failure_mid_write_leaves_nothing(db, write_file, monkeypatch: pytest.MonkeyPatch) -> None:
    from samverka.core.survey import store

    prepared = prepare_import(db, write_file("s.csv", long_csv()))

    def broken(*_args: object) -> None:
        raise KnownError("Disken är full.", "The disk is full.")

    monkeypatch.setattr(store, "_replace", broken)
    with pytest.raises(KnownError):
        commit_import(db, prepared)
    assert _count(db, SurveyResult) == 0 and _count(db, Area) == 0 and _count(db, SurveyImport) == 0


def test_reimport_does_not_duplicate(db, write_file) -> None:
    path = write_file("s.csv", long_csv())
    commit_import(db, prepare_import(db, path))
    again = prepare_import(db, path)
    assert (again.report.to_insert, again.report.to_replace, again.report.unchanged) == (0, 0, 3)
    outcome = commit_import(db, again)
    assert outcome.import_id is None and outcome.unchanged == 3
    assert _count(db, SurveyResult) == 3 and _count(db, SurveyImport) == 1 and _count(db, Area) == 2


def test_duplicate_rows_in_one_file_are_rejected(db, write_file) -> None:
    rows = [*long_csv().strip().splitlines()[1:], long_csv().strip().splitlines()[1]]
    report = prepare_import(db, write_file("d.csv", long_csv(",", rows))).report
    [rejection] = report.rejections
    assert rejection.row == 5 and "rad 2" in rejection.reason.sv


def test_corrected_release_replaces_and_keeps_the_source(db, write_file) -> None:
    first = write_file("2017.csv", long_csv(",", ["S,2017,Lund,LUND,Lunds kommun,total,TOTAL,Totalindex,index_0_6,"
                                                  "1.46,alla,,,,release 1"]))
    commit_import(db, prepare_import(db, first))
    fixed = write_file("2017-rev.csv", long_csv(",", ["S,2017,Lund,LUND,Lunds kommun,total,TOTAL,Totalindex,"
                                                      "index_0_6,1.47,alla,,,,release 2"]))
    prepared = prepare_import(db, fixed)
    assert prepared.report.to_replace == 1
    assert prepared.report.replaced_examples[0][1:] == (1.46, 1.47)
    outcome = commit_import(db, prepared)
    [row] = crud.list_rows(db, "survey_result")
    assert (row.value, row.source) == (1.47, "release 2")
    runs = crud.list_rows(db, "survey_import")
    assert [r.file_name for r in runs] == ["2017.csv", "2017-rev.csv"]  # both sources are kept
    assert row.import_id == runs[1].id
    undo_import(db, outcome)
    [row] = crud.list_rows(db, "survey_result")
    assert (row.value, row.source, row.import_id) == (1.46, "release 1", runs[0].id)
    assert [r.file_name for r in crud.list_rows(db, "survey_import")] == ["2017.csv"]


def test_undo_removes_rows_and_created_areas(db, write_file) -> None:
    crud.create(db, "area", {"name": "Lunds innerstad", "code": "LU01"})
    outcome = commit_import(db, prepare_import(db, write_file("s.csv", long_csv())))
    assert outcome.created_area_ids and _count(db, Area) == 2
    undo_import(db, outcome)
    assert _count(db, SurveyResult) == 0 and _count(db, SurveyImport) == 0
    assert [a.code for a in crud.list_rows(db, "area")] == ["LU01"]


def test_renamed_area_via_alias_and_name(db, write_file) -> None:
    area_id, _ = crud.create(db, "area", {"name": "Söder/Klostergården", "code": "LU07"})
    crud.create(db, "area_alias", {"alias": "Klostergården", "area_id": area_id})
    crud.create(db, "area_alias", {"alias": "KG", "area_id": area_id})
    rows = ["S,2019,Lund,KG,Klostergården,g,A,A,index_0_6,1.1,alla,,,,",
            "S,2020,Lund,,Klostergården,g,A,A,index_0_6,1.2,alla,,,,",
            "S,2023,Lund,,Söder/Klostergården,g,A,A,index_0_6,1.3,alla,,,,"]
    prepared = prepare_import(db, write_file("rename.csv", long_csv(",", rows)))
    assert prepared.report.new_areas == []
    assert ("KG", "Söder/Klostergården") in prepared.report.alias_matches
    commit_import(db, prepared)
    stored = crud.list_rows(db, "survey_result", order_by=("year",))
    assert [(r.year, r.area_code, r.area_id) for r in stored] == [(2019, "LU07", area_id), (2020, "LU07", area_id),
                                                                   (2023, "LU07", area_id)]


def test_saved_mapping_is_remembered(db, write_file) -> None:
    path = write_file("wide.csv", "Område;Nedskräpning;Klotter\nInnerstad;2,4;1,9\nVäster;1,0;0,8\n")
    with pytest.raises(NeedsMappingError) as caught:
        prepare_import(db, path)
    mapping = ColumnMapping(name="Lund brett", label_column="Område",
                            value_columns={"Nedskräpning": "", "Klotter": "KLOTTER"}, year=2024)
    save_mapping(db, caught.value.signature, mapping)
    prepared = prepare_import(db, path)  # found by the header signature
    assert prepared.report.accepted == 4 and prepared.report.new_areas
    commit_import(db, prepared)
    assert _values(db)[("VASTER", 2024, "KLOTTER/alla")] == 0.8


def test_an_area_without_a_code_never_shares_a_key_with_another_areas_code(db, write_file) -> None:
    """Rows naming "Norr" (an area without a code) are keyed by a code made from the name, NORR; when another area
    owns the code NORR the two series are still told apart, and each row goes to the area it names."""
    norr, _ = crud.create(db, "area", {"name": "Norr", "code": ""})
    norra, _ = crud.create(db, "area", {"name": "Norra staden", "code": "NORR"})
    rows = ["S,2023,Lund,,Norr,g,A,A,index_0_6,1.1,alla,,,,",
            "S,2023,Lund,NORR,Norra staden,g,A,A,index_0_6,2.2,alla,,,,",
            "S,2023,Lund,,Söder,g,A,A,index_0_6,3.3,alla,,,,"]
    prepared = prepare_import(db, write_file("slugs.csv", long_csv(",", rows)))
    assert prepared.report.rejections == [] and prepared.report.new_areas == [("SODER", "Söder")]
    commit_import(db, prepared)
    stored = {r.value: r.area_id for r in crud.list_rows(db, "survey_result")}
    assert stored[1.1] == norr and stored[2.2] == norra
    # a new area whose made code another area owns gets the next free one
    rows = ["S,2024,Lund,,Norr!,g,A,A,index_0_6,4.4,alla,,,,"]
    prepared = prepare_import(db, write_file("new.csv", long_csv(",", rows)))
    assert prepared.report.new_areas == [("NORR_2", "Norr!")]
    commit_import(db, prepared)
    made = {a.code: a.id for a in crud.list_rows(db, "area")}["NORR_2"]
    assert {r.value: r.area_id for r in crud.list_rows(db, "survey_result")}[4.4] == made
