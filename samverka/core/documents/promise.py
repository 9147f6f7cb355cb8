"""Medborgarlöfte: the public promise, from steps 8 (promises) and 6–7 (goals, measures)."""

from __future__ import annotations

from typing import Any

from samverka import vocab
from samverka.core.documents.common import Data, join, label, period, read, slug, with_hash_id
from samverka.core.documents.goals import goals_for
from samverka.core.documents.signatories import default_signatories
from samverka.errors import NotFoundError
from samverka.export.documents import PromiseDocument, PromiseLine
from samverka.models.db import Database

PROMISE_TABLES = (
    "collaboration", "organisation", "person", "area", "data_source", "citizen_promise", "promise_item", "measure",
    "goal", "indicator", "problem",
)
LINK_TEXT = "Medborgarlöftet är en bilaga till samverkansöverenskommelsen mellan {parties}."


def promise_document(db: Database, promise_id: int) -> PromiseDocument:
    data = read(db, PROMISE_TABLES)
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


def build_promise(promise: Any, data: Data) -> PromiseDocument:
    items = [i for i in data.of("promise_item") if i.promise_id == promise.id]
    measures = data.by_id("measure")
    lines = []
    for item in items:
        measure = measures.get(item.measure_id) if item.measure_id is not None else None
        responsible = data.name("organisation", item.responsible_org_id)
        if not responsible and measure is not None:
            responsible = data.name("organisation", measure.responsible_org_id)
        lines.append(
            PromiseLine(
                wording=item.wording,
                responsible=responsible,
                place=measure.place if measure is not None else "",
                when=measure.frequency if measure is not None else "",
            )
        )
    problem_ids = {m.problem_id for i in items if (m := measures.get(i.measure_id or -1)) is not None}
    goals = tuple(g for pid in sorted(x for x in problem_ids if x is not None) for g in goals_for(pid, data))
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
        promises=tuple(lines),
        goals=goals,
        follow_up=promise.follow_up_text,
        link=LINK_TEXT.format(parties=" och ".join(parties) or "parterna"),
        contribute=promise.contribute_text,
        channels=promise.publication_channels,
        signatories=default_signatories(data),
    )
    return with_hash_id(doc, f"ML-{slug(data.collaboration.kommun)}-{promise.id}")  # type: ignore[no-any-return]
