"""Extreme user text (very long, many lines, right-to-left, markup) still gives every document as a valid PDF."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pdf_checks import qpdf_ok

LONG = "Långt namn med å ä ö " * 250
RTL = "محمد الأحمد " * 200
MARKUP = "<para><b>x</b></para> &amp; <img src='/etc/passwd'/> <font name=Courier>y</font>"


@pytest.fixture
def extreme_db(demo_db: Any) -> Any:
    from samverka.core import agreement_service, crud

    db = demo_db
    draft, _ = agreement_service.current_draft(db)
    for row in crud.list_rows(db, "signatory", agreement_id=draft):
        crud.update(db, "signatory", row.id, {"organisation": LONG, "name": RTL, "title": MARKUP, "place": LONG})
    problem = crud.list_rows(db, "problem")[0]
    crud.update(db, "problem", problem.id, {"title": "x" * 3000, "statement": LONG, "vad": RTL + "\n" * 80})
    cause = crud.list_rows(db, "cause")[0]
    crud.update(db, "cause", cause.id, {"text": LONG + MARKUP})
    org = crud.list_rows(db, "organisation")[0]
    crud.update(db, "organisation", org.id, {"name": LONG, "responsibilities": RTL})
    meeting = crud.list_rows(db, "meeting")[0]
    crud.update(db, "meeting", meeting.id, {"title": LONG, "decisions": MARKUP + "\n" + RTL, "place": LONG})
    crud.update(db, "collaboration", db.collaboration_id(), {"kommun": LONG, "name": MARKUP, "background": RTL})
    return db


@pytest.mark.slow
@pytest.mark.parametrize("what", ["agreement", "actionplan", "promise", "promise-followup", "lagesbild", "report",
                                  "followup"])
def test_extreme_text_still_gives_a_valid_pdf(extreme_db: Any, tmp_path: Path, what: str) -> None:
    from samverka.core.export_service import export_bytes

    data = export_bytes(extreme_db, what, "pdf", meeting_id=1)
    pdf = tmp_path / f"{what}.pdf"
    pdf.write_bytes(data)
    assert qpdf_ok(pdf)
