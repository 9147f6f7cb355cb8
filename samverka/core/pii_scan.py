"""Personal data in a whole collaboration: every free-text column and the change log (`samverka check-pii`),
and masking the identity numbers in the change log once they were removed from the text (`--scrub-audit`)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from samverka.core.pii import KIND_LABELS, PERSONNUMMER, SAMORDNINGSNUMMER, find_pii, mask_text
from samverka.errors import Text

# Columns meant to hold contact details or machine data: not free text that could be published by accident.
SKIPPED_COLUMNS = frozenset({
    ("person", "email"), ("person", "phone"), ("signature", "certificate_fingerprint"),
    ("agreement", "content_hash"), ("agreement", "document_id"), ("survey_import", "sha256"),
    ("column_mapping", "signature"), ("column_mapping", "mapping_json"),
    ("collaboration", "uid"), ("collaboration", "previous_uid"), ("action_plan", "content_hash"),
    ("action_plan", "document_id"), ("action_plan", "content_json"), ("trusted_certificate", "fingerprint"),
})
SKIPPED_TABLES = frozenset({"audit_entry", "scp_technique", "alembic_version"})  # the log: scan_audit()

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
    """Every hit in the file's free text, table by table, row by row, then in the change log."""
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
        findings.extend(scan_audit(session))
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


# --- the change log ------------------------------------------------------------------------------------------

AUDIT_LABEL = "Ändringslogg"
IDENTITY_KINDS = (PERSONNUMMER, SAMORDNINGSNUMMER)


def scan_audit(session: Any) -> Iterator[Finding]:
    """Hits in the change log: each entry holds the values written (a text removed later is still there)."""
    from sqlalchemy import select  # noqa: PLC0415

    from samverka.models import AuditEntry  # noqa: PLC0415

    query = select(AuditEntry.id, AuditEntry.action, AuditEntry.entity, AuditEntry.entity_id, AuditEntry.detail)
    for entry_id, action, entity, entity_id, detail in session.execute(query.order_by(AuditEntry.id)):
        for key, text in _audit_texts(entity, detail):
            for match in find_pii(text):
                label = TABLE_LABELS.get(entity, entity)
                about = f"{action} {label}" + (f" nr {entity_id}" if entity_id is not None else "")
                where = f"{AUDIT_LABEL} nr {entry_id} ({about}) – {FIELD_LABELS.get(key, key)}"
                yield Finding("audit_entry", int(entry_id), key, where, match.kind, match.masked)


def _audit_texts(entity: str, detail: str) -> Iterator[tuple[str, str]]:
    """The texts an entry recorded, by column; contact details of people are no finding here either."""
    values = _parsed(detail)
    if values is None:
        yield "detail", detail
        return
    for key, value in values.items():
        if isinstance(value, str) and (entity, key) not in SKIPPED_COLUMNS:
            yield key, value


def _parsed(detail: str) -> dict[str, Any] | None:
    try:
        values = json.loads(detail)
    except (ValueError, RecursionError):
        return None
    return values if isinstance(values, dict) else None


def scrub_audit(db: Any) -> int:
    """Mask every personnummer and samordningsnummer in the change log, in one transaction; returns how many
    entries changed. The scrub itself is logged, without the numbers. Older backups still hold them."""
    from sqlalchemy import select, update  # noqa: PLC0415

    from samverka.models import AuditEntry  # noqa: PLC0415

    changed = 0
    with db.write() as session:
        rows = session.execute(select(AuditEntry.id, AuditEntry.entity, AuditEntry.detail)).all()
        for entry_id, entity, detail in rows:
            scrubbed = _scrubbed(entity, detail)
            if scrubbed != detail:
                session.execute(update(AuditEntry).where(AuditEntry.id == entry_id).values(detail=scrubbed))
                changed += 1
        if changed:
            session.add(AuditEntry(action="scrub-pii", entity="audit_entry", entity_id=None,
                                   detail=json.dumps({"entries": changed})))
    return changed


def _scrubbed(entity: str, detail: str) -> str:
    values = _parsed(detail)
    if values is None:
        return _mask_identities(detail)
    for key, value in values.items():
        if isinstance(value, str) and (entity, key) not in SKIPPED_COLUMNS:
            values[key] = _mask_identities(value)
    scrubbed = json.dumps(values, default=str)  # as the services write it
    return scrubbed if scrubbed != json.dumps(_parsed(detail), default=str) else detail


def _mask_identities(text: str) -> str:
    out, last = [], 0
    for match in find_pii(text):
        if match.kind in IDENTITY_KINDS:
            out += [text[last : match.start], match.masked]
            last = match.end
    out.append(text[last:])
    return "".join(out)


def removed_identity_note(old: str, new: str) -> Text | None:
    """What to tell the user when an edit removed a personnummer that the change log still holds."""
    before = {old[m.start : m.end] for m in find_pii(old) if m.kind in IDENTITY_KINDS}
    after = {new[m.start : m.end] for m in find_pii(new) if m.kind in IDENTITY_KINDS}
    if not before - after:
        return None
    return Text(
        "Personnumret finns kvar i ändringsloggen. Ta bort det där med Arkiv → Rensa personnummer ur "
        "ändringsloggen (eller samverka check-pii --scrub-audit).",
        "The personal identity number is still in the change log. Remove it there with File → Scrub personal "
        "identity numbers from the change log (or samverka check-pii --scrub-audit).",
    )
