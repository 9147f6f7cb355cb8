"""Malformed input at every door: the JSON import, the survey import command and text on its way into PDFs.

Zero crashes (only KnownError, with a message), clear errors, and no partial writes: a refused JSON import
leaves no file behind, a refused survey import leaves the collaboration file byte-for-byte unchanged.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
import uuid
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from samverka.core import crud
from samverka.core.collaboration_service import open_collaboration
from samverka.errors import KnownError

FUNCTION_FIXTURES = [HealthCheck.function_scoped_fixture, HealthCheck.too_slow]


# --- JSON import -------------------------------------------------------------------------------------------

class Blob(bytes):
    """Bytes with a short repr, so a failing example does not print the whole export."""

    def __repr__(self) -> str:
        return f"<{len(self)} bytes>"


@pytest.fixture(scope="module")
def demo_json(demo_template: Path, tmp_path_factory: pytest.TempPathFactory) -> bytes:
    from samverka.core.json_io import export_json

    copy = tmp_path_factory.mktemp("json") / "demo.samverka"
    shutil.copyfile(demo_template, copy)
    db = open_collaboration(copy, read_only=True, backup=False)
    try:
        return Blob(export_json(db))
    finally:
        db.close()


JSON_VALUES = st.one_of(
    st.none(), st.booleans(), st.integers(-(2**70), 2**70), st.floats(allow_nan=False),
    st.text(max_size=30), st.sampled_from(["\x00", "\ud800", "2026-13-45", "", "utkast", "x" * 5000]),
    st.lists(st.integers(), max_size=2), st.dictionaries(st.text(max_size=3), st.integers(), max_size=2),
)


def _mutate(document: dict[str, Any], data: st.DataObject) -> None:
    tables = [name for name, rows in document["tables"].items() if rows]
    table = data.draw(st.sampled_from(tables), label="table")
    rows = document["tables"][table]
    row = rows[data.draw(st.integers(0, len(rows) - 1), label="row")]
    action = data.draw(st.sampled_from(["set", "drop", "add", "duplicate", "dangle"]), label="action")
    column = data.draw(st.sampled_from(sorted(row)), label="column")
    if action == "set":
        row[column] = data.draw(JSON_VALUES, label="value")
    elif action == "drop":
        del row[column]
    elif action == "add":
        row["okänt_fält"] = 1
    elif action == "duplicate":
        rows.append(dict(row))
    else:
        row[column] = 987654 if column.endswith("_id") or column == "id" else row[column]


def _import_or_refuse(data: bytes, target: Path) -> None:
    from samverka.core.json_io import import_json

    try:
        db = import_json(data, target)
    except KnownError as exc:
        assert exc.sv and exc.en
        leftovers = [p.name for p in target.parent.iterdir() if p.name.startswith(target.name)]
        assert leftovers == [], f"a refused import left {leftovers}"
        return
    try:
        with db.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
            assert conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []
    finally:
        db.close()
    reopened = open_collaboration(target, read_only=True, backup=False)
    reopened.close()


@settings(max_examples=60, deadline=None, suppress_health_check=FUNCTION_FIXTURES)
@given(data=st.data())
def test_json_import_with_a_damaged_row_imports_wholly_or_not_at_all(
    demo_json: bytes, tmp_path: Path, data: st.DataObject
) -> None:
    document = json.loads(demo_json)
    _mutate(document, data)
    target = tmp_path / f"import-{uuid.uuid4().hex}.samverka"  # examples share tmp_path
    _import_or_refuse(json.dumps(document).encode("utf-8"), target)  # \uXXXX escapes carry lone surrogates


@settings(max_examples=60, deadline=None, suppress_health_check=FUNCTION_FIXTURES)
@given(cut=st.floats(0, 1), noise=st.binary(max_size=20))
def test_json_import_of_truncated_or_garbled_bytes_is_refused_cleanly(
    demo_json: bytes, tmp_path: Path, cut: float, noise: bytes
) -> None:
    position = int(len(demo_json) * cut)
    _import_or_refuse(demo_json[:position] + noise, tmp_path / f"garbled-{uuid.uuid4().hex}.samverka")


@pytest.mark.parametrize("text", ["\x00", "a\x00b"])
def test_json_import_refuses_text_no_editor_could_store(demo_json: bytes, tmp_path: Path, text: str) -> None:
    """NUL cannot be typed through the services (ValidationError) nor stored on PostgreSQL: the import must
    refuse it too, rather than make a file that only SQLite can hold."""
    document = json.loads(demo_json)
    document["tables"]["collaboration"][0]["background"] = text
    target = tmp_path / "nul.samverka"
    with pytest.raises(KnownError):
        from samverka.core.json_io import import_json

        import_json(json.dumps(document).encode("utf-8"), target).close()
    assert not target.exists()


def test_json_import_refuses_a_lone_surrogate(demo_json: bytes, tmp_path: Path) -> None:
    document = json.loads(demo_json)
    document["tables"]["collaboration"][0]["background"] = "\ud800"
    _import_or_refuse(json.dumps(document).encode("utf-8"), tmp_path / "surrogat.samverka")
    assert not (tmp_path / "surrogat.samverka").exists()


# --- survey import command ---------------------------------------------------------------------------------

SURVEY_HEADER = ("survey,year,kommun,area_code,area_name,group,item_code,item_label_sv,value_type,value,breakdown,"
                 "n_respondents,n_sent,response_rate,source")
CELL = st.one_of(
    st.text(st.characters(codec="utf-8", exclude_characters="\n\r,\x00"), max_size=8),
    st.sampled_from(["2023", "24,5", "2.4", "-1", "index_0_6", "share_pct", "alla", "kvinnor", "LU01", "x", ""]),
)


def _csv(rows: list[list[str]]) -> bytes:
    return "\n".join(",".join(row) for row in rows).encode("utf-8")


@pytest.fixture
def survey_target(demo_path: Path) -> Path:
    return demo_path


@settings(max_examples=25, deadline=None, suppress_health_check=FUNCTION_FIXTURES)
@given(content=st.one_of(
    st.binary(max_size=400),
    st.text(max_size=400).map(lambda t: t.encode("utf-8", "surrogatepass")),
    st.lists(st.lists(CELL, min_size=1, max_size=16), min_size=1, max_size=6).map(_csv),
    st.lists(st.lists(CELL, min_size=15, max_size=15), min_size=1, max_size=5).map(
        lambda rows: _csv([SURVEY_HEADER.split(","), *rows])),
), suffix=st.sampled_from([".csv", ".xlsx", ".txt"]))
def test_survey_import_command_reports_or_refuses_and_never_half_writes(
    survey_target: Path, tmp_path: Path, content: bytes, suffix: str
) -> None:
    from samverka.cli import main

    data = tmp_path / f"enkat{suffix}"
    data.write_bytes(content)
    before = _logical_dump(survey_target)
    try:
        code = main(["import-survey", str(survey_target), str(data)])
    except SystemExit as exc:  # argparse-level refusal
        code = int(exc.code or 0)
    assert code in (0, 1, 2, 3)  # 3: rows were rejected, nothing imported
    if code != 0:
        assert _logical_dump(survey_target) == before


def _logical_dump(path: Path) -> list[str]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


# --- text on its way into the PDFs -------------------------------------------------------------------------

PDF_TEXT = st.one_of(
    st.text(st.characters(codec="utf-8", exclude_characters="\x00"), min_size=1, max_size=200),
    st.sampled_from([
        "<b>inte fet</b> & <script>", "مرحبا بالعالم – شرطة", "שלום עולם", "🙂👩🏽‍🚒🇸🇪 emoji",
        "e\u0301\u0308 kombinerade", "tab\there\vvertical\fform", "\u202eRTL-override", "ﷺ ﷽", "x" * 6000,
        "ord" * 3000, "\u00ad\u200b\u2028\u2029", "%PDF-1.7 )( \\", "漢字かなカナ한국어",
    ]),
)


@pytest.mark.slow
@settings(max_examples=15, deadline=None, suppress_health_check=FUNCTION_FIXTURES)
@given(text=PDF_TEXT, what=st.sampled_from(["agreement", "promise", "lagesbild", "report", "followup"]))
def test_any_stored_text_makes_a_readable_pdf(demo_path: Path, tmp_path: Path, text: str, what: str) -> None:
    """Whatever an editor typed, every document still renders to a PDF that poppler can read."""
    from samverka.core.export_service import export_bytes

    db = open_collaboration(demo_path, backup=False)
    try:
        cid = db.collaboration_id()
        crud.update(db, "collaboration", cid, {"overall_goal": text, "background": text})
        promise = crud.list_rows(db, "citizen_promise")[0]
        crud.update(db, "citizen_promise", promise.id, {"title": text if text.strip() else "x",
                                                         "direction_text": text})
        measure = crud.list_rows(db, "measure")[0]
        crud.update(db, "measure", measure.id, {"title": text if text.strip() else "x", "description": text})
        data = export_bytes(db, what, "pdf")
    finally:
        db.close()
    assert data.startswith(b"%PDF")
    out = tmp_path / f"{what}.pdf"
    out.write_bytes(data)
    result = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, check=False)
    assert result.returncode == 0, result.stderr
