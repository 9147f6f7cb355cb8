"""The room's read model for steps 8–10 on the Lund demo: the plan without live status, the promises with who and
how many, the follow-up with the lagging line first (the same verdict as the documents) and the chart's series."""

from __future__ import annotations

from samverka.core import crud
from samverka.core import followup_service as fs
from samverka.core.projection import View, build_slide
from samverka.core.projection.implement import chart_series
from samverka.errors import set_language
from samverka.models.db import Database
from samverka.vocab import MEASURE_STATUS


def test_the_plan_shows_owners_places_and_times_not_status(demo_db: Database) -> None:
    slide = build_slide(demo_db, View(8))
    assert slide.heading.startswith("Åtgärdsplan version 1") and "beslutad 2025-12-09" in slide.heading
    assert "Kommunstyrelsen § 245" in slide.heading
    statuses = {sv for sv, _en in MEASURE_STATUS.values()}
    assert not any(entry.badge in statuses for entry in slide.entries)
    light = next(e for e in slide.entries if e.text.startswith("LED-belysning"))
    assert light.badge == "2026-03-01 – 2026-09-30" and "Tekniska förvaltningen" in light.detail
    assert "Bantorget" in light.detail


def test_the_promises_say_who_how_many_and_when(demo_db: Database) -> None:
    slide = build_slide(demo_db, View(9))
    assert "gäller 2026-04-01 – 2027-03-31" in slide.heading
    together = next(e for e in slide.entries if e.text.startswith("Tillsammans lovar vi"))
    assert together.detail.startswith("Alla parter") and "2 redovisningar" in together.detail
    police = next(e for e in slide.entries if e.text.startswith("Polisen lovar"))
    assert "156 kvällar" in police.detail and "återrapport 2026-10-15" in police.detail


def test_the_follow_up_puts_the_lagging_line_first(demo_db: Database) -> None:
    overview = fs.followup_overview(demo_db)
    slide = build_slide(demo_db, View(10))
    first = slide.entries[0]
    lagging = overview.lagging
    assert len(lagging) == 1 and first.key == ("promise_item", lagging[0].item.id)
    assert first.badge == f"▼ {lagging[0].verdict.label}  ·  9 av 26 kvällar"
    assert slide.note == "1 löfte ligger efter plan"
    measure = crud.list_rows(demo_db, "measure", order_by=("sort_order", "id"))[0]
    measures = build_slide(demo_db, View(10, selection=("measure", measure.id)))
    assert measures.heading == "Åtgärdernas läge" and measures.spotlight == ("measure", measure.id)
    assert {e.key[1] for e in measures.entries if e.key} == {m.id for m in crud.list_rows(demo_db, "measure")}
    try:
        set_language("en")
        english = build_slide(demo_db, View(10))
        assert english.entries[0].badge.startswith("▼ Behind") and english.note == "1 promise is behind"
    finally:
        set_language("sv")


def test_the_chart_follows_the_selected_indicator(demo_db: Database) -> None:
    indicators = crud.list_rows(demo_db, "indicator", order_by=("id",))
    assert chart_series(demo_db, View(10)).indicator.id == indicators[0].id  # the first with values
    last = indicators[-1]
    chosen = chart_series(demo_db, View(10, selection=("indicator", last.id)))
    assert chosen is not None and chosen.indicator.id == last.id
    point = fs.indicator_series(demo_db, last.id).points[0]
    by_measurement = chart_series(demo_db, View(10, selection=("measurement", point.id)))
    assert by_measurement is not None and by_measurement.indicator.id == last.id
