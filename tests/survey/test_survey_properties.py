"""Property tests: whatever bytes, text or rows arrive, the importer either reports or refuses, and a
refused or rejected import writes nothing."""

from __future__ import annotations

import contextlib
import itertools
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from samverka.core.collaboration_service import new_collaboration
from samverka.core.survey import NeedsMappingError, commit_import, parse_file, prepare_import
from samverka.core.survey.numbers import NotANumber, parse_number
from samverka.errors import KnownError
from samverka.models import Area, SurveyImport, SurveyResult

_COUNTER = itertools.count()
SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
HEADER = ("survey,year,kommun,area_code,area_name,group,item_code,item_label_sv,value_type,value,breakdown,"
          "n_respondents,n_sent,response_rate,source")

cells = st.one_of(
    st.sampled_from(["", "-", "–", "..", "x", "n/a", "abc", "2,4", "24 %", "1 234", "7", "-1", "2023", "kvinnor",
                     "index_0_6", "share_pct", "count", "LU01", "\"quoted\"", "a;b", "1e308", "nan"]),
    st.text(max_size=12),
    st.floats(allow_nan=True, allow_infinity=True).map(str),
    st.integers(-10**6, 10**6).map(str),
)
rows = st.lists(st.lists(cells, min_size=0, max_size=17), max_size=25)


@pytest.fixture(scope="module")
def shared_db(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    database = new_collaboration(tmp_path_factory.mktemp("prop") / "p.samverka", name="Prop", kommun="Lund")
    yield database
    database.close()


def _counts(db) -> tuple[int, int, int]:  # type: ignore[no-untyped-def]
    with db.read() as session:
        return tuple(  # type: ignore[return-value]
            int(session.scalar(select(func.count()).select_from(model)) or 0)
            for model in (SurveyResult, Area, SurveyImport)
        )


def _file(tmp_path: Path, data: bytes, suffix: str) -> Path:
    path = tmp_path / f"in-{next(_COUNTER)}{suffix}"
    path.write_bytes(data)
    return path


def _try_import(db, path: Path) -> None:  # type: ignore[no-untyped-def]
    """Prepare and commit; a KnownError (including a rejection) must leave the store exactly as it was."""
    before = _counts(db)
    try:
        prepared = prepare_import(db, path)
        report = prepared.report
        assert report.accepted == len(prepared.records)
        assert report.rows_read >= 0
        commit_import(db, prepared)
    except KnownError:
        assert _counts(db) == before
        return


@SETTINGS
@given(data=st.binary(max_size=3000), suffix=st.sampled_from([".csv", ".xlsx", ".txt"]))
def test_random_bytes_never_crash(shared_db, tmp_path: Path, data: bytes, suffix: str) -> None:
    _try_import(shared_db, _file(tmp_path, data, suffix))


@SETTINGS
@given(text=st.text(max_size=2000), encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16"]))
def test_random_text_never_crashes(shared_db, tmp_path: Path, text: str, encoding: str) -> None:
    try:
        data = text.encode(encoding)
    except UnicodeEncodeError:
        return
    _try_import(shared_db, _file(tmp_path, data, ".csv"))


@SETTINGS
@given(body=rows, delimiter=st.sampled_from([",", ";", "\t"]))
def test_random_rows_under_a_real_header(shared_db, tmp_path: Path, body: list[list[str]], delimiter: str) -> None:
    import csv
    import io

    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter)
    writer.writerow(HEADER.split(","))
    writer.writerows(body)
    path = _file(tmp_path, out.getvalue().encode(), ".csv")
    before = _counts(shared_db)
    try:
        prepared = prepare_import(shared_db, path)
    except NeedsMappingError:
        return  # a header the sniffer could not split (e.g. cells full of the separator)
    except KnownError:
        assert _counts(shared_db) == before
        return
    for record in prepared.records:
        if record.value_type == "index_0_6":
            assert 0 <= record.value <= 6
        elif record.value_type == "share_pct":
            assert 0 <= record.value <= 100
    if prepared.report.rejections:
        with pytest.raises(KnownError):
            commit_import(shared_db, prepared)
        assert _counts(shared_db) == before


@given(text=st.text(max_size=30))
def test_parse_number_only_raises_not_a_number(text: str) -> None:
    try:
        value, _ = parse_number(text)
    except NotANumber:
        return
    assert value == value and abs(value) != float("inf")


@SETTINGS
@given(body=rows)
def test_parse_file_without_database(tmp_path: Path, body: list[list[str]]) -> None:
    text = "\n".join(";".join(row) for row in body)
    with contextlib.suppress(KnownError):
        parse_file(_file(tmp_path, text.encode(), ".csv"))


xlsx_cells = st.one_of(
    st.none(), st.booleans(), st.integers(-10, 3000), st.floats(allow_nan=False, allow_infinity=False),
    st.text(st.characters(blacklist_categories=("Cc", "Cs")), max_size=8),  # what a worksheet can hold
    st.dates(), st.sampled_from(["..", "x", "2,4", "abc", "=1+1", "24 %"]),
)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(body=st.lists(st.lists(xlsx_cells, max_size=16), max_size=12))
def test_random_xlsx_cells(shared_db, tmp_path: Path, body: list[list[object]]) -> None:
    from survey_files import write_xlsx

    path = write_xlsx(tmp_path / f"r-{next(_COUNTER)}.xlsx", {"Data": [HEADER.split(","), *body]})
    _try_import(shared_db, path)
