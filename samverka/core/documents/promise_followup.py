"""Så har det gått: the public follow-up of a citizen promise. Each line's verdict (kept, on track, behind, partly
kept, not kept) is `workflow.pace.item_verdict`, the computation the room's "behind" flag uses; the summary
sentence counts the same rows as the table under it."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from typing import Any

from samverka.core.documents.annexes import current_promises
from samverka.core.documents.common import NOT_GIVEN, Data, field_of, iso, long_date, read, slug, with_hash_id
from samverka.core.documents.promise import ALL_PARTIES, PROMISE_TABLES, build_promise, draft_promise, plain_goals
from samverka.errors import NotFoundError
from samverka.export.documents import PromiseFollowupDocument, PromiseLine, PromiseOutcome
from samverka.models.db import Database
from samverka.swedish import LOFTE, Clause, of_count, tally, unit_count
from samverka.workflow.pace import VERDICTS, Verdict, item_verdict

FOLLOWUP_TABLES = (*PROMISE_TABLES, "status_update", "promise_item_status", "measurement", "survey_result")
# How each verdict reads in the summary sentence: verb, then the singular and plural complement.
VERDICT_WORDS = {
    "hållet": ("är", "hållet", "hållna"),
    "enligt_plan": ("går", "enligt plan", "enligt plan"),
    "efter_plan": ("ligger", "efter", "efter"),
    "delvis": ("är", "delvis hållet", "delvis hållna"),
    "inte_hållet": ("är", "inte hållet", "inte hållna"),
    "ej_uppföljt": ("är", "inte uppföljt", "inte uppföljda"),
}


def promise_followup_document(db: Database, promise_id: int | None) -> PromiseFollowupDocument:
    data = read(db, FOLLOWUP_TABLES)
    if promise_id is None:
        current = current_promises(data)
        promise = current[0] if current else None
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
    statuses = data.group("promise_item_status", "promise_item_id")
    verdicts = [item_verdict(item, promise, statuses.get(item.id, [])) for item in items]
    if promise is not None:
        outcomes = tuple(_outcome(item, line, verdict, statuses.get(item.id, []))
                         for item, line, verdict in zip(items, doc.promises, verdicts, strict=True))
    else:
        outcomes = tuple(PromiseOutcome(line.wording, _keeper(line), line.activity, "",
                                        VERDICTS["ej_uppföljt"][0]) for line in doc.promises)
    reported = [v.as_of for v in verdicts if v.as_of is not None]
    as_of = max(reported) if reported else None
    result = PromiseFollowupDocument(
        document_id="",
        title=f"Så har det gått – {doc.title}",
        date=iso(as_of) or doc.date,
        promise_title=doc.title,
        promise_id=doc.document_id,
        period=doc.period,
        parties=doc.parties,
        summary=summary(verdicts) if promise is not None else "Inga löften är uppföljda ännu.",
        outcomes=outcomes,
        goals=plain_goals(_problem_ids(promise, data), data, with_result=True),
        next_steps=(doc.follow_up or "Parterna fortsätter arbetet och följer upp löftena igen vid nästa "
                                     "trygghetsmätning."),
        contribute=doc.contribute or "Hör av dig till kommunen eller polisen om du vill bidra eller har synpunkter.",
        subtitle=_subtitle(as_of, doc.period),
    )
    key = promise.id if promise is not None else "UTKAST"
    prefix = f"MU-{slug(data.collaboration.kommun or data.collaboration.name)}-{key}"
    return with_hash_id(result, prefix)  # type: ignore[no-any-return]


def _problem_ids(promise: Any | None, data: Data) -> list[int]:
    measures = data.by_id("measure")
    items = [i for i in data.of("promise_item") if promise is not None and i.promise_id == promise.id]
    chosen = [measures.get(i.measure_id or -1) for i in items] if promise is not None else [
        m for m in data.of("measure") if m.is_citizen_promise]
    return sorted({m.problem_id for m in chosen if m is not None and m.problem_id is not None})


def _outcome(item: Any, line: PromiseLine, verdict: Verdict, reports: list[Any]) -> PromiseOutcome:
    """One line: what was promised, who keeps it, "78 av 156 kvällar", the verdict and the latest comment."""
    unit = str(field_of(item, "activity_unit", ""))
    planned = field_of(item, "activity_count")
    counted = [r for r in reports if r.done_count is not None]
    done = max(counted, key=lambda r: (iso(r.date), r.id)).done_count if counted else None
    latest = max(reports, key=lambda r: (iso(r.date), r.id)) if reports else None
    if done is not None and planned:
        progress = of_count(done, planned, unit, keep_together=True)
    elif done is not None:
        progress = unit_count(done, unit)
    else:
        progress = ""
    return PromiseOutcome(line.wording, _keeper(line), line.activity, progress, verdict.label.sv,
                          str(latest.comment) if latest is not None else "")


def _keeper(line: PromiseLine) -> str:
    """Who keeps a line, named as the promise names it: a joint line as "Tillsammans: A och B", not "Alla parter"."""
    return line.group if line.responsible == ALL_PARTIES and line.group else line.responsible


def outcome_summary(outcomes: tuple[PromiseOutcome, ...]) -> str:
    """The summary sentence over printed outcomes (several promises in one report): counted from their verdicts."""
    codes = {sv: code for code, (sv, _) in VERDICTS.items()}
    counts = Counter(codes.get(o.verdict, "ej_uppföljt") for o in outcomes)
    return tally(len(outcomes), LOFTE, [Clause(counts[code], *VERDICT_WORDS[code]) for code in VERDICT_WORDS])


def summary(verdicts: list[Verdict]) -> str:
    """"Av de fem löftena är ett hållet, tre går enligt plan och ett ligger efter." – counted from the very lines
    the table lists."""
    if not verdicts:
        return "Inga löften är formulerade ännu."
    counts = Counter(v.code for v in verdicts)
    clauses = [Clause(counts[code], *VERDICT_WORDS[code]) for code in VERDICT_WORDS]
    return tally(len(verdicts), LOFTE, clauses)


def _subtitle(as_of: dt.date | None, period: str) -> str:
    """"Läget den 15 oktober 2026. Löftet gäller 1 april 2026 – 31 mars 2027."; an unset period is left out."""
    parts = [f"Läget den {long_date(as_of)}." if as_of is not None else "",
             f"Löftet gäller {period}." if period != NOT_GIVEN else ""]
    return " ".join(part for part in parts if part)
