"""Fixtures for the document tests: the demo with names in several scripts and text that looks like markup."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pdf_checks import ARABIC_NAME, MARKUP


@pytest.fixture
def rich_db(demo_path: Path) -> Iterator[object]:
    """The demo plus an Arabic-named signatory and participant, and user text that must not become markup."""
    from samverka.core import crud
    from samverka.core.collaboration_service import open_collaboration

    db = open_collaboration(demo_path)
    orgs = crud.list_rows(db, "organisation")
    police = next(o for o in orgs if o.type == "polis")
    person, _ = crud.create(db, "person", {"name": ARABIC_NAME, "title": "Områdespolis, Östra Torn",
                                           "organisation_id": police.id, "is_signatory": True})
    meetings = crud.list_rows(db, "meeting", order_by=("date",))
    crud.create(db, "attendance", {"meeting_id": meetings[-1].id, "person_id": person})
    measure = crud.list_rows(db, "measure")[0]
    crud.update(db, "measure", measure.id, {"description": f"Åtgärd med {MARKUP} för äldre och öar"})
    # The changed measure makes a new action plan version (the decided one stays as it was decided).
    from samverka.core import action_plan_service

    action_plan_service.update_draft(db, {"paragraph": "§ 12"})
    observation = crud.list_rows(db, "observation")[0]
    crud.update(db, "observation", observation.id, {"description": f"Iakttagelse {MARKUP} av {ARABIC_NAME}"})
    promise = crud.list_rows(db, "citizen_promise")[0]
    crud.update(db, "citizen_promise", promise.id, {"direction_text": f"Inriktning {MARKUP} för alla åldrar"})
    report = crud.list_rows(db, "follow_up_report")[0]
    crud.update(db, "follow_up_report", report.id, {"findings": f"Fynd {MARKUP} i Östra Torn"})
    crud.update(db, "meeting", meetings[-1].id, {"decisions": f"Beslut {MARKUP} om åtgärder"})
    yield db
    db.close()
