"""Så har det gått: the public follow-up of a citizen promise. Each promise's verdict (hållet, delvis, inte
hållet) comes from its latest status report when the schema has them, else from the linked measure's status;
the summary sentence counts the same rows as the list."""

from __future__ import annotations

from collections import Counter
from typing import Any

from samverka.core.documents.common import Data, count_words, field_of, iso, join, number, read, slug, with_hash_id
from samverka.core.documents.promise import PROMISE_TABLES, build_promise, draft_promise, plain_goals
from samverka.errors import NotFoundError
from samverka.export.documents import PromiseFollowupDocument, PromiseOutcome
from samverka.models.db import Database

FOLLOWUP_TABLES = (*PROMISE_TABLES, "status_update", "promise_item_status", "measurement", "survey_result")
VERDICTS = {"hållet": "Hållet", "delvis": "Delvis hållet", "inte hållet": "Inte hållet", "pågår": "Pågår"}
# A measure's status, when no promise status is reported, in the words of the public follow-up.
FROM_MEASURE = {"genomförd": "hållet", "pågår": "pågår", "planerad": "pågår", "inställd": "inte hållet"}
ORDER = ("hållet", "delvis", "pågår", "inte hållet")


def promise_followup_document(db: Database, promise_id: int | None) -> PromiseFollowupDocument:
    data = read(db, FOLLOWUP_TABLES)
    rows = data.of("citizen_promise")
    if promise_id is None:
        promise = rows[0] if rows else None
    else:
        promise = data.by_id("citizen_promise").get(promise_id)
        if promise is None:
            raise NotFoundError(
                f"Medborgarlöftet {promise_id} finns inte. Välj ett av löftena i steg 9.",
                f"The citizen promise {promise_id} does not exist. Choose one of the promises in step 9.",
            )
    return build_followup(promise, data)


def build_followup(promise: Any | None, data: Data) -> PromiseFollowupDocument:
    doc = build_promise(promise, data) if promise is not None else draft_promise(data)
    items = [i for i in data.of("promise_item") if promise is not None and i.promise_id == promise.id]
    outcomes = tuple(_outcome(item, line, data) for item, line in zip(items, doc.promises, strict=True))
    if promise is None:
        outcomes = tuple(PromiseOutcome(line.wording, line.responsible, line.activity, "", VERDICTS["pågår"])
                         for line in doc.promises)
    dates = [iso(u.date) for u in data.of("status_update") if u.date]
    dates += [iso(field_of(s, "date")) for s in data.of("promise_item_status") if field_of(s, "date")]
    result = PromiseFollowupDocument(
        document_id="",
        title=f"Så har det gått – {doc.title}",
        date=max(dates) if dates else doc.date,
        promise_title=doc.title,
        promise_id=doc.document_id,
        period=doc.period,
        parties=doc.parties,
        summary=summary(outcomes),
        outcomes=outcomes,
        goals=plain_goals(_problem_ids(promise, data), data, with_result=True),
        next_steps=(doc.follow_up or "Parterna fortsätter arbetet och följer upp löftena igen vid nästa "
                                     "trygghetsmätning."),
        contribute=doc.contribute or "Hör av dig till kommunen eller polisen om du vill bidra eller har synpunkter.",
    )
    key = promise.id if promise is not None else "UTKAST"
    return with_hash_id(result, f"MU-{slug(data.collaboration.kommun or data.collaboration.name)}-{key}")  # type: ignore[no-any-return]


def _problem_ids(promise: Any | None, data: Data) -> list[int]:
    measures = data.by_id("measure")
    items = [i for i in data.of("promise_item") if promise is not None and i.promise_id == promise.id]
    chosen = [measures.get(i.measure_id or -1) for i in items] if promise is not None else [
        m for m in data.of("measure") if m.is_citizen_promise]
    return sorted({m.problem_id for m in chosen if m is not None and m.problem_id is not None})


def _outcome(item: Any, line: Any, data: Data) -> PromiseOutcome:
    reports = sorted((s for s in data.of("promise_item_status") if field_of(s, "promise_item_id") == item.id),
                     key=lambda s: (iso(field_of(s, "date")), s.id))
    unit = str(field_of(item, "activity_unit", ""))
    if reports:
        last = reports[-1]
        code = str(field_of(last, "status", "pågår"))
        done = field_of(last, "done_count")
        return PromiseOutcome(line.wording, line.responsible, line.activity,
                              join([number(done), unit], " ") if done is not None else "",
                              VERDICTS.get(code, code), str(field_of(last, "comment", "")))
    measure = data.by_id("measure").get(item.measure_id) if item.measure_id is not None else None
    updates = sorted((u for u in data.of("status_update") if measure is not None and u.measure_id == measure.id),
                     key=lambda u: (iso(u.date), u.id))
    status = updates[-1].status if updates else (measure.status if measure is not None else "planerad")
    comment = updates[-1].note if updates else ""
    return PromiseOutcome(line.wording, line.responsible, line.activity, "",
                          VERDICTS[FROM_MEASURE.get(status, "pågår")], comment)


def summary(outcomes: tuple[PromiseOutcome, ...]) -> str:
    """"Av tre löften: två hållna, ett pågår." – counted from the very list it sums up."""
    if not outcomes:
        return "Inga löften är formulerade ännu."
    counts = Counter(o.verdict for o in outcomes)
    forms = {"hållet": ("hållet", "hållna"), "delvis": ("delvis hållet", "delvis hållna"),
             "pågår": ("pågår", "pågår"), "inte hållet": ("inte hållet", "inte hållna")}
    parts = []
    for code in ORDER:
        n = counts.get(VERDICTS[code], 0)
        if n:
            one, many = forms[code]
            parts.append(count_words(n, one, many, neuter=True))
    text = parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " och " + parts[-1]
    return f"Av {count_words(len(outcomes), 'löfte', 'löften', neuter=True)}: {text}."
