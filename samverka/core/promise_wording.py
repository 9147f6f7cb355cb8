"""The public wording of a promise line generated from a measure: grammatical Swedish that a kommun would publish.

A measure's title is rarely a verb phrase: "Fritidsgården öppen fredagar till kl. 23" cannot follow "Vi lovar att"
as it stands (issue 12). The title is read as one of five shapes and joined to "<vem> lovar att" so the sentence is
whole:

- an infinitive ("Öppna fritidsgården …")            → "Vi lovar att öppna fritidsgården …"
- a clause ("Polisen patrullerar …", "… förlängs")     → "Vi lovar att polisen patrullerar …"
  (and when the promiser is its subject:              → "Polisen lovar att patrullera …")
- subject + predicative ("Fritidsgården öppen …")    → "Vi lovar att fritidsgården ska vara öppen …"
- subject + "bort" ("Klotter och skräp bort …")      → "Vi lovar att klotter och skräp tas bort …"
- a noun phrase ("Ordningsvakter torsdag–lördag …")  → "Vi lovar att det blir ordningsvakter torsdag–lördag …"

The facilitator always edits the result; this only makes the first draft right.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# Verbs measures are made of: infinitive → present ("patrullera" → "patrullerar", "röja" → "röjer"). Only verbs
# whose present forms are not also common nouns ("skyltar", "kontakter") are listed.
VERBS: dict[str, str] = {
    "anordna": "anordnar", "anpassa": "anpassar", "anställa": "anställer", "arbeta": "arbetar",
    "arrangera": "arrangerar", "belysa": "belyser", "bemanna": "bemannar", "besöka": "besöker",
    "bevaka": "bevakar", "bjuda": "bjuder", "bygga": "bygger", "byta": "byter", "delta": "deltar",
    "dokumentera": "dokumenterar", "erbjuda": "erbjuder", "ersätta": "ersätter", "etablera": "etablerar",
    "flytta": "flyttar", "fortsätta": "fortsätter", "följa": "följer", "förbättra": "förbättrar",
    "förebygga": "förebygger", "förhindra": "förhindrar", "förlänga": "förlänger", "förstärka": "förstärker",
    "ge": "ger", "genomföra": "genomför", "hjälpa": "hjälper", "hålla": "håller", "informera": "informerar",
    "inrätta": "inrättar", "installera": "installerar", "inventera": "inventerar", "kartlägga": "kartlägger",
    "klippa": "klipper", "kontrollera": "kontrollerar", "köra": "kör", "laga": "lagar", "leda": "leder",
    "lyssna": "lyssnar", "låsa": "låser", "minska": "minskar", "montera": "monterar", "möta": "möter",
    "ordna": "ordnar", "organisera": "organiserar", "patrullera": "patrullerar", "placera": "placerar",
    "planera": "planerar", "prioritera": "prioriterar", "redovisa": "redovisar", "rekrytera": "rekryterar",
    "renovera": "renoverar", "reparera": "reparerar", "riva": "river", "rusta": "rustar", "röja": "röjer",
    "samla": "samlar", "samordna": "samordnar", "sanera": "sanerar", "se": "ser", "skapa": "skapar",
    "skydda": "skyddar", "sprida": "sprider", "starta": "startar", "stoppa": "stoppar", "stänga": "stänger",
    "stärka": "stärker", "städa": "städar", "stödja": "stöder", "sätta": "sätter", "ta": "tar",
    "tillsätta": "tillsätter", "träffa": "träffar", "tända": "tänder", "underhålla": "underhåller",
    "undersöka": "undersöker", "uppmärksamma": "uppmärksammar", "upprätta": "upprättar", "utbilda": "utbildar",
    "utreda": "utreder", "utvidga": "utvidgar", "utöka": "utökar", "välja": "väljer", "åtgärda": "åtgärdar",
    "återrapportera": "återrapporterar", "öka": "ökar", "öppna": "öppnar", "övervaka": "övervakar",
}
INFINITIVES = frozenset(VERBS)
_IRREGULAR_PRESENT = {"är": "vara", "har": "ha", "får": "få", "gör": "göra", "går": "gå", "blir": "bli",
                      "kommer": "komma", "finns": "finnas"}
# Predicatives that follow a subject without a verb: "Fritidsgården öppen …", "Parkeringshuset låst nattetid".
PREDICATIVES = frozenset((
    "öppen", "öppet", "öppna", "stängd", "stängt", "stängda", "låst", "låsta", "upplyst", "upplysta", "tänd", "tänt",
    "tända", "bemannad", "bemannat", "bemannade", "ren", "rent", "rena", "städad", "städat", "städade", "fri",
    "fritt", "fria", "tillgänglig", "tillgängligt", "tillgängliga", "synlig", "synligt", "synliga", "klar", "klart",
    "klara", "trygg", "tryggt", "trygga", "säker", "säkert", "säkra", "belyst", "belysta", "bevakad", "bevakat",
    "bevakade",
))
_WORD = re.compile(r"[\wåäöÅÄÖéÉ-]+")


def _present_forms() -> dict[str, str]:
    """present (and passive) → infinitive: "patrullerar", "genomför", "förbättras", "förlängs", "genomförs"."""
    forms: dict[str, str] = dict(_IRREGULAR_PRESENT)
    for verb, present in VERBS.items():
        forms[present] = verb
        forms[verb + "s"] = verb  # förbättras, öppnas
        if not present.endswith("ar"):
            forms[present.removesuffix("er").removesuffix("r") + "s"] = verb  # förlängs, genomförs, byts
    return forms


PRESENT = _present_forms()


def promiser(*, all_parties: bool = False, org_type: str = "", org_name: str = "") -> str:
    """Who promises: "Tillsammans lovar vi", "Polisen lovar", "Kommunen lovar", "<Namn> lovar" or "Vi lovar"."""
    if all_parties:
        return "Tillsammans lovar vi"
    if org_type == "polis":
        return "Polisen lovar"
    if org_type in ("kommun", "förvaltning"):
        return "Kommunen lovar"
    if org_name.strip():
        return f"{org_name.strip()} lovar"
    return "Vi lovar"


def _bare(word: str) -> str:
    found = _WORD.search(word.lower())
    return found.group(0) if found else ""


def _keeps_case(words: list[str], names: list[list[str]]) -> bool:
    """Acronyms ("LED-belysning", "KSO") and words with digits keep their case, and so does a proper name the
    caller knows when the text starts with all of it ("Bantorget …", "Norra Fäladen …")."""
    core = words[0].strip(",.;:()\"'”")
    if any(ch.isdigit() for ch in core) or any(ch.isupper() for ch in core[1:]):
        return True
    lowered = [word.lower().strip(",.;:") for word in words]
    return any(name and lowered[: len(name)] == name for name in names)


def _lower_first(words: list[str], names: list[list[str]]) -> list[str]:
    if not words or _keeps_case(words, names):
        return words
    return [words[0][:1].lower() + words[0][1:], *words[1:]]


def _subject_of(promise: str) -> str:
    """The promiser as a clause subject would name it: "Polisen lovar" → "polisen"."""
    head = promise.removesuffix(" lovar").removesuffix(" lovar vi")
    return head.lower() if head.lower() in ("polisen", "kommunen") else ""


def promise_wording(title: str, *, who: str = "Vi lovar", names: Iterable[str] = ()) -> str:
    """"<who> att …" for a measure's title, grammatical whatever shape the title has (see the module's doc).

    `names` are proper names (places, areas, organisations): a title that starts with one keeps its capital.
    """
    known = [name.lower().split() for name in names if name.strip()]
    text = " ".join(title.split()).rstrip(" .")
    if not text:
        return f"{who} att "
    if re.match(r"^(\S+\s+){1,2}lovar\b", text, re.IGNORECASE):
        return text + "."  # already a promise
    words = text.split()
    first = _bare(words[0])
    if first in INFINITIVES and not words[0].endswith(","):
        return f"{who} att {' '.join(_lower_first(words, known))}."
    for index in range(1, min(len(words), 5)):
        word, before = _bare(words[index]), words[index - 1]
        if word in PRESENT and not before.endswith(","):
            subject = " ".join(_lower_first(words[:index], known))
            if subject.lower() == _subject_of(who) and not word.endswith("s"):
                return f"{who} att {' '.join([PRESENT[word], *words[index + 1:]])}."  # "Polisen lovar att patrullera"
            return f"{who} att {' '.join(_lower_first(words, known))}."
        if word in PREDICATIVES and not before.endswith(",") and _bare(before) not in PREDICATIVES | {"och"}:
            subject = " ".join(_lower_first(words[:index], known))
            return f"{who} att {subject} ska vara {' '.join(words[index:])}."
        if word == "bort" and not before.endswith(","):
            subject = " ".join(_lower_first(words[:index], known))
            rest = " ".join(words[index + 1:])
            return f"{who} att {subject} tas bort{' ' + rest if rest else ''}."
    return f"{who} att det blir {' '.join(_lower_first(words, known))}."
