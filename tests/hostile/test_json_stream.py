"""The streamed JSON import reads any chunking of the same bytes the same way, and says where a problem is."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest

from samverka.core import json_stream
from samverka.core.json_io import export_json, import_json
from samverka.core.json_stream import JsonStream
from samverka.errors import KnownError


def test_tiny_chunks_give_the_same_collaboration(demo_db: Any, tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """Every value and every token is cut across chunk boundaries somewhere in the demo (7-byte chunks)."""
    data = export_json(demo_db)
    monkeypatch.setattr(json_stream, "CHUNK", 7)
    copy = import_json(data, tmp_path / "kopia.samverka")
    try:
        assert export_json(copy) == data
    finally:
        copy.close()


def test_error_position_counts_lines_and_columns_across_chunks(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(json_stream, "CHUNK", 5)
    text = '{\n  "a": [1, 2, 3],\n  "b": [4, 5 6]\n}'
    reader = JsonStream(io.BytesIO(text.encode()))
    reader.expect("{")
    assert reader.key() == "a" and reader.value(100) == [1, 2, 3]
    reader.expect(",")
    assert reader.key() == "b"
    with pytest.raises(KnownError) as caught:
        reader.value(100)
    assert "rad 3, kolumn 14" in caught.value.sv  # where the comma is missing


def test_numbers_split_by_a_chunk_are_read_whole(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(json_stream, "CHUNK", 3)
    reader = JsonStream(io.BytesIO(b'[123456789, "abcdef", true]'))
    assert reader.value(1000) == [123456789, "abcdef", True]
    reader.end()


@pytest.mark.parametrize(("text", "message"), [
    ('{"format": "samverka-collaboration", "version": 1, "schema": "x"', "annan version"),
    ('{"tables": {}, "format": "samverka-collaboration"}', "ingen export"),
    ('{"format": "samverka-collaboration", "schema": "0003"}', '"version" saknas'),
    ('[1, 2]', "ingen export"),
    ("", "ingen export"),
])
def test_header_problems_are_found_before_anything_is_made(tmp_path: Path, text: str, message: str) -> None:
    with pytest.raises(KnownError, match=message):
        import_json(text.encode(), tmp_path / "ny.samverka")
    assert list(tmp_path.iterdir()) == []


def test_a_cycle_of_parent_causes_is_refused(demo_db: Any, tmp_path: Path) -> None:
    document = json.loads(export_json(demo_db))
    causes = document["tables"]["cause"]
    first, second = causes[0], causes[1]
    first["parent_id"], second["parent_id"] = second["id"], first["id"]
    with pytest.raises(KnownError, match="cirkel av föräldrar"):
        import_json(json.dumps(document).encode(), tmp_path / "ny.samverka")
    assert not (tmp_path / "ny.samverka").exists()


def test_children_listed_before_their_parents_are_fine(demo_db: Any, tmp_path: Path) -> None:
    document = json.loads(export_json(demo_db))
    document["tables"]["cause"].reverse()
    copy = import_json(json.dumps(document).encode(), tmp_path / "ny.samverka")
    copy.close()


def test_a_refused_value_is_never_echoed_whole(demo_db: Any, tmp_path: Path) -> None:
    document = json.loads(export_json(demo_db))
    document["tables"]["organisation"][0]["type"] = "hemlig " * 1000
    with pytest.raises(KnownError) as caught:
        import_json(json.dumps(document).encode(), tmp_path / "ny.samverka")
    assert len(caught.value.sv) < 700 and caught.value.sv.count("hemlig") < 10
