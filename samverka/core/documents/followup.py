"""Follow-up report to the steering group and the kommunstyrelse: status per measure with comments, each promise
line's verdict (the same computation as the room's), indicators against baseline and target, with charts."""

from __future__ import annotations

from collections import Counter
from typing import Any

from samverka import vocab
from samverka.core.documents.annexes import current_promises
from samverka.core.documents.common import (
    Data,
    agreement_reference,
    iso,
    join,
    label,
    number,
    read,
    short_period,
    slug,
    with_hash_id,
)
from samverka.core.documents.promise_followup import FOLLOWUP_TABLES as PROMISE_FOLLOWUP_TABLES
from samverka.core.documents.promise_followup import build_followup, outcome_summary
from samverka.core.documents.survey import indicator_series
from samverka.export.documents import (
    ChartData,
    ChartSeries,
    FollowupDocument,
    FollowupEntry,
    IndicatorStatusRow,
    MeasureStatusRow,
)
from samverka.models.db import Database
from samverka.swedish import ATGARD, Clause, tally

FOLLOWUP_TABLES = (
    "collaboration", "organisation", "area", "measure", "status_update", "follow_up_report", "goal", "indicator",
    "measurement", "survey_result", "problem", *PROMISE_FOLLOWUP_TABLES,
)
RECIPIENTS = {"styrgrupp": "Styrgruppen", "styrgruppen": "Styrgruppen", "ks": "Kommunstyrelsen",
              "kommunstyrelsen": "Kommunstyrelsen", "lbrå": "Lokala brottsförebyggande rådet",
              "beredningsgrupp": "Beredningsgruppen", "beredningsgruppen": "Beredningsgruppen"}
# How a measure's status reads in the summary: verb, then the singular and plural complement.
STATUS_WORDS = {"genomförd": ("är", "genomförd", "genomförda"), "pågår": ("pågår", "", ""),
                "planerad": ("är", "planerad", "planerade"), "inställd": ("är", "inställd", "inställda")}
MAX_INDICATOR_CHARTS = 6


def followup_document(db: Database) -> FollowupDocument:
    data = read(db, FOLLOWUP_TABLES)
    c = data.collaboration
    dates = [r.date for r in data.of("follow_up_report") if r.date]
    dates += [u.date for u in data.of("status_update") if u.date]
    dates += [s.date for s in data.of("promise_item_status") if s.date]
    as_of = max(dates) if dates else None
    measures = _measures(data, as_of)
    promises = [build_followup(p, data) for p in current_promises(data)]
    outcomes = tuple(o for p in promises for o in p.outcomes)
    doc = FollowupDocument(
        document_id="",
        title=f"Uppföljning av {agreement_reference(data)}",
        date=iso(as_of) or iso(c.created_at),
        collaboration=c.name,
        period=short_period(c.period_start, c.period_end) or "ej angiven",
        entries=tuple(
            FollowupEntry(join([label(vocab.FOLLOWUP_TYPES, r.type), r.period], ", "), iso(r.date), r.findings,
                          r.recommendations, recipient(r.sent_to))
            for r in sorted(data.of("follow_up_report"), key=lambda r: (iso(r.date), r.id))
        ),
        measures=measures,
        indicators=_indicators(data),
        charts=_charts(data),
        status_summary=status_summary(measures),
        promise_outcomes=outcomes,
        promise_summary=outcome_summary(outcomes) if outcomes else "",
        promise_titles=tuple(p.promise_title for p in promises),
    )
    return with_hash_id(doc, f"UP-{slug(c.kommun or c.name)}")  # type: ignore[no-any-return]


def recipient(text: str) -> str:
    """Who the report goes to, as a name: "styrgrupp" → "Styrgruppen"."""
    key = text.strip().lower()
    return RECIPIENTS.get(key, text.strip()[:1].upper() + text.strip()[1:])


def _latest_updates(data: Data) -> dict[int, Any]:
    latest: dict[int, Any] = {}
    for update in sorted(data.of("status_update"), key=lambda u: (iso(u.date), u.id)):
        latest[update.measure_id] = update
    return latest


def _measures(data: Data, as_of: Any) -> tuple[MeasureStatusRow, ...]:
    """Each measure's latest status with its comment; a planned measure whose start has passed is marked late."""
    latest = _latest_updates(data)
    rows = []
    for number_, measure in enumerate(data.of("measure"), start=1):
        update = latest.get(measure.id)
        status = update.status if update is not None else measure.status
        note = update.note if update is not None else ""
        if status == "planerad" and measure.start is not None and as_of is not None and measure.start < as_of:
            note = join([note, f"Skulle ha startat {iso(measure.start)}."], " ")
        rows.append(MeasureStatusRow(
            ref=str(number_),
            title=measure.title,
            responsible=data.name("organisation", measure.responsible_org_id),
            period=short_period(measure.start, measure.end),
            status=label(vocab.MEASURE_STATUS, status),
            percent=f"{update.percent_done}\u00a0%" if update is not None else "",
            updated=iso(update.date) if update is not None else "–",
            note=note,
        ))
    return tuple(rows)


def _assess(goal: Any, latest: float | None) -> str:
    if latest is None:
        return "Ingen mätning än"
    if goal.target_value is None:
        return "Inget målvärde"
    falling = goal.baseline_value is not None and goal.target_value < goal.baseline_value
    reached = latest <= goal.target_value if falling else latest >= goal.target_value
    if reached:
        return "Målet är nått"
    if goal.baseline_value is None:
        return "Ej nått"
    if latest == goal.baseline_value:
        return "Oförändrat"
    moving = latest < goal.baseline_value if falling else latest > goal.baseline_value
    return "På väg mot målet" if moving else "Går åt fel håll"


def _indicators(data: Data) -> tuple[IndicatorStatusRow, ...]:
    indicators = data.by_id("indicator")
    rows = []
    for goal in data.of("goal"):
        indicator = indicators.get(goal.indicator_id) if goal.indicator_id is not None else None
        if indicator is None:
            continue
        series = indicator_series(indicator, data)
        latest = series[-1] if series else None
        rows.append(IndicatorStatusRow(
            name=indicator.name,
            goal=goal.text,
            baseline=number(goal.baseline_value, indicator.unit),
            target=join([number(goal.target_value, indicator.unit), iso(goal.target_date)], " senast "),
            latest=f"{number(latest[1], indicator.unit)} ({latest[0]})" if latest else "–",
            assessment=_assess(goal, latest[1] if latest else None),
        ))
    return tuple(rows)


def _charts(data: Data) -> tuple[ChartData, ...]:
    charts: list[ChartData] = []
    latest = _latest_updates(data)
    statuses = Counter(
        (latest[m.id].status if m.id in latest else m.status) for m in data.of("measure")
    )
    if statuses:
        order = [code for code in vocab.MEASURE_STATUS if statuses.get(code)]
        charts.append(ChartData(
            title="Åtgärdernas status", categories=tuple(label(vocab.MEASURE_STATUS, c) for c in order),
            series=(ChartSeries("Antal åtgärder", tuple(float(statuses[c]) for c in order)),), unit="antal",
        ))
    indicators = data.by_id("indicator")
    for goal in data.of("goal"):
        indicator = indicators.get(goal.indicator_id) if goal.indicator_id is not None else None
        series = indicator_series(indicator, data) if indicator is not None else []
        if indicator is None or not series:
            continue
        charts.append(ChartData(
            title=indicator.name, categories=tuple(p for p, _ in series),
            series=(ChartSeries(indicator.name, tuple(v for _, v in series)),),
            unit=indicator.unit, kind="line" if len(series) > 1 else "bar", target=goal.target_value,
            baseline=goal.baseline_value,
        ))
        if len(charts) > MAX_INDICATOR_CHARTS:
            break
    return tuple(charts)


def status_summary(rows: tuple[MeasureStatusRow, ...]) -> str:
    """"Av de elva åtgärderna är en genomförd, sex pågår och fyra är planerade." – counted from the table's rows."""
    if not rows:
        return ""
    codes = {label(vocab.MEASURE_STATUS, code): code for code in vocab.MEASURE_STATUS}
    counts = Counter(codes.get(r.status, r.status) for r in rows)
    clauses = [Clause(counts[code], *words) for code, words in STATUS_WORDS.items()]
    clauses += [Clause(n, "har status", code.lower(), code.lower()) for code, n in counts.items()
                if code not in STATUS_WORDS]
    return tally(len(rows), ATGARD, clauses)
