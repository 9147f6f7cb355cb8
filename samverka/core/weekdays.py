"""Weekdays as people write them ("fre, lör", "mån–fre", "helger", "567") and as they are stored: the digits 1
(Monday) to 7 (Sunday) in order, "" for no particular days."""

from __future__ import annotations

import re
import unicodedata

from samverka.errors import KnownError, language

_SWEDISH = ("mån", "tis", "ons", "tor", "fre", "lör", "sön")
_ENGLISH = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
# Every way of naming one day: the Swedish and English names, whole or shortened to two or more letters.
_FULL = ("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag",
         "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_GROUPS = {"helg": "67", "helger": "67", "helgen": "67", "helgerna": "67", "helgdagar": "67", "weekend": "67",
           "weekends": "67",
           "vardag": "12345", "vardagar": "12345", "weekday": "12345", "weekdays": "12345",
           "alla": "1234567", "dagligen": "1234567", "daily": "1234567"}
_TOKEN = re.compile(r"[0-9]|[^\W\d_]+")
_DASH = re.compile(r"\s*[-–—]\s*")
_PLURALS = ("arna", "ar", "na", "en", "s")  # fredagarna, fredagar, fredagen, fridays


def _day(word: str) -> int | None:
    """1–7 for a day's name (whole, shortened to two or more letters, or in the plural) or a digit, else None."""
    if word.isdigit():
        return int(word) if len(word) == 1 and "1" <= word <= "7" else None
    for candidate in (word, *(word[: -len(end)] for end in _PLURALS if word.endswith(end))):
        found = {index % 7 + 1 for index, name in enumerate(_FULL)
                 if len(candidate) >= 2 and name.startswith(candidate)}
        if len(found) == 1:
            return found.pop()
    return None


def _english(word: str) -> bool:
    return _day(word) is not None and any(name.startswith(word.rstrip("s")) for name in _FULL[7:])


def parse_weekdays(text: str) -> str:
    """The stored form of what was written: "fre, lör" -> "56", "mån–fre" -> "12345", "fre-mån" -> "1567",
    "fredagar och lördagar" -> "56", "567" -> "567", "" -> "". Raises KnownError (saying how to write it) for
    anything else. A dash always makes a range; so do "till" and, between English names, "to" ("to" alone is
    torsdag)."""
    days: set[int] = set()
    clean = unicodedata.normalize("NFC", text).casefold()
    for part in re.split(r"[,;/&+]|\s+och\s+|\s+and\s+", clean):
        part = part.strip()
        if not part:
            continue
        ends = _DASH.split(part)
        if len(ends) == 1:
            ends = re.split(r"\s+till\s+", part)
        if len(ends) == 1:
            english = re.split(r"\s+to\s+", part)
            ends = english if len(english) == 2 and all(map(_english, english)) else ends
        if len(ends) > 2:
            raise _unreadable(text)  # "mån-ons-fre": which days?
        if len(ends) == 2:
            first, last = _day(ends[0]), _day(ends[1])
            if first is None or last is None:
                raise _unreadable(text)
            days.update((first - 1 + step) % 7 + 1 for step in range((last - first) % 7 + 1))
            continue
        for word in _TOKEN.findall(part):
            if word in _GROUPS:
                days.update(int(digit) for digit in _GROUPS[word])
                continue
            day = _day(word)
            if day is None:
                raise _unreadable(text)
            days.add(day)
    return "".join(str(day) for day in sorted(days))


def weekday_text(digits: str, *, english: bool | None = None) -> str:
    """The stored digits as a person reads them: "12345" -> "mån–fre", "56" -> "fre, lör", "135" -> "mån, ons,
    fre" (in English with `english`, by default the program's language)."""
    names = _ENGLISH if (language() == "en" if english is None else english) else _SWEDISH
    days = sorted({int(ch) for ch in digits if ch in "1234567"})
    if len(days) == 7:
        return names[0] + "–" + names[6]
    runs: list[list[int]] = []
    for day in days:
        if runs and day == runs[-1][-1] + 1:
            runs[-1].append(day)
        else:
            runs.append([day])
    return ", ".join(names[run[0] - 1] + ("–" + names[run[-1] - 1] if len(run) > 2 else
                                          (", " + names[run[-1] - 1] if len(run) == 2 else "")) for run in runs)


def _unreadable(text: str) -> KnownError:
    return KnownError(
        f"”{text.strip()}” går inte att läsa som veckodagar. Skriv t.ex. ”fre, lör”, ”mån–fre”, ”helger” eller 567 "
        "(1 = måndag, 7 = söndag).",
        f"“{text.strip()}” cannot be read as weekdays. Write e.g. “fri, sat”, “mon–fri”, “weekends” or 567 "
        "(1 = Monday, 7 = Sunday).",
    )
