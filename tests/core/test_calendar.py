"""The årshjul: events by month or date range, the wheel's angles, and the iCalendar export parsed back by a
small strict RFC 5545 reader (line length, folding, escaping, CRLF)."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

import pytest

from samverka.cli import main
from samverka.core import calendar_service as cal
from samverka.core import crud
from samverka.core.collaboration_service import new_collaboration
from samverka.errors import ValidationError
from samverka.export.calendar import Calendar, CalendarItem, escape_text, fold, to_ics
from samverka.models.db import Database

D = dt.date


# --- a strict reader, written for the test -------------------------------------------------------------------

def _unfold(data: bytes) -> list[str]:
    assert data.endswith(b"\r\n"), "the file must end with CRLF"
    physical = data[:-2].split(b"\r\n")
    for line in physical:
        assert len(line) <= 75, f"line longer than 75 octets: {line!r}"
        assert b"\n" not in line and b"\r" not in line, "bare line break"
        line.decode("utf-8")  # a fold never splits a character
    logical: list[str] = []
    for line in physical:
        text = line.decode("utf-8")
        if text.startswith((" ", "\t")):
            assert logical, "a continuation line first"
            logical[-1] += text[1:]
        else:
            logical.append(text)
    return logical


def _unescape(value: str) -> str:
    out, i = [], 0
    while i < len(value):
        char = value[i]
        if char == "\\":
            following = value[i + 1]
            assert following in "\\;,nN", f"bad escape \\{following}"
            out.append("\n" if following in "nN" else following)
            i += 2
            continue
        assert char not in ";,", f"unescaped {char!r} in TEXT"
        out.append(char)
        i += 1
    return "".join(out)


def parse(data: bytes) -> list[dict[str, Any]]:
    """The VEVENTs as {name: value} (TEXT unescaped); checks the VCALENDAR frame and required properties."""
    lines = _unfold(data)
    assert lines[0] == "BEGIN:VCALENDAR" and lines[-1] == "END:VCALENDAR"
    assert "VERSION:2.0" in lines and any(line.startswith("PRODID:") for line in lines)
    events: list[dict[str, Any]] = []
    current: dict[str, Any] | None = None
    for line in lines[1:-1]:
        match = re.fullmatch(r"([A-Z-]+)((?:;[A-Z-]+=[^;:]+)*):(.*)", line)
        assert match, f"not a content line: {line!r}"
        name, params, value = match.groups()
        if (name, value) == ("BEGIN", "VEVENT"):
            assert current is None
            current = {}
        elif (name, value) == ("END", "VEVENT"):
            assert current is not None
            for required in ("UID", "DTSTAMP", "DTSTART"):
                assert required in current, f"{required} missing"
            events.append(current)
            current = None
        elif current is not None:
            assert name not in current, f"{name} twice"
            current[name] = _unescape(value) if name in ("SUMMARY", "DESCRIPTION", "CATEGORIES") else value
            if name in ("DTSTART", "DTEND"):
                assert params == ";VALUE=DATE" and re.fullmatch(r"\d{8}", value)
    assert current is None
    return events


def _day(value: str) -> dt.date:
    return dt.datetime.strptime(value, "%Y%m%d").date()


# --- the tests -------------------------------------------------------------------------------------------------

def test_escaping_and_folding_by_octets() -> None:
    assert escape_text('a\\b;c,d\ne\r\nf') == "a\\\\b\\;c\\,d\\ne\\nf"
    line = "SUMMARY:" + "å" * 60
    parts = fold(line)
    assert all(len(p.encode("utf-8")) <= 75 for p in parts) and "".join(p[1:] if i else p
                                                                         for i, p in enumerate(parts)) == line
    with pytest.raises(ValueError, match="ends before"):
        to_ics(Calendar("x", dt.datetime(2026, 1, 1), (CalendarItem("u", "t", D(2026, 2, 2), D(2026, 2, 1)),)))


@pytest.fixture
def year(tmp_path: Path) -> Database:
    db = new_collaboration(tmp_path / "year.samverka", name="Lund, kommun; polis \\ 2026–2029", kommun="Lund",
                           period_start=D(2026, 1, 1), period_end=D(2029, 12, 31))
    cal.add_standard_year(db)
    cal.add_event(db, "Trygghetsvandring, Bantorget; kväll", "annat", start_date=D(2026, 10, 6),
                  end_date=D(2026, 10, 7), recurs_yearly=False,
                  note="Samling vid stationen\nTa med ficklampa – vi går i mörker kring Knut den Stores torg "
                       "och Clemenstorget, så att alla ser det de boende ser.")
    yield db
    db.close()


def test_the_year_in_calendar_order_and_on_the_wheel(year: Database) -> None:
    events = cal.events(year)
    assert [e.month for e in events] == sorted(e.month for e in events)
    walk = next(e for e in events if e.title.startswith("Trygghetsvandring"))
    assert (walk.month, walk.day) == (10, 6)  # a range's month and day follow its start
    january = cal.add_event(year, "Nyårsmöte", month=1, day=1)[0]
    wheel = {w.event.id: w for w in cal.wheel(year)}
    assert wheel[january].start_angle == 0.0
    march = next(w for w in wheel.values() if w.event.month == 3 and w.event.day is None)
    assert march.when.sv == "i mars" and march.sweep == pytest.approx(31 * 360 / 365)
    assert wheel[walk.id].when.sv == "6 oktober – 7 oktober 2026"
    assert wheel[walk.id].kind_label.en == "Other"


def test_bad_dates_are_refused(year: Database) -> None:
    with pytest.raises(ValidationError, match="Dag 29 finns inte i månad 2"):
        cal.add_event(year, "Skottdag", month=2, day=29)
    with pytest.raises(ValidationError, match="skalan 1–12"):
        cal.add_event(year, "Trettonde", month=13)
    with pytest.raises(ValidationError, match="före startdatumet"):
        cal.add_event(year, "Baklänges", start_date=D(2026, 5, 2), end_date=D(2026, 5, 1))
    with pytest.raises(ValidationError, match="månad eller datum"):
        cal.add_event(year, "Någon gång")
    with pytest.raises(ValidationError, match="rubrik"):
        cal.add_event(year, " ", month=5)


def test_ics_parses_back_to_the_same_year(year: Database) -> None:
    data = cal.calendar_ics(year)
    events = parse(data)
    rows = cal.events(year)
    assert [e["SUMMARY"] for e in events] == [r.title for r in rows]
    assert len({e["UID"] for e in events}) == len(events)
    uid = crud.get(year, "collaboration", year.collaboration_id()).uid
    assert all(e["UID"].startswith(uid) and e["UID"].endswith("@samverka") for e in events)
    by_title = {e["SUMMARY"]: e for e in events}
    survey = by_title["Trygghetsmätningen skickas ut"]
    assert (survey["DTSTART"], survey["DTEND"], survey["RRULE"]) == ("20260815", "20260816",
                                                                      "FREQ=YEARLY;UNTIL=20291231")
    ks = by_title["Rapport till kommunstyrelsen"]  # "in December": the whole month
    assert (_day(ks["DTSTART"]), _day(ks["DTEND"])) == (D(2026, 12, 1), D(2027, 1, 1))
    assert ks["CATEGORIES"] == "Rapport till kommunstyrelsen"
    walk = by_title["Trygghetsvandring, Bantorget; kväll"]
    assert (walk["DTSTART"], walk["DTEND"]) == ("20261006", "20261008") and "RRULE" not in walk
    assert walk["DESCRIPTION"].startswith("Samling vid stationen\nTa med ficklampa")
    assert "Clemenstorget, så att alla" in walk["DESCRIPTION"]
    assert _unfold(data)[5] == "X-WR-CALNAME:Årshjul – Lund\\, kommun\\; polis \\\\ 2026–2029"


def test_same_data_same_bytes_and_the_stamp_comes_from_the_data(year: Database) -> None:
    first = cal.calendar_ics(year)
    assert cal.calendar_ics(year) == first
    stamps = {e["DTSTAMP"] for e in parse(first)}
    assert len(stamps) == 1 and re.fullmatch(r"\d{8}T\d{6}Z", stamps.pop())
    event = cal.events(year)[0]
    cal.update_event(year, event.id, {"title": "Nytt namn"})
    assert cal.calendar_ics(year) != first


def test_cli_writes_an_ics_file(year: Database, tmp_path: Path, capsys: Any) -> None:
    path = year.path
    year.close()
    out = tmp_path / "year.ics"
    assert main(["export", "calendar", str(path), "-o", str(out)]) == 0
    assert out.stat().st_mode & 0o777 == 0o600
    assert len(parse(out.read_bytes())) == len(cal.STANDARD_YEAR) + 1
    assert main(["export", "calendar", str(path), "-o", str(tmp_path / "year.pdf")]) == 1
    assert ".ics" in capsys.readouterr().err
