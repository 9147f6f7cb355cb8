"""The agreement draft's signatories follow the people of step 1: signatories are chosen once, there.

Ticking "Undertecknar" on a person makes them a signatory of the current draft, with the name, title and
organisation taken from the person; unticking (or deleting the person) removes them from the draft. Only the
signing place is the agreement's own (it defaults to the kommun's name and is kept once edited). A locked or
signed version is never touched: its signatories are part of what was signed.

The sync is idempotent and cheap: it writes only when the draft differs from the people, so callers run it
whenever they are about to show or use the draft (the agreement page, locking, exporting the draft).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from samverka.core.changes import NO_CHANGES, Changes
from samverka.core.documents.signatories import default_place, field_name
from samverka.core.versioning import DRAFT, newest
from samverka.models import Agreement, AuditEntry, Collaboration, Organisation, Person, Signatory
from samverka.models.db import Database


@dataclass(frozen=True)
class Wanted:
    """One signatory as the people say it should be, in signing order."""

    person_id: int
    name: str
    title: str
    organisation: str


def wanted_signatories(session: Session, collaboration_id: int) -> list[Wanted]:
    """The people ticked as signatories, in the order they were added (the order step 1 lists them)."""
    people = session.scalars(
        select(Person).where(Person.collaboration_id == collaboration_id, Person.is_signatory).order_by(Person.id)
    ).all()
    orgs = {o.id: o.name for o in session.scalars(
        select(Organisation).where(Organisation.collaboration_id == collaboration_id))}
    return [Wanted(p.id, p.name, p.title, orgs.get(p.organisation_id, "") if p.organisation_id else "")
            for p in people]


def sync_draft_signatories(db: Database) -> Changes:
    """Bring the draft's signatory rows in line with the people; no draft, or nothing to change: no write."""
    if db.read_only:
        return NO_CHANGES
    cid = db.collaboration_id()
    with db.read() as session:
        draft = newest(session, Agreement, cid)
        if draft is None or draft.status != DRAFT:
            return NO_CHANGES
        if _in_line(session, draft.id, wanted_signatories(session, cid)):
            return NO_CHANGES
    with db.write() as session:
        return sync_in(session, cid)


def sync_in(session: Session, collaboration_id: int) -> Changes:
    """The sync inside a write the caller holds (e.g. while it creates the draft)."""
    draft = newest(session, Agreement, collaboration_id)
    if draft is None or draft.status != DRAFT:
        return NO_CHANGES
    wanted = wanted_signatories(session, collaboration_id)
    if _in_line(session, draft.id, wanted):
        return NO_CHANGES
    rows = _rows(session, draft.id)
    by_person = {row.person_id: row for row in rows if row.person_id is not None}
    keep = {w.person_id for w in wanted}
    removed = [row for row in rows if row.person_id is None or row.person_id not in keep]
    for row in removed:
        session.delete(row)
    session.flush()  # the removed rows' field names are free for the rows that stay
    collaboration = session.get(Collaboration, collaboration_id)
    place = default_place(collaboration.kommun) if collaboration is not None else ""
    touched: list[int] = [row.id for row in removed]
    for order, person in enumerate(wanted):
        found = by_person.get(person.person_id)
        row = found if found is not None else Signatory(agreement_id=draft.id, person_id=person.person_id,
                                                        place=place)
        session.add(row)
        row.name, row.title, row.organisation = person.name, person.title, person.organisation
        row.field_name, row.sort_order = field_name(order), order
        session.flush()
        touched.append(row.id)
    session.add(AuditEntry(action="sync", entity="signatory", entity_id=draft.id,
                           detail=f'{{"signatories": {len(wanted)}}}'))
    return Changes.of("signatory", *touched) | Changes.of("agreement", draft.id)


def _rows(session: Session, agreement_id: int) -> list[Signatory]:
    query = select(Signatory).where(Signatory.agreement_id == agreement_id)
    return list(session.scalars(query.order_by(Signatory.sort_order, Signatory.id)))


def _in_line(session: Session, agreement_id: int, wanted: list[Wanted]) -> bool:
    rows = _rows(session, agreement_id)
    if len(rows) != len(wanted):
        return False
    return all(
        (row.person_id, row.name, row.title, row.organisation, row.field_name, row.sort_order)
        == (person.person_id, person.name, person.title, person.organisation, field_name(order), order)
        for order, (row, person) in enumerate(zip(rows, wanted, strict=True))
    )
