"""The årshjul: the collaboration's recurring year (lägesbild meetings, the survey period, styrgrupp, the report
to the kommunstyrelse, promise renewal, follow-up), as rows to edit, as a wheel to draw and as iCalendar.

An event is a month (and day) that comes back every year, or a concrete date range; a range's month and day
follow its start date so the wheel always has them.
"""

from __future__ import annotations

import calendar as month_lengths
import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select

from samverka import vocab
from samverka.core import crud
from samverka.core.changes import Changes
from samverka.dto import CalendarEventRow
from samverka.errors import Text, ValidationError
from samverka.export.calendar import Calendar, CalendarItem, to_ics
from samverka.models import AuditEntry, CalendarEvent, Collaboration
from samverka.models.db import Database

# A typical year (Polisregion Syd's survey runs mid-August for about two months, results in November).
STANDARD_YEAR: tuple[tuple[str, str, int, int | None, str], ...] = (
    ("Lägesbildsmöte: parternas bilder", "lägesbildsmöte", 2, None, "Varje part tar med sin egen lägesbild."),
    ("Styrgrupp: beslut om årets inriktning", "styrgrupp", 3, None, ""),
    ("Förnyelse av medborgarlöften", "förnyelse_löften", 3, 31, "Löftena löper 12 månader från 1 april."),
    ("Styrgrupp: processuppföljning", "styrgrupp", 6, None, ""),
    ("Trygghetsmätningen skickas ut", "trygghetsmätning", 8, 15, "Polisen och kommunen, cirka två månader."),
    ("Uppföljning i beredningsgruppen", "uppföljning", 10, None, "Åtgärder, löften och indikatorer i rummet."),
    ("Resultat av trygghetsmätningen", "trygghetsmätning", 11, None, ""),
    ("Rapport till kommunstyrelsen", "rapport_ks", 12, None, "Årlig uppföljning och uppdaterad lägesbild."),
)
MONTHS_SV = ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
             "november", "december")
MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December")


@dataclass(frozen=True)
class WheelEvent:
    """One event placed on the year: degrees clockwise from 1 January at the top, and the arc it covers
    (at least one day; a range across the new year simply sweeps past 360)."""

    event: CalendarEventRow
    kind_label: Text
    when: Text  # "15 augusti – 1 oktober", "i mars"
    start_angle: float
    sweep: float


def events(db: Database) -> list[CalendarEventRow]:
    """The year's events in calendar order."""
    rows: list[CalendarEventRow] = crud.list_rows(db, "calendar_event")
    return sorted(rows, key=lambda e: (e.month, e.day or 0, e.sort_order, e.id))


def _with_dates(values: Mapping[str, Any]) -> dict[str, Any]:
    """A concrete range sets the month and day; an end alone is refused."""
    clean = dict(values)
    start = clean.get("start_date")
    if isinstance(start, str):
        start = dt.date.fromisoformat(start) if start.strip() else None
        clean["start_date"] = start
    if isinstance(start, dt.date):
        clean["month"], clean["day"] = start.month, start.day
    elif clean.get("end_date") is not None and "start_date" in clean:
        raise ValidationError("Ange ett startdatum när händelsen har ett slutdatum.",
                              "Enter a start date when the event has an end date.", field="start_date")
    return clean


def add_event(
    db: Database, title: str, kind: str = "annat", *, month: int | None = None, day: int | None = None,
    start_date: dt.date | None = None, end_date: dt.date | None = None, recurs_yearly: bool = True, note: str = "",
) -> tuple[int, Changes]:
    """A new event at the end of its month's list."""
    if month is None and start_date is None:
        raise ValidationError("Ange månad eller datum för händelsen.", "Enter a month or a date for the event.",
                              field="month")
    values = _with_dates({"title": title, "kind": kind, "month": month, "day": day, "start_date": start_date,
                          "end_date": end_date, "recurs_yearly": recurs_yearly, "note": note})
    with db.read() as session:
        last = session.scalar(select(func.max(CalendarEvent.sort_order))
                              .where(CalendarEvent.collaboration_id == db.collaboration_id()))
    values["sort_order"] = (last if last is not None else -1) + 1
    return crud.create(db, "calendar_event", values)


def update_event(
    db: Database, event_id: int, values: Mapping[str, Any], *, expected: Mapping[str, Any] | None = None,
) -> Changes:
    """Edit an event; moving its start date moves its month and day too."""
    return crud.update(db, "calendar_event", event_id, _with_dates(values), expected=expected)


def delete_event(db: Database, event_id: int) -> tuple[crud.Snapshot, Changes]:
    return crud.delete_row(db, "calendar_event", event_id)


def delete_events(db: Database, event_ids: list[int]) -> Changes:
    """Remove several events in one transaction (the undo of `add_standard_year`)."""
    with db.write() as session:
        for event_id in event_ids:
            crud.delete_in(session, "calendar_event", event_id)
    return Changes.of("calendar_event", *event_ids)


def add_standard_year(db: Database) -> tuple[list[int], Changes]:
    """A typical årshjul to start from, in one transaction; every event is editable afterwards."""
    existing = len(crud.list_rows(db, "calendar_event"))
    rows = [{"title": title, "kind": kind, "month": month, "day": day, "note": note, "sort_order": existing + i}
            for i, (title, kind, month, day, note) in enumerate(STANDARD_YEAR)]
    return crud.create_many(db, "calendar_event", rows)


def _last_day(event: CalendarEventRow, start: dt.date) -> dt.date:
    if event.start_date is not None:
        span = (event.end_date - event.start_date).days if event.end_date else 0
        return start + dt.timedelta(days=max(0, span))
    if event.day is None:  # "some time in the month": the whole month
        return start.replace(day=month_lengths.monthrange(start.year, start.month)[1])
    return start


def first_occurrence(event: CalendarEventRow, year: int) -> dt.date:
    """The first day in `year` (a concrete range keeps its own date)."""
    if event.start_date is not None:
        return event.start_date
    return dt.date(year, event.month, event.day or 1)


def _when(event: CalendarEventRow) -> Text:
    start = first_occurrence(event, 2001)
    last = _last_day(event, start)
    if event.start_date is None and event.day is None:
        return Text(f"i {MONTHS_SV[event.month - 1]}", f"in {MONTHS_EN[event.month - 1]}")
    sv = f"{start.day} {MONTHS_SV[start.month - 1]}"
    en = f"{start.day} {MONTHS_EN[start.month - 1]}"
    if last != start:
        sv += f" – {last.day} {MONTHS_SV[last.month - 1]}"
        en += f" – {last.day} {MONTHS_EN[last.month - 1]}"
    if event.start_date is not None and not event.recurs_yearly:
        sv, en = f"{sv} {start.year}", f"{en} {start.year}"
    return Text(sv, en)


def _angle(day: dt.date) -> float:
    """Degrees clockwise from 1 January on a 365-day circle (29 February shares 28 February's place)."""
    same_day = dt.date(2001, day.month, min(day.day, 28) if day.month == 2 else day.day)
    return (same_day.timetuple().tm_yday - 1) * 360.0 / 365.0


def wheel(db: Database) -> list[WheelEvent]:
    """The events placed on the circle (or a timeline), in calendar order."""
    placed = []
    for event in events(db):
        start = first_occurrence(event, 2001)
        last = _last_day(event, start)
        sv, en = vocab.CALENDAR_KINDS.get(event.kind, (event.kind, event.kind))
        days = (last - start).days + 1
        placed.append(WheelEvent(event, Text(sv, en), _when(event), _angle(start), min(days, 365) * 360.0 / 365.0))
    return placed


def export_calendar(db: Database) -> Calendar:
    """The årshjul as plain data for `samverka.export.calendar.to_ics`: yearly events start in the first year of
    the collaboration's period and repeat until its end."""
    cid = db.collaboration_id()
    with db.read() as session:
        collaboration = session.get(Collaboration, cid)
        assert collaboration is not None
        stamp = session.scalar(select(func.max(AuditEntry.at)).where(AuditEntry.entity == "calendar_event"))
        name, uid = collaboration.name, collaboration.uid or str(cid)
        first = collaboration.period_start or collaboration.created_at.date()
        until = collaboration.period_end
        created = collaboration.created_at
    items = []
    for event in events(db):
        start = first_occurrence(event, first.year)
        if event.start_date is None and start < first:
            start = first_occurrence(event, first.year + 1)
        kind = vocab.CALENDAR_KINDS.get(event.kind, (event.kind, event.kind))[0]
        items.append(CalendarItem(
            uid=f"{uid}-{event.id}@samverka", title=event.title, start=start, last_day=_last_day(event, start),
            yearly=event.recurs_yearly, until=until if event.recurs_yearly else None, description=event.note,
            category=kind,
        ))
    return Calendar(f"Årshjul – {name}", stamp or created, tuple(items))


def calendar_ics(db: Database) -> bytes:
    """The årshjul as an .ics file's bytes (the same data gives the same bytes)."""
    return to_ics(export_calendar(db))
