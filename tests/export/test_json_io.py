"""The whole collaboration as JSON and back into a new file: identical, validated, all or nothing."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from samverka.core.json_io import export_json, import_json
from samverka.errors import KnownError


def test_round_trip_is_byte_identical(demo_db: Any, tmp_path: Path) -> None:
    first = export_json(demo_db)
    copy = import_json(first, tmp_path / "copy.samverka")
    try:
        assert export_json(copy) == first
    finally:
        copy.close()
    document = json.loads(first)
    assert document["format"] == "samverka-collaboration" and document["version"] == 1
    assert document["tables"]["agreement"][0]["pdf"]  # the locked PDF travels as base64
    assert (tmp_path / "copy.samverka").stat().st_mode & 0o777 == 0o600


def test_round_trip_keeps_every_script_and_markup(db: Any, tmp_path: Path) -> None:
    from samverka.core import crud

    name = "Zoë Ångström – محمد الأحمد – 王芳 <b>&amp;</b>\nrad två"
    person, _ = crud.create(db, "person", {"name": name, "title": "=1+1"})
    copy = import_json(export_json(db), tmp_path / "copy.samverka")
    try:
        assert crud.get(copy, "person", person).name == name
        assert export_json(copy) == export_json(db)
    finally:
        copy.close()


@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        (lambda d: b"{not json", "rad 1"),
        (lambda d: json.dumps({"format": "annat"}).encode(), "ingen export"),
        (lambda d: json.dumps({**d, "version": 99}).encode(), "formatversion"),
        (lambda d: json.dumps({**d, "tables": {**d["tables"], "hemlig": []}}).encode(), "okända tabeller"),
        (lambda d: _with_person(d, {"name": 5}), "ogiltigt värde"),
        (lambda d: _with_person(d, {"extra": 1}), "okända fält"),
        (lambda d: _with_person(d, {"organisation_id": 999999}), "hänger inte ihop"),
        (lambda d: b"\xff\xfe", "UTF-8"),
    ],
)
def test_bad_files_are_refused_and_leave_nothing(sqlite_db: Any, tmp_path: Path, mutate: Any, message: str) -> None:
    from samverka.core import crud

    crud.create(sqlite_db, "organisation", {"name": "Kommunen", "type": "kommun"})
    crud.create(sqlite_db, "person", {"name": "Anna"})
    good = json.loads(export_json(sqlite_db))
    target = tmp_path / "new.samverka"
    with pytest.raises(KnownError) as caught:
        import_json(mutate(good), target)
    assert message in caught.value.sv
    assert not target.exists()
    assert not list(tmp_path.glob("new.samverka*"))


def _with_person(document: dict[str, Any], change: dict[str, Any]) -> bytes:
    document["tables"]["person"][0].update(change)
    return json.dumps(document).encode()


def test_import_refuses_an_existing_file(demo_db: Any, demo_path: Path) -> None:
    before = demo_path.read_bytes()
    with pytest.raises(KnownError):
        import_json(export_json(demo_db), demo_path)
    assert demo_path.read_bytes() == before
