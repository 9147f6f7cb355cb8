"""Medborgarlöfte: the public promise, per party, with quantified activities, who is responsible and when the
result is reported back, in plain language (no internal terms); and its public follow-up, "Så har det gått".

The columns for quantities, places and report-back dates come with the data model's next migration; until they
exist the promise takes place and frequency from the linked measure.
"""

from __future__ import annotations

import re
from typing import Any

from samverka import vocab
from samverka.core.documents.common import (
    MONTHS,
    Data,
    field_of,
    iso,
    join,
    label,
    number,
    period,
    read,
    slug,
    with_hash_id,
)
from samverka.core.documents.goals import goals_for
from samverka.core.documents.signatories import default_signatories
from samverka.core.documents.survey import indicator_series
from samverka.errors import NotFoundError
from samverka.export.documents import PlainGoal, PromiseDocument, PromiseLine
from samverka.models.db import Database

PROMISE_TABLES = (
    "collaboration", "organisation", "person", "area", "data_source", "citizen_promise", "promise_item", "measure",
    "goal", "indicator", "problem",
)
LINK_TEXT = "Medborgarlöftet är en bilaga till samverkansöverenskommelsen mellan {parties}."
# Internal words a resident should not meet, and what the promise says instead.
PLAIN_WORDS = (
    (re.compile(r"\bProblemindex (för )?", re.IGNORECASE), "Hur stort problem invånarna upplever med "),
    (re.compile(r"\bindex 0–6\b", re.IGNORECASE), "på en skala 0–6"),
    (re.compile(r"\b(Effektmål|Processmål|Produktionsmål)\b:?\s*", re.IGNORECASE), ""),
)


def promise_document(db: Database, promise_id: int | None) -> PromiseDocument:
    """The promise, or a draft from the measures marked as citizen promises when none is written yet."""
    data = read(db, PROMISE_TABLES)
    if promise_id is None:
        rows = data.of("citizen_promise")
        return build_promise(rows[0], data) if rows else draft_promise(data)
    promise = data.by_id("citizen_promise").get(promise_id)
    if promise is None:
        raise NotFoundError(
            f"Medborgarlöftet {promise_id} finns inte. Välj ett av löftena i steg 9.",
            f"The citizen promise {promise_id} does not exist. Choose one of the promises in step 9.",
        )
    return build_promise(promise, data)


def main_parties(data: Data) -> list[str]:
    """The kommun and the police first (they sign), then the other parties in their order."""
    orgs = [o for o in data.of("organisation") if o.parent_id is None]
    lead = [o.name for o in orgs if o.type in ("kommun", "polis")]
    rest = [o.name for o in orgs if o.type not in ("kommun", "polis")]
    if not lead:
        c = data.collaboration
        lead = [name for name in (c.kommun, c.lokalpolisomrade) if name]
    return lead + rest


def plain(text: str) -> str:
    for pattern, replacement in PLAIN_WORDS:
        text = pattern.sub(replacement, text)
    return text[:1].upper() + text[1:] if text else text


def _line(item: Any, data: Data) -> PromiseLine:
    measures = data.by_id("measure")
    measure = measures.get(item.measure_id) if item.measure_id is not None else None
    responsible = data.name("organisation", item.responsible_org_id)
    if not responsible and measure is not None:
        responsible = data.name("organisation", measure.responsible_org_id)
    count = field_of(item, "activity_count")
    unit = str(field_of(item, "activity_unit", ""))
    activity = join([number(count) if count is not None else "", unit], " ") if count is not None else ""
    return PromiseLine(
        wording=item.wording,
        responsible=_party(responsible, data),
        place=str(field_of(item, "place", "")) or (measure.place if measure is not None else ""),
        when=str(field_of(item, "when_text", "")) or (measure.frequency if measure is not None else ""),
        activity=activity,
        report_back=iso(field_of(item, "report_back_date")),
    )


def _party(name: str, data: Data) -> str:
    """A förvaltning promises on behalf of its kommun: the promise groups by the party that signs."""
    orgs = {o.name: o for o in data.of("organisation")}
    org = orgs.get(name)
    seen: set[int] = set()
    while org is not None and org.parent_id is not None and org.id not in seen:
        seen.add(org.id)
        org = data.by_id("organisation").get(org.parent_id)
    return org.name if org is not None else name


def report_back_text(dates: list[str], end: Any) -> str:
    """One sentence, from one date: the latest report-back date of the promises, else the end of the period."""
    chosen = max(dates) if dates else (iso(end) if end else "")
    if not chosen:
        return "Vi berättar hur det har gått när löftet har följts upp."
    year, month = int(chosen[:4]), int(chosen[5:7])
    return f"I {MONTHS[month - 1]} {year} lämnar vi en återrapport om hur det har gått med löftena."


def plain_goals(problem_ids: list[int], data: Data, *, with_result: bool = False) -> tuple[PlainGoal, ...]:
    """The goals in plain words; the latest measured value only for the follow-up (the promise itself does not
    change when a new measurement comes in)."""
    indicators = data.by_id("indicator")
    goals = []
    for pid in problem_ids:
        for goal_row in (g for g in data.of("goal") if g.problem_id == pid):
            indicator = indicators.get(goal_row.indicator_id) if goal_row.indicator_id is not None else None
            if indicator is None:
                continue
            series = indicator_series(indicator, data) if with_result else []
            latest = series[-1] if series else None
            goals.append(PlainGoal(
                what=plain(indicator.name),
                today=number(goal_row.baseline_value, indicator.unit),
                aim=number(goal_row.target_value, indicator.unit),
                when=str(goal_row.target_date.year) if goal_row.target_date else "",
                result=f"{number(latest[1], indicator.unit)} ({latest[0]})" if latest else "",
            ))
    return tuple(goals)


def build_promise(promise: Any, data: Data) -> PromiseDocument:
    items = [i for i in data.of("promise_item") if i.promise_id == promise.id]
    lines = tuple(_line(item, data) for item in items)
    measures = data.by_id("measure")
    problem_ids = sorted({m.problem_id for i in items if (m := measures.get(i.measure_id or -1)) is not None
                          and m.problem_id is not None})
    sources = tuple(
        join([s.name, label(vocab.SOURCE_KINDS, s.kind), s.period], ", ")
        for s in data.of("data_source") if s.confidentiality == "öppen"
    )
    parties = tuple(main_parties(data)[:2])
    doc = PromiseDocument(
        document_id="",
        title=promise.title,
        date=(promise.published_date or promise.period_start or data.collaboration.created_at).isoformat()[:10],
        area=data.name("area", promise.area_id),
        target_group=promise.target_group,
        period=period(promise.period_start, promise.period_end),
        parties=parties,
        direction=promise.direction_text,
        situation=promise.background_text,
        how_produced=promise.how_produced_text,
        sources=sources,
        promises=lines,
        goals=tuple(g for pid in problem_ids for g in goals_for(pid, data)),
        follow_up=promise.follow_up_text,
        link=LINK_TEXT.format(parties=" och ".join(parties) or "parterna"),
        contribute=promise.contribute_text,
        channels=promise.publication_channels,
        signatories=default_signatories(data),
        version=int(field_of(promise, "version", 1)),
        report_back=report_back_text([line.report_back for line in lines if line.report_back], promise.period_end),
        plain_goals=plain_goals(problem_ids, data),
        dialogue_basis=str(field_of(promise, "dialogue_basis", "")),
    )
    return with_hash_id(doc, f"ML-{slug(data.collaboration.kommun)}-{promise.id}")  # type: ignore[no-any-return]


def draft_promise(data: Data) -> PromiseDocument:
    """No promise is written yet: a draft from the measures marked as citizen promises, so it can be discussed."""
    c = data.collaboration
    chosen = [m for m in data.of("measure") if m.is_citizen_promise]
    lines = tuple(PromiseLine(wording=m.title, responsible=_party(data.name("organisation", m.responsible_org_id),
                                                                   data),
                              place=m.place, when=m.frequency) for m in chosen)
    parties = tuple(main_parties(data)[:2])
    problem_ids = sorted({m.problem_id for m in chosen if m.problem_id is not None})
    doc = PromiseDocument(
        document_id="", title=f"Medborgarlöfte {c.kommun}".strip(), date=iso(c.created_at), area="",
        target_group="", period=period(c.period_start, c.period_end), parties=parties,
        direction="", situation="", how_produced="", sources=(), promises=lines, goals=(),
        follow_up="", link=LINK_TEXT.format(parties=" och ".join(parties) or "parterna"), contribute="",
        channels="", signatories=default_signatories(data), report_back=report_back_text([], c.period_end),
        plain_goals=plain_goals(problem_ids, data), draft=True,
    )
    return with_hash_id(doc, f"ML-{slug(c.kommun or c.name)}-UTKAST")  # type: ignore[no-any-return]

