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


_ID_NUMBER = re.compile(
    r"(?<![\d+-])(?P<century>1[89]|20)?(?P<yy>\d\d)(?P<mm>\d\d)(?P<dd>\d\d)(?P<sep>[-+]?)(?P<tail>\d{4})(?![\d])"
)
_EMAIL = re.compile(r"(?<![\w.%+-])[\w.%+-]+@[\w-]+(?:\.[\w-]+)*\.[^\W\d_]{2,}(?![\w-])")
_PHONE_INTL = re.compile(
    r"(?<![\w+])(?P<prefix>\+|00)\s?46[\s-]*(?:\(0\)[\s-]*)?(?P<rest>[1-9](?:[\s-]?\d){6,8}+)(?![\d]|[,.-]\d)"
)
_PHONE_NATIONAL = re.compile(r"(?<![\d+,.\w-])(?P<number>0\d{1,3}(?:[\s-]?\d){5,8}+)(?![\d]|[,.-]\d)")
_MOBILE_CONTIGUOUS = re.compile(r"07[02369]\d{7}")
_AREA_THEN_GROUPS = re.compile(r"0\d{1,3}\s?[-\s]\s?(?:\d{5,8}|\d{2,3}(?:[\s-]\d{2,3}){1,3})")


def find_pii(text: str) -> list[PiiMatch]:
    """Personal data in `text`, in order of position; overlapping hits are reported once."""
    if not text or ("@" not in text and sum(ch.isdigit() for ch in text) < 7):
        return []
    found: list[PiiMatch] = []
    for match in _candidates(text):
        if all(match.end <= other.start or match.start >= other.end for other in found):
            found.append(match)
    found.sort(key=lambda m: m.start)
    return found


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
        if kind:
            yield PiiMatch(kind, match.start(), match.end(), _mask_digits(match.group(), keep_head=2, keep_tail=0))
    if "@" in text:
        for match in _EMAIL.finditer(text):
            yield PiiMatch(EMAIL, match.start(), match.end(), _mask_email(match.group()))
    for match in _PHONE_INTL.finditer(text):
        head = 4 if match.group("prefix") == "+" else 6  # the country code and two more digits
        yield PiiMatch(PHONE, match.start(), match.end(), _mask_digits(match.group(), keep_head=head, keep_tail=2))
    for match in _PHONE_NATIONAL.finditer(text):
        number = match.group("number")
        if _MOBILE_CONTIGUOUS.fullmatch(number) or _AREA_THEN_GROUPS.fullmatch(number):
            yield PiiMatch(PHONE, match.start(), match.end(), _mask_digits(number, keep_head=3, keep_tail=2))


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


# --- scanning a collaboration ----------------------------------------------------------------------

# Columns meant to hold contact details or machine data: not free text that could be published by accident.
SKIPPED_COLUMNS = frozenset({
    ("person", "email"), ("person", "phone"), ("signature", "certificate_fingerprint"),
    ("agreement", "content_hash"), ("agreement", "document_id"), ("survey_import", "sha256"),
    ("column_mapping", "signature"), ("column_mapping", "mapping_json"),
    ("collaboration", "uid"), ("collaboration", "previous_uid"), ("action_plan", "content_hash"),
    ("action_plan", "document_id"), ("action_plan", "content_json"),
})
SKIPPED_TABLES = frozenset({"audit_entry", "scp_technique", "alembic_version"})

TABLE_LABELS: dict[str, str] = {
    "collaboration": "Samverkan", "organisation": "Organisation", "person": "Person", "meeting": "Möte",
    "step_note": "Anteckning", "area": "Område", "area_alias": "Områdesalias", "data_source": "Datakälla",
    "observation": "Observation", "survey_result": "Enkätresultat", "survey_import": "Enkätimport",
    "problem_candidate": "Problemförslag", "priority_criterion": "Prioriteringskriterium",
    "priority_score": "Prioriteringspoäng", "vote_round": "Röstningsomgång", "problem": "Problem",
    "affected_group": "Utsatt grupp", "cause": "Orsak", "controller": "Kontrollant", "fishbone_bone": "Fiskben",
    "goal": "Mål", "indicator": "Indikator", "measurement": "Mätning", "measure": "Åtgärd",
    "citizen_promise": "Medborgarlöfte", "promise_item": "Löftespunkt", "agreement": "Överenskommelse",
    "agreement_section": "Avsnitt i överenskommelsen", "signatory": "Undertecknare", "signature": "Underskrift",
    "follow_up_report": "Uppföljningsrapport", "status_update": "Statusrapport",
}
FIELD_LABELS: dict[str, str] = {
    "name": "Namn", "title": "Rubrik", "description": "Beskrivning", "text": "Text", "note": "Anteckning",
    "notes": "Anteckningar", "comment": "Kommentar", "body": "Text", "wording": "Formulering",
    "statement": "Problemformulering", "minutes": "Protokoll", "agenda": "Dagordning", "decisions": "Beslut",
    "background": "Bakgrund", "overall_goal": "Övergripande mål", "responsibilities": "Ansvar",
    "rationale": "Motivering", "findings": "Iakttagelser", "recommendations": "Rekommendationer",
    "partners": "Samarbetspartner", "place": "Plats", "content_json": "Överenskommelsens frysta innehåll",
}


@dataclass(frozen=True)
class Finding:
    table: str
    row_id: int
    field: str
    where: str  # Swedish: "Åtgärd ”Trygghetsvandring” (nr 4) – Beskrivning"
    kind: str
    masked: str

    def as_dict(self) -> dict[str, Any]:
        return {
            "table": self.table, "row_id": self.row_id, "field": self.field, "where": self.where,
            "kind": self.kind, "kind_label": str(KIND_LABELS[self.kind]), "masked": self.masked,
        }


def text_columns() -> dict[str, list[str]]:
    """For each table scanned, its free-text columns."""
    from sqlalchemy import String, Text  # noqa: PLC0415

    from samverka.core.validation import CHOICES  # noqa: PLC0415
    from samverka.models import Base  # noqa: PLC0415

    columns: dict[str, list[str]] = {}
    for table in Base.metadata.sorted_tables:
        if table.name in SKIPPED_TABLES:
            continue
        names = [
            column.name for column in table.c
            if isinstance(column.type, String | Text) and (table.name, column.name) not in SKIPPED_COLUMNS
            and (table.name, column.name) not in CHOICES
        ]
        if names:
            columns[table.name] = names
    return columns


def scan_collaboration(db: Any) -> list[Finding]:
    """Every hit in the file's free text, table by table, row by row."""
    from sqlalchemy import select  # noqa: PLC0415

    from samverka.core.crud import table_for  # noqa: PLC0415

    findings: list[Finding] = []
    with db.read() as session:
        for kind, names in text_columns().items():
            table = table_for(kind)
            query = select(table.c.id, *(table.c[name] for name in names)).order_by(table.c.id)
            for row in session.execute(query):
                values = dict(zip(names, row[1:], strict=True))
                findings.extend(_row_findings(kind, int(row[0]), values))
    return findings


def _row_findings(kind: str, row_id: int, values: dict[str, Any]) -> Iterator[Finding]:
    for name, value in values.items():
        if not isinstance(value, str):
            continue
        for match in find_pii(value):
            yield Finding(kind, row_id, name, _where(kind, row_id, name, values), match.kind, match.masked)


def _where(kind: str, row_id: int, field: str, values: dict[str, Any]) -> str:
    caption = next((values[key] for key in ("title", "name", "text", "key") if values.get(key)), "")
    caption = mask_text(" ".join(str(caption).split()))
    if len(caption) > 40:
        caption = caption[:39] + "…"
    label = TABLE_LABELS.get(kind, kind)
    named = f"{label} ”{caption}” (nr {row_id})" if caption else f"{label} nr {row_id}"
    return f"{named} – {FIELD_LABELS.get(field, field)}"
