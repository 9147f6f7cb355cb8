"""Citizen promises in versions: a promise runs for its period (often 6–12 months) and is renewed as a new
version with a new period, beside the signed agreement (which is never changed by it).

A renewal copies the texts and the promise lines (not their follow-up statuses); the old version stays as it
was, with its statuses, for the follow-up and "Så har det gått".
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from samverka.core import crud
from samverka.core.changes import Changes
from samverka.core.validation import validate
from samverka.dto import CitizenPromiseRow
from samverka.errors import KnownError, NotFoundError
from samverka.models import AuditEntry, CitizenPromise, PromiseItem
from samverka.models.db import Database
from samverka.workflow.in_force import in_force

# Everything a renewal carries over besides the period and the version link.
_PROMISE_FIELDS = ("title", "area_id", "target_group", "direction_text", "background_text", "how_produced_text",
                   "follow_up_text", "contribute_text", "publication_channels", "dialogue_basis")
_ITEM_FIELDS = ("measure_id", "responsible_org_id", "wording", "sort_order", "all_parties", "activity_count",
                "activity_unit", "place", "when_text")


def current_promises(db: Database) -> list[CitizenPromiseRow]:
    """The versions in force: those no later version renews."""
    return in_force(crud.list_rows(db, CitizenPromiseRow))


def versions(db: Database, promise_id: int) -> list[CitizenPromiseRow]:
    """The promise's history, oldest first, through the renewal links (a missing link ends the chain)."""
    rows: dict[int, CitizenPromiseRow] = {p.id: p for p in crud.list_rows(db, "citizen_promise")}
    if promise_id not in rows:
        raise _gone()
    renewed_by = {p.renews_id: p.id for p in rows.values() if p.renews_id is not None}
    start = promise_id
    while rows[start].renews_id in rows:
        start = rows[start].renews_id  # type: ignore[assignment]
    chain = [rows[start]]
    while chain[-1].id in renewed_by and len(chain) <= len(rows):
        chain.append(rows[renewed_by[chain[-1].id]])
    return chain


def renew_promise(
    db: Database, promise_id: int, *, period_start: dt.date, period_end: dt.date, report_back: dt.date | None = None,
) -> tuple[int, Changes]:
    """The next version of a promise for a new period, with its lines copied (statuses stay with the old one).

    `report_back` sets every copied line's report-back date (left empty otherwise, to be decided anew).
    """
    with db.write() as session:
        old = session.get(CitizenPromise, promise_id)
        if old is None:
            raise _gone()
        newer = session.scalar(select(CitizenPromise.id).where(CitizenPromise.renews_id == promise_id))
        if newer is not None:
            raise KnownError("Löftet är redan förnyat. Förnya den senaste versionen i stället.",
                             "The promise has already been renewed. Renew the latest version instead.")
        values = {name: getattr(old, name) for name in _PROMISE_FIELDS}
        values.update(collaboration_id=old.collaboration_id, period_start=period_start, period_end=period_end,
                      version=old.version + 1, renews_id=old.id, published_date=None)
        validate("citizen_promise", values)
        if old.period_start is not None and period_start <= old.period_start:
            raise KnownError(
                "Den nya perioden måste börja efter att den förra började. Välj ett senare startdatum.",
                "The new period must start after the previous one started. Choose a later start date.",
            )
        new = CitizenPromise(**values)
        session.add(new)
        session.flush()
        items = session.scalars(select(PromiseItem).where(PromiseItem.promise_id == old.id)
                                .order_by(PromiseItem.sort_order, PromiseItem.id)).all()
        copies = [PromiseItem(promise_id=new.id, report_back_date=report_back,
                              **{name: getattr(item, name) for name in _ITEM_FIELDS}) for item in items]
        session.add_all(copies)
        session.flush()
        session.add(AuditEntry(action="renew", entity="citizen_promise", entity_id=new.id,
                               detail=f'{{"renews": {old.id}, "version": {new.version}}}'))
        new_id = new.id
        item_ids = [item.id for item in copies]
    return new_id, Changes.of("citizen_promise", new_id) | Changes.of("promise_item", *item_ids)


def delete_version(db: Database, promise_id: int) -> tuple[crud.Snapshot, Changes]:
    """Remove the newest version of a promise (undo with `crud.restore`); an older one stays while a newer one
    renews it, so the history remains one chain."""
    with db.read() as session:
        successor = session.scalar(select(CitizenPromise.id).where(CitizenPromise.renews_id == promise_id))
    if successor is not None:
        raise KnownError("Den här versionen har förnyats. Ta bort den senaste versionen först.",
                         "This version has been renewed. Remove the latest version first.")
    return crud.delete_row(db, "citizen_promise", promise_id)


def _gone() -> NotFoundError:
    return NotFoundError("Medborgarlöftet finns inte längre. Uppdatera vyn.",
                         "The citizen promise no longer exists. Refresh the view.")
