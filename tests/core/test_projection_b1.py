"""The projector's read model for step 1's årshjul and step 3's ranking (filters passed or failed, never summed)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from samverka.core import calendar_service, crud
from samverka.core.projection import View, build_slide
from samverka.core.projection.year_wheel import WheelSlide
from samverka.dto import OrganisationRow, PriorityCriterionRow, PriorityScoreRow, ProblemCandidateRow


def test_step1_shows_the_wheel_while_an_event_is_selected(db: Any) -> None:
    crud.create(db, OrganisationRow, name="Testkommun", type="kommun")
    assert build_slide(db, View(1)).kind == "list"  # the parties
    ids, _ = calendar_service.add_standard_year(db)
    survey, _ = calendar_service.add_event(db, "Trygghetsvandring", "annat", start_date=dt.date(2026, 9, 1),
                                           end_date=dt.date(2026, 9, 20))
    slide = build_slide(db, View(1, ("calendar_event", survey)))
    assert isinstance(slide, WheelSlide) and slide.kind == "wheel"
    assert slide.spotlight == ("calendar_event", survey)
    assert len(slide.entries) == len(slide.arcs) == len(ids) + 1
    titles = [e.text for e in slide.entries]
    assert titles.index("Trygghetsvandring") < titles.index("Rapport till kommunstyrelsen")  # calendar order
    walk = next(a for a in slide.arcs if a.event_id == survey)
    assert walk.start_angle == 243 * 360 / 365 and walk.sweep == 20 * 360 / 365  # day 244 (1 September), 20 days
    assert next(e for e in slide.entries if e.key == ("calendar_event", survey)).detail == "1 september – 20 september"


def test_step1_wheel_without_events_says_so(db: Any) -> None:
    event, _ = calendar_service.add_event(db, "Styrgrupp", "styrgrupp", month=3)
    calendar_service.delete_event(db, event)
    slide = build_slide(db, View(1, ("calendar_event", event)))
    assert slide.kind == "message" and "inga händelser" in slide.note


def test_step3_ranking_uses_the_filters_as_pass_or_fail(db: Any) -> None:
    criteria = crud.list_rows(db, PriorityCriterionRow, order_by=("sort_order", "id"))
    scored = next(c for c in criteria if not c.is_filter)
    resources = next(c for c in criteria if c.is_filter)
    strong, _ = crud.create(db, ProblemCandidateRow, title="Otrygghet vid stationen")
    weak, _ = crud.create(db, ProblemCandidateRow, title="Cykelstölder")
    crud.create(db, PriorityScoreRow, candidate_id=strong, criterion_id=scored.id, score=3)
    crud.create(db, PriorityScoreRow, candidate_id=strong, criterion_id=resources.id, score=0)  # no resources
    crud.create(db, PriorityScoreRow, candidate_id=weak, criterion_id=scored.id, score=1)
    crud.create(db, PriorityScoreRow, candidate_id=weak, criterion_id=resources.id, score=3)
    slide = build_slide(db, View(3))
    assert [e.key for e in slide.entries] == [("problem_candidate", weak), ("problem_candidate", strong)]
    assert slide.entries[0].badge == "1 poäng"  # the filter's 3 is not added
    assert slide.entries[1].badge == "3 poäng" and slide.entries[1].detail == f"Klarar inte: {resources.name}"
    hidden = build_slide(db, View(3, results_hidden=True))
    assert all(not e.badge and not e.detail for e in hidden.entries)


def test_step7_heading_says_signed_by_all(demo_db: Any) -> None:
    from samverka.core import agreement_service, signing_service

    agreement = agreement_service.versions(demo_db)[-1]
    assert "Låst för underskrift" in build_slide(demo_db, View(7)).heading
    for signatory in signing_service.signing_status(demo_db, agreement.id).signatories:
        signing_service.record_paper_signature(demo_db, agreement.id, signatory.id)
    heading = build_slide(demo_db, View(7)).heading
    assert heading.endswith("Undertecknad av alla") and "Låst" not in heading
