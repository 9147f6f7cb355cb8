"""Privacy guardrail: personal data in free text (personnummer, samordningsnummer, e-mail, phone numbers).

`find_pii(text)` is what the UI calls where text is typed; `scan_collaboration(db)` lists every hit in a
file for `samverka check-pii`. The detectors prefer missing an odd format over warning on dates, years,
amounts or organisation numbers: a personnummer needs a valid check digit and a plausible date, a phone
number a Swedish prefix and phone-like grouping.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from samverka.errors import Text

PERSONNUMMER = "personnummer"
SAMORDNINGSNUMMER = "samordningsnummer"
EMAIL = "e-post"
PHONE = "telefon"

KIND_LABELS: dict[str, Text] = {
    PERSONNUMMER: Text("personnummer", "personal identity number"),
    SAMORDNINGSNUMMER: Text("samordningsnummer", "coordination number"),
    EMAIL: Text("e-postadress", "e-mail address"),
    PHONE: Text("telefonnummer", "phone number"),
}


@dataclass(frozen=True)
class PiiMatch:
    kind: str
    start: int
    end: int
    masked: str

    @property
    def label(self) -> Text:
        return KIND_LABELS[self.kind]


_DASHES = "-\u2010\u2011\u2012\u2013\u2014\u2212\ufe63\uff0d"  # hyphens, non-breaking hyphen, en dash, minus …
_SPACES = " \u00a0\u2007\u2009\u202f"  # space, no-break space, figure space, thin spaces
_ID_NUMBER = re.compile(
    rf"(?<![\d+{_DASHES}/])(?P<century>1[89]|20)?(?P<yy>\d\d)(?P<mm>\d\d)(?P<dd>\d\d)"
    rf"(?P<sep>[{_SPACES}]?[{_DASHES}+][{_SPACES}]?|[{_SPACES}])?(?P<tail>\d{{4}})(?![\d]|[.,]\d)"
)
_EMAIL = re.compile(r"(?<![\w.%+-])[\w.%+-]+@[\w-]+(?:\.[\w-]+)*\.[^\W\d_]{2,}(?![\w-])")
# Written so that a robot does not harvest it: "anna[at]lund.se", "anna (at) lund punkt se", "anna snabel-a …".
_AT = r"(?:\s*[\[({<]\s*(?:at|snabel-?a|@)\s*[\])}>]\s*|\s+(?:at|snabel-?a)\s+)"
_DOT = r"(?:\.|\s*[\[({<]\s*(?:dot|punkt)\s*[\])}>]\s*|\s+(?:dot|punkt)\s+)"
_EMAIL_OBFUSCATED = re.compile(
    rf"(?<![\w.%+-])(?P<local>[\w.%+-]+){_AT}(?P<domain>[\w-]+(?:{_DOT}[\w-]+)*){_DOT}(?P<tld>[^\W\d_]{{2,}})(?![\w-])",
    re.IGNORECASE,
)
_SPELLED_TLDS = frozenset({"se", "nu", "com", "org", "net", "eu", "info", "io", "dk", "no", "fi", "de", "uk"})
_PHONE_INTL = re.compile(
    r"(?<![\w+])(?P<prefix>\+|00)\s?46[\s-]*(?:\(0\)[\s-]*)?(?P<rest>[1-9](?:[\s.-]?\d){6,8}+)(?![\d]|[,.-]\d)"
)
_PHONE_NATIONAL = re.compile(
    r"(?<![\d+,.\w/-])(?P<number>(?:\(0\d{1,3}\)|0\d{1,3})(?:[\s./-]{1,3}\d|\d){5,8}+)(?![\d]|[,.-]\d)"
)
_MOBILE_CONTIGUOUS = re.compile(r"07[02369]\d{7}")
_LANDLINE_CONTIGUOUS = re.compile(r"0[1-9]\d{7,8}")
_AREA_THEN_GROUPS = re.compile(r"0\d{1,3}\s?[-\s/]\s?(?:\d{5,8}|\d{2,3}(?:[\s-]\d{2,3}){1,3})")
_PARENTHESISED = re.compile(r"\(0\d{1,3}\)\s?(?:\d{5,8}|\d{2,4}(?:[\s-]\d{2,3}){1,3})")
_DOTTED = re.compile(r"0\d{1,3}(?:\.\d{2,3}){2,4}")
_ALL_DIGITS = re.compile(r"\d")

# Words just before a number that say what it is. Nearest wins; within CONTEXT_CHARS before the number.
CONTEXT_CHARS = 30
_NOT_PERSONAL = (
    "faktura", "fakturanr", "fakturanummer", "ärende", "ärendenr", "ärendenummer", "dnr", "diarienr",
    "diarienummer", "ordernr", "ordernummer", "order", "ocr", "kundnr", "kundnummer", "avtalsnr", "avtalsnummer",
    "bokningsnr", "bokningsnummer", "artikelnr", "artikelnummer", "serienr", "serienummer", "referensnr",
    "referensnummer", "organisationsnummer", "orgnr", "org.nr", "bankgiro", "plusgiro", "invoice", "order no",
)
_PERSONAL = ("personnummer", "personnr", "pnr", "p-nr", "samordningsnummer", "samordningsnr", "född", "telefon",
             "tel", "mobil", "ring", "sms")
_CONTEXT = re.compile(
    r"(?<!\w)(" + "|".join(re.escape(word) for word in sorted(_NOT_PERSONAL + _PERSONAL, key=len, reverse=True))
    + r")(?!\w)",
    re.IGNORECASE,
)


def find_pii(text: str) -> list[PiiMatch]:
    """Personal data in `text`, in order of position; overlapping hits are reported once."""
    if not text or ("@" not in text and sum(ch.isdigit() for ch in text) < 7 and not _maybe_spelled(text)):
        return []
    found: list[PiiMatch] = []
    for match in _candidates(text):
        if all(match.end <= other.start or match.start >= other.end for other in found):
            found.append(match)
    found.sort(key=lambda m: m.start)
    return found


def _maybe_spelled(text: str) -> bool:
    lowered = text.lower()
    return ("at" in lowered or "snabel" in lowered) and any(word in lowered for word in (".", "punkt", "dot"))


def _context(text: str, start: int) -> str | None:
    """"personal" or "other" by the nearest telling word just before `start`, else None."""
    window = text[max(0, start - CONTEXT_CHARS) : start]
    words = _CONTEXT.findall(window)
    if not words:
        return None
    return "personal" if words[-1].lower() in _PERSONAL else "other"


def pii_warning(text: str) -> Text | None:
    """The warning to show beside a field whose text looks like personal data (None when it does not)."""
    found = find_pii(text)
    if not found:
        return None
    kinds = list(dict.fromkeys(match.kind for match in found))
    what_sv = " och ".join(KIND_LABELS[kind].sv for kind in kinds)
    what_en = " and ".join(KIND_LABELS[kind].en for kind in kinds)
    shown = ", ".join(match.masked for match in found[:3])
    return Text(
        f"Texten ser ut att innehålla {what_sv} ({shown}). Personuppgifter ska inte stå i överenskommelser, "
        "medborgarlöften eller protokoll; ta bort dem om de inte behövs.",
        f"The text seems to contain a {what_en} ({shown}). Personal data does not belong in agreements, "
        "citizen promises or minutes; remove it unless it is needed.",
    )


def mask_text(text: str) -> str:
    """`text` with each hit replaced by its masked form (for showing where a hit is without repeating it)."""
    out, last = [], 0
    for match in find_pii(text):
        out.append(text[last:match.start])
        out.append(match.masked)
        last = match.end
    out.append(text[last:])
    return "".join(out)


def _candidates(text: str) -> Iterator[PiiMatch]:
    for match in _ID_NUMBER.finditer(text):
        kind = _id_number_kind(match)
        if kind and _context(text, match.start()) != "other" and not _timestamp(text, match):
            yield PiiMatch(kind, match.start(), match.end(), _mask_digits(match.group(), keep_head=2, keep_tail=0))
    if "@" in text:
        for match in _EMAIL.finditer(text):
            yield PiiMatch(EMAIL, match.start(), match.end(), _mask_email(match.group()))
    for match in _EMAIL_OBFUSCATED.finditer(text):
        spelled = "@" not in match.group() and not re.search(r"[\[({<]", match.group())
        if spelled and match.group("tld").lower() not in _SPELLED_TLDS:
            continue  # "vi ses at Lund punkt 7" is no address; a spelled-out one needs a known ending
        yield PiiMatch(EMAIL, match.start(), match.end(), f"{match.group('local')[:1]}***@…")
    for match in _PHONE_INTL.finditer(text):
        head = 4 if match.group("prefix") == "+" else 6  # the country code and two more digits
        yield PiiMatch(PHONE, match.start(), match.end(), _mask_digits(match.group(), keep_head=head, keep_tail=2))
    for match in _PHONE_NATIONAL.finditer(text):
        number = match.group("number")
        if _phone_like(number) and _context(text, match.start()) != "other":
            yield PiiMatch(PHONE, match.start(), match.end(), _mask_digits(number, keep_head=3, keep_tail=2))


def _phone_like(number: str) -> bool:
    """A Swedish way of writing a phone number, not a code, an amount or a placeholder."""
    digits = "".join(_ALL_DIGITS.findall(number))
    if not 8 <= len(digits) <= 10 or _placeholder(digits):
        return False
    if number.startswith("("):
        return bool(_PARENTHESISED.fullmatch(number))
    if "." in number:
        return bool(_DOTTED.fullmatch(number))
    if number.isdigit():
        return bool(_MOBILE_CONTIGUOUS.fullmatch(number) or _LANDLINE_CONTIGUOUS.fullmatch(number))
    return bool(_AREA_THEN_GROUPS.fullmatch(number))


def _placeholder(digits: str) -> bool:
    """0123456789, 0000000000, 0707070707: filler, not a number anyone has."""
    body = digits[1:]
    steps = {(int(b) - int(a)) % 10 for a, b in zip(body, body[1:], strict=False)}
    return len(steps) == 1 or len(set(body)) <= 2


def _timestamp(text: str, match: re.Match[str]) -> bool:
    """YYYYMMDDHHMM written without separators (a log stamp, a file name) rather than a personnummer."""
    if not match.group("century") or match.group("sep"):
        return False
    tail = match.group("tail")
    year = int(match.group("century") + match.group("yy"))
    return (int(tail[:2]) <= 23 and int(tail[2:]) <= 59 and year >= 2000
            and _context(text, match.start()) != "personal")


def _id_number_kind(match: re.Match[str]) -> str | None:
    """personnummer or samordningsnummer when the check digit and the date hold, else None."""
    digits10 = match.group("yy") + match.group("mm") + match.group("dd") + match.group("tail")
    if not luhn_valid(digits10):
        return None
    day = int(match.group("dd"))
    kind = PERSONNUMMER
    if day > 60:
        kind, day = SAMORDNINGSNUMMER, day - 60
    century = match.group("century")
    born = _birth_date(century, int(match.group("yy")), int(match.group("mm")), day)
    if born is None or (century and born > dt.date.today()):
        return None
    # Written with + when the person is 100 or older.
    year = born.year - 100 if match.group("sep") == "+" and not century else born.year
    return kind if year >= 1880 else None


def _birth_date(century: str | None, yy: int, month: int, day: int) -> dt.date | None:
    """The date; without a century, the latest one that is not in the future."""
    today = dt.date.today()
    year = int(century) * 100 + yy if century else today.year - (today.year - yy) % 100
    for candidate in (year, year - 100) if not century else (year,):
        try:
            born = dt.date(candidate, month, day)
        except ValueError:
            continue  # 29 February exists in one century but not the other
        if century or born <= today:
            return born
    return None


def luhn_valid(digits: str) -> bool:
    """The Luhn check used by Swedish personnummer (weights 2,1,2,1,… over the ten digits)."""
    total = 0
    for index, char in enumerate(digits):
        value = int(char) * (2 if index % 2 == 0 else 1)
        total += value - 9 if value > 9 else value
    return total % 10 == 0


def _mask_digits(text: str, *, keep_head: int, keep_tail: int) -> str:
    positions = [i for i, ch in enumerate(text) if ch.isdigit()]
    hidden = set(positions[keep_head: len(positions) - keep_tail])
    return "".join("*" if i in hidden else ch for i, ch in enumerate(text))


def _mask_email(address: str) -> str:
    local, _, domain = address.partition("@")
    return f"{local[:1]}***@{domain}"


def scan_collaboration(db: Any) -> list[Any]:
    """Every hit in the file's free text and change log (samverka.core.pii_scan)."""
    from samverka.core.pii_scan import scan_collaboration as scan  # noqa: PLC0415

    return scan(db)
