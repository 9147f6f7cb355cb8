"""Vague verbs Brå warns against in goals ("verka för", "arbeta för", "värna om", "öka samverkan", "stärka"),
each with a suggestion of what to write instead. Shared by the SMART check and the step rules."""

from __future__ import annotations

import re
from dataclasses import dataclass

from samverka.errors import Text

_MEASURABLE = Text(
    "Skriv vad som ska förändras och hur mycket, t.ex. ”andelen som känner sig otrygga ska minska från 31 % "
    "till högst 25 % till 2027”.",
    "Write what should change and by how much, e.g. “the share who feel unsafe should fall from 31 % to at "
    "most 25 % by 2027”.",
)
_KEEP = Text(
    "Säg vad som ska bevaras och hur ni ser det, t.ex. ”andelen som känner sig trygga ska vara minst 80 %”.",
    "Say what should be kept and how you will see it, e.g. “the share who feel safe should be at least 80 %”.",
)
_MEANS = Text(
    "Samverkan är ett medel, inte ett mål: skriv vad samverkan ska leda till och hur det mäts.",
    "Collaboration is a means, not a goal: write what it should lead to and how that is measured.",
)
# (pattern, the phrase as Brå names it, suggestion); patterns take the common inflections.
_PHRASES: tuple[tuple[re.Pattern[str], str, Text], ...] = (
    (re.compile(r"\bverka(?:r|t)?\s+för\b", re.IGNORECASE), "verka för", _MEASURABLE),
    (re.compile(r"\barbeta(?:r|t)?\s+för\b", re.IGNORECASE), "arbeta för", _MEASURABLE),
    (re.compile(r"\bvärna(?:r|t)?(?:\s+om)?\b", re.IGNORECASE), "värna om", _KEEP),
    (re.compile(r"\b(?:öka(?:d|de|t|r)?|ökning\s+av)\s+(?:\w+\s+)?samverkan\b", re.IGNORECASE), "öka samverkan",
     _MEANS),
    (re.compile(r"\bstärk(?:a|er|s|t|ta|te|ts|ande)?\b", re.IGNORECASE), "stärka", _MEASURABLE),
)


@dataclass(frozen=True)
class VaguePhrase:
    phrase: str  # as Brå names it ("verka för")
    found: str  # as written in the goal ("verkar för")
    suggestion: Text


def vague_phrases(text: str) -> list[VaguePhrase]:
    """The vague phrases in a goal text, in the order they appear."""
    found: list[tuple[int, VaguePhrase]] = []
    for pattern, phrase, suggestion in _PHRASES:
        match = pattern.search(text)
        if match is not None:
            found.append((match.start(), VaguePhrase(phrase, match.group(0), suggestion)))
    return [phrase for _, phrase in sorted(found, key=lambda pair: pair[0])]
