"""The årshjul as iCalendar (RFC 5545), so the collaboration's year can go into Outlook and other calendars.

Pure: plain data in, bytes out. All-day events (DATE values; DTEND is the day after the last day), a yearly
RRULE for recurring ones, TEXT escaped (backslash, semicolon, comma, newline) and lines folded at 75 octets
without splitting a UTF-8 character. DTSTAMP comes from the data, so the same data gives the same bytes.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

PRODID = "-//Samverka//Årshjul//SV"
MAX_OCTETS = 75


@dataclass(frozen=True)
class CalendarItem:
    uid: str
    title: str
    start: dt.date
    last_day: dt.date  # inclusive
    yearly: bool = False
    until: dt.date | None = None  # the last day a yearly event may start
    description: str = ""
    category: str = ""


@dataclass(frozen=True)
class Calendar:
    name: str
    stamp: dt.datetime  # UTC, naive or aware
    items: tuple[CalendarItem, ...]


def escape_text(value: str) -> str:
    """RFC 5545 §3.3.11 TEXT: backslash, semicolon and comma escaped, line breaks as \\n."""
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line: str) -> list[str]:
    """RFC 5545 §3.1: at most 75 octets per line; continuation lines start with one space."""
    parts: list[str] = []
    current, size, limit = "", 0, MAX_OCTETS
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > limit:
            parts.append(current)
            current, size, limit = " ", 1, MAX_OCTETS
        current += char
        size += width
    parts.append(current)
    return parts


def _date(value: dt.date) -> str:
    return value.strftime("%Y%m%d")


def _stamp(value: dt.datetime) -> str:
    if value.tzinfo is not None:
        value = value.astimezone(dt.UTC).replace(tzinfo=None)
    return value.strftime("%Y%m%dT%H%M%SZ")


def _event(item: CalendarItem, stamp: str) -> list[str]:
    lines = [
        "BEGIN:VEVENT",
        f"UID:{item.uid}",
        f"DTSTAMP:{stamp}",
        f"DTSTART;VALUE=DATE:{_date(item.start)}",
        f"DTEND;VALUE=DATE:{_date(item.last_day + dt.timedelta(days=1))}",
        f"SUMMARY:{escape_text(item.title)}",
    ]
    if item.yearly:
        until = f";UNTIL={_date(item.until)}" if item.until is not None else ""
        lines.append(f"RRULE:FREQ=YEARLY{until}")
    if item.description:
        lines.append(f"DESCRIPTION:{escape_text(item.description)}")
    if item.category:
        lines.append(f"CATEGORIES:{escape_text(item.category)}")
    lines += ["TRANSP:TRANSPARENT", "END:VEVENT"]
    return lines


def to_ics(calendar: Calendar) -> bytes:
    stamp = _stamp(calendar.stamp)
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:{PRODID}", "CALSCALE:GREGORIAN", "METHOD:PUBLISH",
             f"X-WR-CALNAME:{escape_text(calendar.name)}"]
    for item in calendar.items:
        if item.last_day < item.start:
            raise ValueError(f"event {item.uid} ends before it starts")
        lines += _event(item, stamp)
    lines.append("END:VCALENDAR")
    folded = [part for line in lines for part in fold(line)]
    return ("\r\n".join(folded) + "\r\n").encode("utf-8")
