"""Follow-up in the room: measurements against baseline and target, measure status with a comment, promise
lines kept or not, and the line that lags its quantity flagged."""

from __future__ import annotations

import datetime as dt

import pytest

from samverka.core import crud
from samverka.core import followup_service as followup
from samverka.errors import NotFoundError, ValidationError
from samverka.models.db import Database

D = dt.date


@pytest.fixture
def indicator(db: Database) -> int:
    indicator_id, _ = crud.create(db, "indicator", {"name": "Otrygg ute ensam sen kväll", "unit": "%"})
    crud.create(db, "goal", {"type": "process", "text": "Processmål", "indicator_id": indicator_id,
                             "target_value": 1.0})
    crud.create(db, "goal", {"type": "effekt", "text": "Minska från 31 till 25 %", "indicator_id": indicator_id,
                             "baseline_value": 31.0, "baseline_date": D(2025, 10, 1), "target_value": 25.0,
                             "target_date": D(2027, 10, 1)})
    return indicator_id


def test_series_against_baseline_and_target(db: Database, indicator: int) -> None:
    survey, _ = crud.create(db, "data_source", {"kind": "trygghetsmätning", "name": "Trygghetsmätningen"})
    later, _ = followup.add_measurement(db, indicator, value=27.0, date=D(2027, 10, 1), source_id=survey,
                                        comment="Mål nära")
    followup.add_measurement(db, indicator, value=29.0, date=D(2026, 10, 1), source_id=survey, comment="Första året")
    series = followup.indicator_series(db, indicator)
    assert [(p.date, p.value, p.source, p.comment) for p in series.points] == [
        (D(2026, 10, 1), 29.0, "Trygghetsmätningen", "Första året"),
        (D(2027, 10, 1), 27.0, "Trygghetsmätningen", "Mål nära")]
    assert series.baseline == (D(2025, 10, 1), 31.0) and series.target == (D(2027, 10, 1), 25.0)
    assert series.goal is not None and series.goal.type == "effekt"  # the effect goal sets the line
    assert series.downward and series.progress == pytest.approx(4 / 6) and not series.reached
    assert series.text.sv == "31 → 27 % (mål 25 % till 2027-10-01): 67 % av vägen."
    assert series.text.en == "31 → 27 % (target 25 % by 2027-10-01): 67 % of the way."
    assert series.latest is not None and series.latest.id == later


def test_a_measurement_needs_a_date_and_a_number(db: Database, indicator: int) -> None:
    with pytest.raises(ValidationError, match="datum"):
        followup.add_measurement(db, indicator, value=29.0, date=None)
    with pytest.raises(ValidationError, match="tal"):
        followup.add_measurement(db, indicator, value=float("nan"), date=D(2026, 1, 1))
    assert crud.list_rows(db, "measurement") == []
    with pytest.raises(NotFoundError):
        followup.indicator_series(db, indicator + 99)


def test_measure_status_with_comment_keeps_the_history(db: Database) -> None:
    measure, _ = crud.create(db, "measure", {"title": "Ordningsvakter torsdag–lördag"})
    first, changes = followup.set_measure_status(db, measure, status="pågår", comment="52 av 156 kvällar",
                                                 date=D(2026, 7, 31), reported_by="Sara Nilsson")
    assert changes.ids("measure") == {measure} and changes.ids("status_update") == {first}
    followup.set_measure_status(db, measure, status="planerad", comment="Inlagt i efterhand", date=D(2026, 3, 1))
    assert crud.get(db, "measure", measure).status == "pågår"  # an older entry does not overwrite today's
    overview = followup.followup_overview(db)
    (row,) = overview.measures
    assert [u.note for u in row.history] == ["Inlagt i efterhand", "52 av 156 kvällar"]
    assert row.latest is not None and row.latest.id == first
    with pytest.raises(ValidationError):
        followup.set_measure_status(db, measure, status="klar", comment="", date=D(2026, 8, 1))
    with pytest.raises(NotFoundError):
        followup.set_measure_status(db, measure + 99, status="pågår", comment="", date=D(2026, 8, 1))


def test_promise_lines_kept_partly_or_not_and_the_lagging_one(db: Database) -> None:
    org, _ = crud.create(db, "organisation", {"name": "Kultur och fritid", "type": "förvaltning"})
    promise, _ = crud.create(db, "citizen_promise", {"title": "Tryggare kvällar", "period_start": D(2026, 4, 1),
                                                     "period_end": D(2027, 3, 31)})
    walks, _ = crud.create(db, "promise_item", {"promise_id": promise, "wording": "Nattvandring varannan fredag",
                                                "responsible_org_id": org, "activity_count": 26,
                                                "activity_unit": "kvällar"})
    joint, _ = crud.create(db, "promise_item", {"promise_id": promise, "wording": "Tillsammans redovisar vi",
                                                "all_parties": True})
    followup.set_promise_item_status(db, walks, status="delvis", date=D(2026, 9, 30), done_count=9,
                                     comment="Svårt att få volontärer")
    with pytest.raises(ValidationError):
        followup.set_promise_item_status(db, joint, status="klart", date=D(2026, 9, 30))
    overview = followup.followup_overview(db)
    lines = {f.item.id: f for f in overview.promise_items}
    assert lines[walks].behind and lines[walks].pace is not None
    assert lines[walks].pace.text.sv == "9 av 26 kvällar"
    assert lines[walks].status_label.sv == "Delvis hållet" and lines[walks].responsible == "Kultur och fritid"
    assert not lines[joint].behind and lines[joint].status_label.sv == "Ej uppföljt"
    assert lines[joint].responsible == "Alla parter"
    assert [f.item.id for f in overview.lagging] == [walks]
    assert [f.item.id for f in followup.promise_follow_up(db, promise)] == [walks, joint]
