"""A personnummer typed and later removed stays in the change log (and the JSON export): check-pii finds it
there, and --scrub-audit masks it without touching anything else."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from samverka.cli import main
from samverka.core import crud
from samverka.core.collaboration_service import new_collaboration, open_collaboration
from samverka.core.json_io import export_json
from samverka.core.pii_scan import removed_identity_note, scan_collaboration

NUMBER = "811218–9876"  # written with an en dash, as word processors do


@pytest.fixture
def cleaned(tmp_path: Path) -> Path:
    path = tmp_path / "pii.samverka"
    db = new_collaboration(path, name="PII")
    problem, _ = crud.create(db, "problem", {"title": "Otrygghet", "statement": f"Anmäld av {NUMBER} i parken"})
    crud.create(db, "person", {"name": "Anna", "email": "anna@lund.se", "phone": "070-765 43 21"})
    crud.update(db, "problem", problem, {"statement": "Anmäld av en boende i parken"})
    db.close()
    return path


def _without_times(text: str) -> str:
    """The export without its timestamps and random ids, which may hold the digits looked for by chance."""
    return re.sub(r"\d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d(\.\d+)?|\b[0-9a-f]{32,64}\b", "", text)


def test_removed_number_is_found_in_the_change_log(cleaned: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = open_collaboration(cleaned, read_only=True)
    try:
        findings = scan_collaboration(db)
        assert "9876" in _without_times(export_json(db).decode("utf-8"))  # what the issue saw: the export has it
    finally:
        db.close()
    assert [(f.table, f.kind, f.masked) for f in findings] == [("audit_entry", "personnummer", "81****–****")]
    assert main(["check-pii", str(cleaned)]) == 1
    assert "Ändringslogg nr" in capsys.readouterr().out


def test_scrub_masks_the_log_and_nothing_else(cleaned: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = open_collaboration(cleaned, read_only=True)
    before = json.loads(export_json(db))
    db.close()
    assert main(["check-pii", "--scrub-audit", str(cleaned)]) == 0
    out = capsys.readouterr().out
    assert "1 poster i ändringsloggen" in out and "Inga personuppgifter" in out
    db = open_collaboration(cleaned, read_only=True)
    try:
        after = json.loads(export_json(db))
        assert "9876" not in _without_times(json.dumps(after, ensure_ascii=False))
    finally:
        db.close()
    for table, rows in before["tables"].items():
        if table != "audit_entry":
            assert after["tables"][table] == rows, table
    logged = after["tables"]["audit_entry"]
    assert len(logged) == len(before["tables"]["audit_entry"]) + 1
    assert logged[-1]["action"] == "scrub-pii" and json.loads(logged[-1]["detail"]) == {"entries": 1}
    person_entry = next(e for e in logged if e["entity"] == "person")
    assert "070-765 43 21" in json.loads(person_entry["detail"])["phone"]  # contact details are not scrubbed


def test_note_when_an_edit_removes_a_number() -> None:
    note = removed_identity_note(f"Anmäld av {NUMBER}", "Anmäld av en boende")
    assert note is not None and "ändringsloggen" in note.sv and "change log" in note.en
    assert removed_identity_note("Ring 070-123 45 67", "Ring kontoret") is None  # phones are not identity numbers
    assert removed_identity_note(f"Anmäld av {NUMBER}", f"Anmäld av {NUMBER}, igen") is None
