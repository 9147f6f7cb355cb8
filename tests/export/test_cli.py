"""The command line: every export, the JSON import, 0600 files, and nothing left when it fails."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from pdf_checks import qpdf_ok

from samverka.cli import main

KINDS = ["agreement", "actionplan", "promise", "promise-followup", "lagesbild", "report", "followup"]


@pytest.mark.parametrize("what", KINDS)
def test_export_pdf(demo_path: Path, tmp_path: Path, what: str, capsys: Any) -> None:
    out = tmp_path / f"{what}.pdf"
    assert main(["export", what, str(demo_path), "-o", str(out)]) == 0
    assert qpdf_ok(out) and out.stat().st_mode & 0o777 == 0o600
    assert str(out) in capsys.readouterr().out


@pytest.mark.parametrize("what", ["agreement", "actionplan"])
def test_export_docx_draft_for_remiss(demo_path: Path, tmp_path: Path, what: str) -> None:
    from docx import Document

    out = tmp_path / f"{what}.docx"
    assert main(["export", what, str(demo_path), "-o", str(out)]) == 0
    assert out.stat().st_mode & 0o777 == 0o600
    doc = Document(str(out))
    text = "\n".join(p.text for p in doc.paragraphs)
    assert "UTKAST FÖR REMISS" in text and doc.core_properties.language == "sv-SE"
    assert ("Informationsdelning och sekretess" if what == "agreement" else "Om åtgärdsplanen") in text
    assert main(["export", "promise", str(demo_path), "-o", str(tmp_path / "p.docx")]) == 1


@pytest.mark.slow
@pytest.mark.parametrize("what", KINDS)
def test_every_kind_works_on_the_large_collaboration(large_path: Path, tmp_path: Path, what: str) -> None:
    out = tmp_path / f"{what}.pdf"
    assert main(["export", what, str(large_path), "-o", str(out)]) == 0
    assert qpdf_ok(out)


@pytest.fixture(scope="module")
def large_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from samverka.core.large import build_large

    path = tmp_path_factory.mktemp("large") / "large.samverka"
    build_large(path).close()
    return path


def test_export_options(demo_path: Path, tmp_path: Path) -> None:
    assert main(["export", "promise", str(demo_path), "--promise-id", "1", "-o", str(tmp_path / "p.pdf")]) == 0
    assert main(["export", "report", str(demo_path), "--meeting-id", "1", "-o", str(tmp_path / "r.pdf")]) == 0
    assert main(["export", "report", str(demo_path), "--meeting-id", "99", "-o", str(tmp_path / "x.pdf")]) == 1
    assert not (tmp_path / "x.pdf").exists()


def test_locked_agreement_exports_the_stored_bytes(demo_db: Any, demo_path: Path, tmp_path: Path) -> None:
    from samverka.core import agreement_service

    out = tmp_path / "a.pdf"
    assert main(["export", "agreement", str(demo_path), "-o", str(out)]) == 0
    assert out.read_bytes() == agreement_service.versions(demo_db)[-1].pdf


def test_actions_and_json_round_trip(demo_path: Path, tmp_path: Path) -> None:
    for name in ("plan.xlsx", "plan.csv", "all.json"):
        what = "json" if name.endswith("json") else "actions"
        assert main(["export", what, str(demo_path), "-o", str(tmp_path / name)]) == 0
        assert (tmp_path / name).stat().st_mode & 0o777 == 0o600
    new = tmp_path / "new.samverka"
    assert main(["import-json", str(tmp_path / "all.json"), str(new)]) == 0
    assert main(["export", "json", str(new), "-o", str(tmp_path / "again.json")]) == 0
    assert (tmp_path / "again.json").read_bytes() == (tmp_path / "all.json").read_bytes()


def test_failures_leave_nothing(demo_path: Path, tmp_path: Path, capsys: Any) -> None:
    assert main(["export", "actions", str(demo_path), "-o", str(tmp_path / "plan.pdf")]) == 1
    assert main(["export", "agreement", str(demo_path), "-o", str(tmp_path / "saknas" / "a.pdf")]) == 1
    bad = tmp_path / "bad.json"
    bad.write_text("{", encoding="utf-8")
    assert main(["import-json", str(bad), str(tmp_path / "new.samverka")]) == 1
    assert "rad 1" in capsys.readouterr().err
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.startswith("lund-demo")) == ["bad.json"]


def test_write_atomic_replaces_whole_file(tmp_path: Path) -> None:
    from samverka.export.files import write_atomic

    target = tmp_path / "out.bin"
    target.write_bytes(b"old")
    os.chmod(target, 0o644)
    write_atomic(target, b"new")
    assert target.read_bytes() == b"new" and target.stat().st_mode & 0o777 == 0o600
    assert [p.name for p in tmp_path.iterdir()] == ["out.bin"]
