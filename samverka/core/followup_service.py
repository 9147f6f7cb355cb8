"""Step 10, follow-up in the room: indicator measurements against baseline and target, each measure's status
with a comment, each promise line kept / partly kept / not kept, and the lines that lag their quantity.

Everything is plain data: the facilitator's page and the projector draw the same series, and the public
"Så har det gått" and the yearly report to the kommunstyrelse read the same rows.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from samverka import vocab
from samverka.core import crud
from samverka.core.changes import Changes
from samverka.core.documents.common import Data, read
from samverka.core.validation import validate
from samverka.dto import (
    CitizenPromiseRow,
    FollowUpReportRow,
    GoalRow,
    IndicatorRow,
    MeasureRow,
    PromiseItemRow,
    PromiseItemStatusRow,
    StatusUpdateRow,
)
from samverka.errors import NotFoundError, Text, ValidationError
from samverka.models import AuditEntry, Measure, StatusUpdate
from samverka.models.db import Database
from samverka.swedish import decimal
from samverka.workflow.in_force import in_force
from samverka.workflow.pace import Pace, Verdict, item_verdict

FOLLOWUP_TABLES = ("organisation", "data_source", "indicator", "goal", "measurement", "measure", "status_update",
                   "citizen_promise", "promise_item", "promise_item_status", "follow_up_report")


@dataclass(frozen=True)
class SeriesPoint:
    id: int  # the measurement's id
    date: dt.date | None
    value: float
    source: str
    comment: str


@dataclass(frozen=True)
class IndicatorSeries:
    """One indicator's measurements over time with the goal's baseline and target: a chart's data."""

    indicator: IndicatorRow
    points: tuple[SeriesPoint, ...]  # by date; undated ones last
    goal: GoalRow | None  # the goal that sets baseline and target (an effect goal first)

    @property
    def unit(self) -> str:
        return self.indicator.unit

    @property
    def baseline(self) -> tuple[dt.date | None, float] | None:
        if self.goal is None or self.goal.baseline_value is None:
            return None
        return self.goal.baseline_date, self.goal.baseline_value

    @property
    def target(self) -> tuple[dt.date | None, float] | None:
        if self.goal is None or self.goal.target_value is None:
            return None
        return self.goal.target_date, self.goal.target_value

    @property
    def dated(self) -> tuple[SeriesPoint, ...]:
        """The points a time axis can show."""
        return tuple(p for p in self.points if p.date is not None)

    @property
    def latest(self) -> SeriesPoint | None:
        dated = self.dated
        return dated[-1] if dated else (self.points[-1] if self.points else None)

    @property
    def downward(self) -> bool:
        """True when the goal is to lower the value (most safety-survey indices)."""
        return self.baseline is not None and self.target is not None and self.target[1] < self.baseline[1]

    @property
    def progress(self) -> float | None:
        """The share of the way from baseline to target the latest value has come (0 = none, 1 = reached)."""
        if self.baseline is None or self.target is None or self.latest is None:
            return None
        span = self.target[1] - self.baseline[1]
        if span == 0:
            return None
        return (self.latest.value - self.baseline[1]) / span

    @property
    def reached(self) -> bool:
        progress = self.progress
        return progress is not None and progress >= 1

    @property
    def text(self) -> Text:
        """"31 → 29 % (mål 25 % till 2027-10-01): 33 % av vägen"."""
        unit = f" {self.unit}" if self.unit and not self.unit.lower().startswith("index") else ""
        if self.latest is None:
            return Text("Ingen mätning ännu.", "No measurement yet.")
        now = decimal(self.latest.value)
        if self.baseline is None or self.target is None:
            return Text(f"Senast {now}{unit}.", f"Latest {now}{unit}.")
        base, target = decimal(self.baseline[1]), decimal(self.target[1])
        when = self.target[0].isoformat() if self.target[0] else ""
        share = round((self.progress or 0) * 100)
        by_sv, by_en = (f" till {when}", f" by {when}") if when else ("", "")
        return Text(f"{base} → {now}{unit} (mål {target}{unit}{by_sv}): {share} % av vägen.",
                    f"{base} → {now}{unit} (target {target}{unit}{by_en}): {share} % of the way.")


@dataclass(frozen=True)
class MeasureFollowUp:
    measure: MeasureRow
    responsible: str
    history: tuple[StatusUpdateRow, ...]  # oldest first

    @property
    def latest(self) -> StatusUpdateRow | None:
        return self.history[-1] if self.history else None


@dataclass(frozen=True)
class PromiseItemFollowUp:
    item: PromiseItemRow
    promise: CitizenPromiseRow
    responsible: str
    history: tuple[PromiseItemStatusRow, ...]  # oldest first
    # Kept / on track / behind / partly / not kept: the same computation the documents print, made once.
    verdict: Verdict

    @property
    def latest(self) -> PromiseItemStatusRow | None:
        return self.history[-1] if self.history else None

    @property
    def pace(self) -> Pace | None:
        """The latest count against the share of the period gone by the latest report."""
        return self.verdict.pace

    @property
    def behind(self) -> bool:
        return self.verdict.behind

    @property
    def status_label(self) -> Text:
        if self.latest is None:
            return Text("Ej uppföljt", "Not followed up")
        sv, en = vocab.PROMISE_ITEM_STATUS[self.latest.status]
        return Text(sv, en)


@dataclass(frozen=True)
class FollowUpOverview:
    """Everything step 10 shows, for the facilitator's page and the projector alike."""

    series: tuple[IndicatorSeries, ...]
    measures: tuple[MeasureFollowUp, ...]
    promise_items: tuple[PromiseItemFollowUp, ...]
    reports: tuple[FollowUpReportRow, ...]

    @property
    def lagging(self) -> tuple[PromiseItemFollowUp, ...]:
        return tuple(item for item in self.promise_items if item.behind)


def _by_date(rows: list[Any]) -> tuple[Any, ...]:
    """Oldest first, undated last, ties in the order they were entered."""
    return tuple(sorted(rows, key=lambda r: (r.date is None, r.date or dt.date.min, getattr(r, "id", 0))))


def _goal_for(indicator_id: int, data: Data) -> GoalRow | None:
    goals = [g for g in data.of("goal") if g.indicator_id == indicator_id]
    goals.sort(key=lambda g: (g.type != "effekt", g.sort_order, g.id))
    return goals[0] if goals else None


def _series(indicator: IndicatorRow, data: Data) -> IndicatorSeries:
    points = [SeriesPoint(m.id, m.date, m.value, data.name("data_source", m.source_id), m.note)
              for m in data.of("measurement") if m.indicator_id == indicator.id]
    return IndicatorSeries(indicator, _by_date(points), _goal_for(indicator.id, data))


def indicator_series(db: Database, indicator_id: int) -> IndicatorSeries:
    data = read(db, FOLLOWUP_TABLES)
    indicator = data.by_id("indicator").get(indicator_id)
    if indicator is None:
        raise _gone_indicator()
    return _series(indicator, data)


def followup_overview(db: Database, *, all_promises: bool = False) -> FollowUpOverview:
    """Series for every indicator, the measures with their status history and the promise lines in force (or
    every version with `all_promises`), in one read."""
    data = read(db, FOLLOWUP_TABLES)
    return FollowUpOverview(
        series=tuple(_series(i, data) for i in data.of("indicator")),
        measures=tuple(_measure(m, data) for m in data.of("measure")),
        promise_items=tuple(_promise_items(data, all_promises=all_promises)),
        reports=_by_date(list(data.of("follow_up_report"))),
    )


def _measure(measure: MeasureRow, data: Data) -> MeasureFollowUp:
    history = [u for u in data.of("status_update") if u.measure_id == measure.id]
    return MeasureFollowUp(measure, data.name("organisation", measure.responsible_org_id), _by_date(history))


def _promise_items(data: Data, *, all_promises: bool) -> list[PromiseItemFollowUp]:
    promises = data.of("citizen_promise")
    wanted = {p.id: p for p in (promises if all_promises else in_force(promises))}
    found = []
    for item in data.of("promise_item"):
        promise = wanted.get(item.promise_id)
        if promise is None:
            continue
        history = _by_date([s for s in data.of("promise_item_status") if s.promise_item_id == item.id])
        who = "Alla parter" if item.all_parties else data.name("organisation", item.responsible_org_id)
        found.append(PromiseItemFollowUp(item, promise, who, history, item_verdict(item, promise, history)))
    return found


def promise_follow_up(db: Database, promise_id: int) -> tuple[PromiseItemFollowUp, ...]:
    """One promise version's lines with status and pace: the data of its public "Så har det gått"."""
    data = read(db, FOLLOWUP_TABLES)
    if promise_id not in data.by_id("citizen_promise"):
        raise NotFoundError("Medborgarlöftet finns inte längre. Uppdatera vyn.",
                            "The citizen promise no longer exists. Refresh the view.")
    return tuple(f for f in _promise_items(data, all_promises=True) if f.promise.id == promise_id)


def add_measurement(
    db: Database, indicator_id: int, *, value: float, date: dt.date | None, source_id: int | None = None,
    comment: str = "", area_id: int | None = None, period: str = "", n: int | None = None,
) -> tuple[int, Changes]:
    """One value of an indicator, entered in the room: value, date, source and comment."""
    if date is None:
        raise ValidationError("Ange vilket datum mätningen gäller.", "Enter the date the measurement is for.",
                              field="date")
    if not isinstance(value, int | float) or isinstance(value, bool) or not math.isfinite(value):
        raise ValidationError("Värdet måste vara ett tal.", "The value must be a number.", field="value")
    return crud.create(db, "measurement", {
        "indicator_id": indicator_id, "value": float(value), "date": date, "source_id": source_id, "note": comment,
        "area_id": area_id, "period": period, "n": n,
    })


def set_measure_status(
    db: Database, measure_id: int, *, status: str, comment: str, date: dt.date, percent_done: int | None = None,
    reported_by: str = "",
) -> tuple[int, Changes]:
    """A measure's new status with a comment: one status update in its history, and the measure's current
    status, written together."""
    values = {"measure_id": measure_id, "date": date, "status": status, "note": comment,
              "percent_done": percent_done if percent_done is not None else (100 if status == "genomförd" else 0),
              "reported_by": reported_by}
    validate("status_update", values)
    with db.write() as session:
        measure = session.get(Measure, measure_id)
        if measure is None:
            raise NotFoundError("Åtgärden finns inte längre. Uppdatera vyn.",
                                "The measure no longer exists. Refresh the view.")
        update = StatusUpdate(**values)
        session.add(update)
        session.flush()
        latest = session.scalar(select(StatusUpdate.date).where(StatusUpdate.measure_id == measure_id)
                                .where(StatusUpdate.id != update.id).order_by(StatusUpdate.date.desc()).limit(1))
        if latest is None or date >= latest:  # an entry back in time does not overwrite today's status
            measure.status = status
        session.add(AuditEntry(action="status", entity="measure", entity_id=measure_id,
                               detail=f'{{"status": "{status}"}}'))
        update_id = update.id
    return update_id, Changes.of("status_update", update_id) | Changes.of("measure", measure_id)


def set_promise_item_status(
    db: Database, item_id: int, *, status: str, date: dt.date, done_count: int | None = None, comment: str = "",
) -> tuple[int, Changes]:
    """Kept, partly kept or not kept, with how many of the promised activities were done by `date`."""
    return crud.create(db, "promise_item_status", {"promise_item_id": item_id, "status": status, "date": date,
                                                   "done_count": done_count, "comment": comment})


def _gone_indicator() -> NotFoundError:
    return NotFoundError("Indikatorn finns inte längre. Uppdatera vyn.",
                         "The indicator no longer exists. Refresh the view.")
