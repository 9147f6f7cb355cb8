"""Weekdays as people write them, stored as digits 1–7 and shown as names again."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from samverka.core.weekdays import parse_weekdays, weekday_text
from samverka.errors import KnownError


@pytest.mark.parametrize(("written", "stored"), [
    ("fre, lör", "56"), ("Fredag och lördag", "56"), ("mån–fre", "12345"), ("mån-fre", "12345"),
    ("mon to fri", "12345"), ("torsdag till söndag", "4567"), ("fre-mån", "1567"), ("helger", "67"),
    ("vardagar", "12345"), ("567", "567"), ("5, 6", "56"), ("1-5", "12345"), ("ti, to", "24"), ("", ""),
    ("fri/sat", "56"), ("to-sö", "4567"), ("ti-to", "234"), ("må to fr", "145"), ("fredagar och lördagar", "56"),
    ("Fridays", "5"), ("söndagen", "7"), ("lo\u0308r", "6"),  # the last one decomposed, as pasted from a Mac
])
def test_what_people_write_is_stored_as_digits(written: str, stored: str) -> None:
    assert parse_weekdays(written) == stored


@pytest.mark.parametrize("written", ["xyz", "8", "12345678", "t", "fre-xyz", "mån-ons-fre", "måndagens"])
def test_anything_else_is_refused_saying_how_to_write_it(written: str) -> None:
    with pytest.raises(KnownError, match="fre, lör"):
        parse_weekdays(written)


def test_shown_as_names_in_runs() -> None:
    assert weekday_text("12345", english=False) == "mån–fre"
    assert weekday_text("56", english=False) == "fre, lör"
    assert weekday_text("1357", english=False) == "mån, ons, fre, sön"
    assert weekday_text("1234567", english=True) == "mon–sun"
    assert weekday_text("", english=False) == ""


@given(days=st.sets(st.integers(1, 7)), english=st.booleans())
def test_what_is_shown_reads_back_as_the_same_days(days: set[int], english: bool) -> None:
    stored = "".join(str(day) for day in sorted(days))
    assert parse_weekdays(weekday_text(stored, english=english)) == stored


def test_every_day_name_and_abbreviation_is_read() -> None:
    names = ["måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"]
    for number, name in enumerate(names, start=1):
        for length in range(3, len(name) + 1):
            assert parse_weekdays(name[:length]) == str(number), name[:length]
    for first, last in itertools.product(range(1, 8), repeat=2):
        wanted = {(first - 1 + step) % 7 + 1 for step in range((last - first) % 7 + 1)}
        assert parse_weekdays(f"{names[first - 1]}–{names[last - 1]}") == "".join(map(str, sorted(wanted)))
