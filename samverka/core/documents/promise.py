"""Medborgarlöfte: the public promise, per party, with quantified activities, who is responsible and when the
result is reported back, in plain language (no internal terms). A line all parties keep ("Tillsammans lovar vi")
is grouped under all parties by name; place and time fall back to the linked measure's when a line has none.
"""

from __future__ import annotations

import re
from typing import Any

from samverka.core.documents.common import (
    MONTHS,
    Data,
    agreement_reference,
    field_of,
    iso,
    join,
    kommun_party,
    long_date,
    number,
    period,
    police_party,
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
from samverka.swedish import join_list, unit_count

PROMISE_TABLES = (
    "collaboration", "organisation", "person", "area", "data_source", "citizen_promise", "promise_item", "measure",
    "goal", "indicator", "problem",
)
ALL_PARTIES = "Alla parter"
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
    # Both signing parties are always named: from step 1, else from the collaboration (or generically).
    if not any(o.type == "kommun" for o in orgs):
        lead.insert(0, kommun_party(data))
    if not any(o.type == "polis" for o in orgs):
        lead.insert(1, police_party(data))
    return lead + rest


def plain(text: str) -> str:
    for pattern, replacement in PLAIN_WORDS:
        text = pattern.sub(replacement, text)
    return text[:1].upper() + text[1:] if text else text


def _line(item: Any, data: Data, parties: tuple[str, ...]) -> PromiseLine:
    measures = data.by_id("measure")
    measure = measures.get(item.measure_id) if item.measure_id is not None else None
    responsible = data.name("organisation", item.responsible_org_id)
    if not responsible and measure is not None:
        responsible = data.name("organisation", measure.responsible_org_id)
    together = bool(field_of(item, "all_parties", False))
    count = field_of(item, "activity_count")
    unit = str(field_of(item, "activity_unit", ""))
    party = ALL_PARTIES if together else _party(responsible, data)
    return PromiseLine(
        wording=item.wording,
        responsible=party,
        place=str(field_of(item, "place", "")) or (measure.place if measure is not None else ""),
        when=str(field_of(item, "when_text", "")) or (measure.frequency if measure is not None else ""),
        activity=unit_count(count, unit) if count is not None else "",
        report_back=long_date(field_of(item, "report_back_date")),
        group=group_heading(party, parties),
    )


def group_heading(party: str, parties: tuple[str, ...]) -> str:
    """The heading the promise groups a line under: the party that keeps it, or all parties by name."""
    if party == ALL_PARTIES:
        return f"Tillsammans: {join_list(list(parties))}" if parties else "Alla parter tillsammans"
    return party or "Ansvarig part är inte angiven"


def link_text(data: Data) -> str:
    """"Medborgarlöftet är en bilaga till samverkansöverenskommelsen mellan Lunds kommun och …"."""
    return f"Medborgarlöftet är en bilaga till {agreement_reference(data)}."


def source_line(source: Any) -> str:
    """A source as a resident reads it: its name and period ("Trygghetsmätningen, 2023–2025")."""
    return join([source.name, source.period], ", ")


def _party(name: str, data: Data) -> str:
    """A förvaltning promises on behalf of its kommun: the promise groups by the party that signs."""
    orgs = {o.name: o for o in data.of("organisation")}
    org = orgs.get(name)
    seen: set[int] = set()
    while org is not None and org.parent_id is not None and org.id not in seen:
        seen.add(org.id)
        org = data.by_id("organisation").get(org.parent_id)
    return org.name if org is not None else name


def report_back_text(dates: list[Any], end: Any) -> str:
    """One sentence, from one date: the latest report-back date of the promises, else the end of the period."""
    chosen = iso(max(dates)) if dates else (iso(end) if end else "")
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
    parties = tuple(main_parties(data)[:2])
    lines = tuple(_line(item, data, parties) for item in items)
    measures = data.by_id("measure")
    problem_ids = sorted({m.problem_id for i in items if (m := measures.get(i.measure_id or -1)) is not None
                          and m.problem_id is not None})
    sources = tuple(source_line(s) for s in data.of("data_source") if s.confidentiality == "öppen")
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
        link=link_text(data),
        contribute=promise.contribute_text,
        channels=promise.publication_channels,
        signatories=default_signatories(data),
        version=int(field_of(promise, "version", 1)),
        report_back=report_back_text([d for i in items if (d := field_of(i, "report_back_date"))],
                                     promise.period_end),
        plain_goals=plain_goals(problem_ids, data),
        dialogue_basis=str(field_of(promise, "dialogue_basis", "")),
    )
    return with_hash_id(doc, f"ML-{slug(data.collaboration.kommun)}-{promise.id}")  # type: ignore[no-any-return]


def draft_promise(data: Data) -> PromiseDocument:
    """No promise is written yet: a draft from the measures marked as citizen promises, so it can be discussed."""
    c = data.collaboration
    chosen = [m for m in data.of("measure") if m.is_citizen_promise]
    parties = tuple(main_parties(data)[:2])
    owners = [_party(data.name("organisation", m.responsible_org_id), data) for m in chosen]
    lines = tuple(PromiseLine(wording=m.title, responsible=owner, place=m.place, when=m.frequency,
                              group=group_heading(owner, parties)) for m, owner in zip(chosen, owners, strict=True))
    problem_ids = sorted({m.problem_id for m in chosen if m.problem_id is not None})
    doc = PromiseDocument(
        document_id="", title=f"Medborgarlöfte – {kommun_party(data)}", date=iso(c.created_at), area="",
        target_group="", period=period(c.period_start, c.period_end), parties=parties,
        direction="", situation="", how_produced="", sources=(), promises=lines, goals=(),
        follow_up="", link=link_text(data), contribute="",
        channels="", signatories=default_signatories(data), report_back=report_back_text([], c.period_end),
        plain_goals=plain_goals(problem_ids, data), draft=True,
    )
    return with_hash_id(doc, f"ML-{slug(c.kommun or c.name)}-UTKAST")  # type: ignore[no-any-return]

