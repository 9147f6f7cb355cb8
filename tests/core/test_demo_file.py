"""`samverka --demo` copies a demo built once: the copy holds exactly the rows the services make, the built file
is reused until the code that makes it changes, and copying leaves the built file as it was."""

from __future__ import annotations

import hashlib
import sqlite3
import subprocess
from pathlib import Path

import pytest

from samverka.core import demo_file

# Columns that differ between any two builds through the services (when a row was made, a random identity, and
# the stored agreement PDF, which carries its creation time; its text is compared instead).
VOLATILE = {"created_at", "at", "uid", "pdf"}


def _rows(path: Path) -> dict[str, list[tuple[object, ...]]]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        tables = [name for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        out: dict[str, list[tuple[object, ...]]] = {}
        for table in tables:
            columns = [row[1] for row in conn.execute(f'PRAGMA table_info("{table}")') if row[1] not in VOLATILE]
            names = ", ".join(f'"{column}"' for column in columns)
            out[table] = conn.execute(f'SELECT {names} FROM "{table}" ORDER BY rowid').fetchall()
        return out
    finally:
        conn.close()


def _agreement_text(path: Path, tmp_path: Path) -> list[str]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    pdfs = [row[0] for row in conn.execute("SELECT pdf FROM agreement ORDER BY id") if row[0]]
    conn.close()
    texts = []
    for number, pdf in enumerate(pdfs):
        file = tmp_path / f"{path.stem}-{number}.pdf"
        file.write_bytes(pdf)
        texts.append(subprocess.run(["pdftotext", str(file), "-"], capture_output=True, text=True, check=True).stdout)
    return texts


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_the_copied_demo_holds_what_the_services_make(demo_template: Path, tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    from samverka.core.collaboration_service import open_collaboration

    copy = demo_file.fresh_demo_copy(tmp_path / "demo")
    built = _rows(demo_template)
    copied = _rows(copy)
    assert copied == built
    assert sum(len(rows) for rows in copied.values()) > 300  # the comparison saw the whole demo
    assert _agreement_text(copy, tmp_path) == _agreement_text(demo_template, tmp_path)
    assert copy.stat().st_mode & 0o777 == 0o600
    assert sorted(p.name for p in copy.parent.iterdir()) == [copy.name]  # no side files

    # The built demo is reused from now on, and copying or editing a copy leaves it as it was.
    template = demo_file.demo_template()
    before = _digest(template)

    def no_build(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("the demo was built again")

    monkeypatch.setattr("samverka.core.demo.build_demo", no_build)
    first = demo_file.fresh_demo_copy(tmp_path)
    second = demo_file.fresh_demo_copy(tmp_path)
    assert first != second
    db = open_collaboration(first)  # editing a copy is allowed and leaves the built file alone
    db.close()
    assert _digest(template) == before
    assert [p.name for p in template.parent.iterdir()] == [template.name]


@pytest.mark.slow
def test_a_changed_code_builds_a_new_demo_and_removes_the_old(tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    old = demo_file.demo_template()
    monkeypatch.setattr(demo_file, "code_digest", lambda: "another0version0")
    new = demo_file.demo_template()
    assert new != old and new.exists() and not old.exists()
    assert [p.name for p in new.parent.iterdir()] == [new.name]
