"""Swedish a kommunstyrelse signs: count phrases with number agreement, lists, and how parties are named.

Every generated sentence that counts something ("en bilaga", "två bilagor", "1 redovisning", "Alla elva åtgärder
pågår") or names a party ("Växjö kommun", "lokalpolisområde Växjö") goes through here, so the rules live in one
place. Pure functions on strings: used by core, workflow and export alike.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

NUMBER_WORDS = ("noll", "en", "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio", "tio", "elva", "tolv")


@dataclass(frozen=True)
class Noun:
    """A noun's four forms: "bilaga", "bilagan", "bilagor", "bilagorna"; `neuter` for ett-words."""

    one: str
    one_definite: str
    many: str
    many_definite: str
    neuter: bool = False

    def form(self, n: int, *, definite: bool = False) -> str:
        if n == 1:
            return self.one_definite if definite else self.one
        return self.many_definite if definite else self.many


BILAGA = Noun("bilaga", "bilagan", "bilagor", "bilagorna")
LOFTE = Noun("löfte", "löftet", "löften", "löftena", neuter=True)
ATGARD = Noun("åtgärd", "åtgärden", "åtgärder", "åtgärderna")
PART = Noun("part", "parten", "parter", "parterna")
KALLA = Noun("källa", "källan", "källor", "källorna")
IAKTTAGELSE = Noun("iakttagelse", "iakttagelsen", "iakttagelser", "iakttagelserna")
KATEGORI = Noun("kategori", "kategorin", "kategorier", "kategorierna")
PERSON = Noun("person", "personen", "personer", "personerna")
ORGANISATION = Noun("organisation", "organisationen", "organisationer", "organisationerna")
PROBLEM = Noun("problem", "problemet", "problem", "problemen", neuter=True)
UNDERTECKNARE = Noun("undertecknare", "undertecknaren", "undertecknare", "undertecknarna")


def number_word(n: int, *, neuter: bool = False) -> str:
    """"en"/"ett", "två" … "tolv" in words, larger numbers in digits (Swedish house style)."""
    if n == 1:
        return "ett" if neuter else "en"
    return NUMBER_WORDS[n] if 0 <= n < len(NUMBER_WORDS) else str(n)


def count(n: int, noun: Noun, *, words: bool = True) -> str:
    """"en bilaga", "två bilagor", "14 bilagor"; `words=False` for "1 bilaga", "2 bilagor"."""
    amount = number_word(n, neuter=noun.neuter) if words else str(n)
    return f"{amount} {noun.form(n)}"


# Plural units people type for promises and indicators, and their singular (the rules below cover the rest).
_SINGULAR = {
    "timmar": "timme", "nätter": "natt", "gånger": "gång", "dagar": "dag", "män": "man", "kvinnor": "kvinna",
    "möten": "möte", "tillfällen": "tillfälle", "ställen": "ställe", "barn": "barn", "år": "år",
}
# Units that look plural but are the same in the singular.
_SAME = frozenset({"meter", "liter", "kilometer", "procent", "kronor", "kr", "st", "tkr", "mkr", "pass", "besök",
                   "samtal", "tillstånd", "index", "%"})


def singular(unit: str) -> str:
    """The singular of a plural unit: "kvällar" → "kväll", "armaturer" → "armatur", "redovisningar" →
    "redovisning", "veckor" → "vecka"; the last word of a phrase ("tillsynskvällar med polis" stays plural in its
    tail, so only a one-word unit or a phrase's first word changes); unknown words are left as typed."""
    text = unit.strip()
    if not text:
        return text
    head, sep, tail = text.partition(" ")
    return _singular_word(head) + sep + tail


def _singular_word(word: str) -> str:
    lower = word.lower()
    if lower in _SAME or not lower.isalpha():
        return word
    for plural, one in _SINGULAR.items():
        if lower.endswith(plural) and (lower == plural or len(lower) > len(plural) + 2):
            return word[: len(word) - len(plural)] + one
    for ending, replacement in (("ningar", "ning"), ("or", "a"), ("ar", ""), ("er", "")):
        if lower.endswith(ending) and len(lower) - len(ending) >= 3:
            return word[: len(word) - len(ending)] + replacement
    return word


def unit_count(n: float | int, unit: str, *, keep_together: bool = True) -> str:
    """A measured amount with its unit, number agreement included: "1 redovisning", "78 kvällar", "2,5 timmar".
    The number and its unit are joined by a no-break space unless `keep_together` is False (screen text)."""
    text = decimal(n)
    unit = unit.strip()
    if not unit:
        return text
    space = "\u00a0" if keep_together else " "
    return f"{text}{space}{singular(unit) if n == 1 else unit}"


def of_count(done: float | int, planned: float | int, unit: str, *, keep_together: bool = False) -> str:
    """"9 av 26 kvällar", "0 av 1 redovisning" (the unit agrees with the planned number)."""
    return f"{decimal(done)} av {unit_count(planned, unit, keep_together=keep_together)}"


def decimal(n: float | int) -> str:
    """"3", "2,5", "1,87": a number as Swedish text writes it (decimal comma, at most two decimals)."""
    if float(n).is_integer():
        return str(int(n))
    return f"{n:.2f}".rstrip("0").rstrip(".").replace(".", ",")


def join_list(items: Sequence[str], conjunction: str = "och") -> str:
    """"A", "A och B", "A, B och C" (no serial comma, as Swedish writes it)."""
    shown = [item for item in items if item]
    if len(shown) <= 1:
        return shown[0] if shown else ""
    return f"{', '.join(shown[:-1])} {conjunction} {shown[-1]}"


@dataclass(frozen=True)
class Clause:
    """One part of a tally: how many, the verb and what follows it in the singular and plural
    ("är" + "genomförd"/"genomförda", "pågår" + "", "ligger" + "efter")."""

    n: int
    verb: str
    one: str = ""
    many: str = ""

    def rest(self) -> str:
        return self.one if self.n == 1 else self.many


def tally(total: int, noun: Noun, clauses: Sequence[Clause]) -> str:
    """A sentence that sums up a list it is printed above, counted from the same rows:
    "Av de elva åtgärderna är en genomförd, sex pågår och fyra är planerade." / "Alla elva åtgärder pågår." /
    "Båda löftena är hållna." / "Åtgärden pågår." Clauses with n = 0 are left out."""
    shown = [c for c in clauses if c.n > 0]
    if total <= 0 or not shown:
        return ""
    if len(shown) == 1:
        clause = shown[0]
        if total == 1:
            subject = noun.one_definite.capitalize()
        elif total == 2:
            subject = f"Båda {noun.many_definite}"
        else:
            subject = f"Alla {number_word(total, neuter=noun.neuter)} {noun.many}"
        return f"{subject} {_predicate(clause)}."
    first, *others = shown
    opening = f"Av de {number_word(total, neuter=noun.neuter)} {noun.many_definite}"
    # Verb second: "Av de fem löftena är ett hållet", "… går tre enligt plan".
    first_text = " ".join(part for part in (first.verb, number_word(first.n, neuter=noun.neuter), first.rest())
                          if part)
    parts = [first_text] + [" ".join(part for part in (number_word(c.n, neuter=noun.neuter), _predicate(c)) if part)
                            for c in others]
    return f"{opening} {join_list(parts)}."


def _predicate(clause: Clause) -> str:
    return " ".join(part for part in (clause.verb, clause.rest()) if part)


# --- how parties are named in running text ---------------------------------------------------------------------
_MUNICIPAL_WORDS = re.compile(r"\b(kommun|stad|region|landsting|kommunen|staden)\b", re.IGNORECASE)
# Official names that do not follow the genitive rule.
_KOMMUN_EXCEPTIONS = {"falun": "Falu kommun", "gotland": "Region Gotland"}


def kommun_name(name: str) -> str:
    """A municipality as a party is named: "Växjö" → "Växjö kommun", "Lund" → "Lunds kommun", "Strängnäs" →
    "Strängnäs kommun"; a name that already says what it is ("Lunds kommun", "Malmö stad", "Region Skåne") is
    kept."""
    text = " ".join(name.split())
    if not text or _MUNICIPAL_WORDS.search(text):
        return text
    if text.lower() in _KOMMUN_EXCEPTIONS:
        return _KOMMUN_EXCEPTIONS[text.lower()]
    last = text[-1].lower()
    genitive = "" if last in "aeiouyåäös" or last in "xz" else "s"
    return f"{text}{genitive} kommun"


def police_area(name: str) -> str:
    """A local police area as a party is named in running text: "LPO Lund" and "Lund" → "lokalpolisområde Lund";
    "Lokalpolisområde Växjö" → "lokalpolisområde Växjö"; a name that already names the police ("Polisen,
    lokalpolisområde Lund", "polisområde Skåne") is kept."""
    text = " ".join(name.split())
    if not text:
        return text
    if re.match(r"(?i)lpo\b\.?\s*", text):
        rest = re.sub(r"(?i)^lpo\b\.?\s*", "", text)
        return f"lokalpolisområde {rest}".strip()
    if re.match(r"(?i)lokalpolisområde\b", text):
        return "lokalpolisområde" + text[len("lokalpolisområde"):]
    if re.search(r"(?i)polis", text):
        return text
    return f"lokalpolisområde {text}"


# Swedish alphabetical order puts å, ä, ö after z, in that order ("{|}" follow "z" in ASCII); æ and ø sort as ä and
# ö, é and è as e, ü as y.
_ALPHABET = str.maketrans({"å": "{", "ä": "|", "æ": "|", "ö": "}", "ø": "}", "é": "e", "è": "e", "ü": "y"})
_DIGITS = re.compile(r"(\d+)")


def sort_key(text: str) -> tuple[str | int, ...]:
    """For lists a person reads: Swedish alphabetical order, and numbers by value ("Område 2" before "Område 10")."""
    parts = _DIGITS.split(text.casefold().translate(_ALPHABET))
    return tuple(int(part) if index % 2 else part for index, part in enumerate(parts))
