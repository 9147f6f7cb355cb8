"""Writing an import: all accepted values in one transaction, replacing earlier releases; and undoing it."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from operator import add, attrgetter
from typing import Any

from samverka.core.changes import Changes
from samverka.core.progress import Progress, no_progress, part
from samverka.core.survey.areas import AreaIndex, AreaRef, area_type, canonicalise
from samverka.core.survey.report import ImportReport, Rejection, SurveyRecord
from samverka.errors import KnownError, Text
from samverka.models.clock import utcnow
from samverka.models.db import Database
from samverka.models.plain import Reader, Writer
from samverka.vocab import VALUE_TYPES, label

Key = tuple[str, int, str, str, str, str]
# Columns a corrected release may change; the rest form the unique key.
VALUE_FIELDS = ("value", "n_respondents", "n_sent", "response_rate", "item_label", "group", "area_name", "source")
_INSERT_CHUNK = 10_000
# A record's fields as survey_result columns (SurveyRecord's names; item_label is item_label in both).
RECORD_COLUMNS = (
    "survey", "year", "area_code", "area_name", "group", "item_code", "item_label", "value_type", "value",
    "breakdown", "n_respondents", "n_sent", "response_rate", "source",
)
record_fields = attrgetter(*RECORD_COLUMNS)


# A stored value's unique key (beside the collaboration): survey, year, area, item, value type, breakdown.
key_of: Callable[[SurveyRecord], Key] = attrgetter(
    "survey", "year", "area_code", "item_code", "value_type", "breakdown",
)
area_code_of = attrgetter("area_code")


def _loose_key(record: SurveyRecord) -> Key:
    """Before areas are linked a row may have a name but no code."""
    area = record.area_code or "name:" + record.area_name.casefold()
    return (record.survey, record.year, area, record.item_code, record.value_type, record.breakdown)


def duplicate_rejections(records: list[SurveyRecord]) -> tuple[list[SurveyRecord], list[Rejection]]:
    """Keep the first of two rows that give the same value; the later one is reported."""
    if "" not in set(map(area_code_of, records)) and not has_duplicates(records):
        return list(records), []  # every row has an area code and no key comes twice: the common file
    first: dict[Key, int] = {}
    kept: list[SurveyRecord] = []
    rejected: list[Rejection] = []
    for record in records:
        key = _loose_key(record)
        if key in first:
            rejected.append(
                Rejection(
                    record.row, "",
                    Text(
                        f"Samma år, område, fråga, värdetyp och uppdelning finns redan på rad {first[key]}.",
                        f"The same year, area, item, value type and breakdown is already on row {first[key]}.",
                    ),
                )
            )
            continue
        first[key] = record.row
        kept.append(record)
    return kept, rejected


_record_values = attrgetter(*VALUE_FIELDS)


def has_duplicates(records: list[SurveyRecord]) -> bool:
    return len(set(map(key_of, records))) != len(records)


@dataclass
class Existing:
    """Stored rows for the surveys and years of an import: key -> (id, import_id, values in VALUE_FIELDS order)."""

    rows: dict[Key, tuple[int, int | None, tuple[Any, ...]]] = field(default_factory=dict)

    @classmethod
    def load(cls, read: Reader, collaboration_id: int, records: list[SurveyRecord]) -> Existing:
        found = cls()
        if not records:
            return found
        surveys = sorted({r.survey for r in records})
        years = sorted({r.year for r in records})
        params: dict[str, object] = {"cid": collaboration_id}
        params.update({f"s{i}": survey for i, survey in enumerate(surveys)})
        params.update({f"y{i}": year for i, year in enumerate(years)})
        values = ", ".join(f'"{name}"' for name in VALUE_FIELDS)
        sql = (
            f"SELECT survey, year, area_code, item_code, value_type, breakdown, id, import_id, {values} "
            "FROM survey_result WHERE collaboration_id = :cid "
            f"AND survey IN ({', '.join(f':s{i}' for i in range(len(surveys)))}) "
            f"AND year IN ({', '.join(f':y{i}' for i in range(len(years)))})"
        )
        rows = found.rows
        for row in read.rows(sql, **params):
            rows[tuple(row[:6])] = (row[6], row[7], tuple(row[8:]))
        return found

    def classify(self, record: SurveyRecord) -> str:
        """'new', 'replace' or 'same'."""
        hit = self.rows.get(key_of(record))
        if hit is None:
            return "new"
        old = hit[2]
        new = _record_values(record)
        if old == new:
            return "same"
        for before, after in zip(old, new, strict=True):
            if before != after and not (
                isinstance(before, float) and isinstance(after, float) and abs(before - after) <= 1e-9
            ):
                return "replace"
        return "same"

    def old_value(self, record: SurveyRecord) -> float:
        return float(self.rows[key_of(record)][2][0])


def describe_key(record: SurveyRecord) -> str:
    kind = label(VALUE_TYPES, record.value_type)
    return f"{record.year} {record.area_code} {record.item_code} {kind} {record.breakdown}"


def fill_report(read: Reader, collaboration_id: int, records: list[SurveyRecord], report: ImportReport) -> None:
    """Resolve areas and compare with stored values (read only), so the report says what a commit would do."""
    index = AreaIndex.load(read, collaboration_id)
    recoded = canonicalise(records, index)
    # An old and a new name of the same area in one file give the same value twice (the file's own duplicates
    # were reported when it was read, so only a changed code can make new ones).
    kept, duplicates = duplicate_rejections(records) if recoded and has_duplicates(records) else (records, [])
    if duplicates:
        records[:] = kept
        report.rejections.extend(duplicates)
        report.accepted = len(records)
    note_areas(report, index)
    existing = Existing.load(read, collaboration_id, records)
    if not existing.rows:
        report.to_insert += len(records)  # nothing stored for these surveys and years: every value is new
        return
    for record in records:
        kind = existing.classify(record)
        if kind == "new":
            report.to_insert += 1
        elif kind == "same":
            report.unchanged += 1
        else:
            report.to_replace += 1
            if len(report.replaced_examples) < 10:
                report.replaced_examples.append((describe_key(record), existing.old_value(record), record.value))


def note_areas(report: ImportReport, index: AreaIndex) -> None:
    """The areas an import will create, and the rows linked by an alias, as the index resolved them."""
    report.new_areas = [(ref.code, ref.name) for ref in index.new.values()]
    report.alias_matches = sorted(index.alias_hits.items())


@dataclass
class ImportOutcome:
    """What a commit did, kept by the undo command: enough to take it back exactly."""

    import_id: int | None
    inserted: int
    replaced_old: list[dict[str, Any]]
    created_area_ids: list[int]
    unchanged: int

    def changes(self) -> Changes:
        kinds = {"survey_result", "survey_import"} | ({"area"} if self.created_area_ids else set())
        return Changes.kinds_only(*kinds)


def write_records(
    db: Database, records: list[SurveyRecord], *, file_name: str, sha256: str, sheet: str, rejected: int,
    progress: Progress = no_progress,
) -> ImportOutcome:
    """One transaction: new areas, the import record, new rows and replaced rows; or nothing at all.

    Plain SQL (Database.writing): on a file the bulk of an import needs neither SQLAlchemy nor the ORM."""
    collaboration_id = db.collaboration_id()
    with db.writing() as write:
        index = AreaIndex.load(write, collaboration_id)
        if canonicalise(records, index) and has_duplicates(records):
            raise KnownError(
                "Områdena ändrades medan importen förbereddes. Läs in filen igen.",
                "The areas changed while the import was prepared. Read the file again.",
            )
        existing = Existing.load(write, collaboration_id, records)
        inserts, replaces, same = _split(existing, records)
        if not inserts and not replaces:
            return ImportOutcome(None, 0, [], [], len(same))
        created = _create_areas(write, collaboration_id, index)
        import_id = write.insert("survey_import", import_row(collaboration_id, file_name, sha256, sheet,
                                                             accepted=len(records), rejected=rejected))
        progress(0.1)
        _insert(write, collaboration_id, import_id, inserts, index, part(progress, 0.1, 0.9))
        old = _replace(write, import_id, replaces, existing)
        write.insert("audit_entry", import_audit(import_id, file_name, sha256, len(inserts), len(old), created))
        progress(1.0)  # the last chance to stop: nothing is committed until the block ends
    return ImportOutcome(import_id, len(inserts), old, created, len(same))


def import_row(collaboration_id: int, file_name: str, sha256: str, sheet: str, *, accepted: int,
               rejected: int) -> dict[str, object]:
    """The survey_import row that says where the values came from."""
    return {
        "collaboration_id": collaboration_id, "file_name": file_name, "sha256": sha256, "sheet": sheet,
        "imported_at": utcnow(), "rows_accepted": accepted, "rows_rejected": rejected,
    }


def import_audit(import_id: int, file_name: str, sha256: str, new: int, replaced: int,
                 created: list[int]) -> dict[str, object]:
    """The audit entry of an import."""
    detail = {"file": file_name, "sha256": sha256, "new": new, "replaced": replaced, "areas": created}
    return {"at": utcnow(), "action": "import", "entity": "survey_import", "entity_id": import_id,
            "detail": json.dumps(detail)}


def new_area_row(collaboration_id: int, ref: AreaRef, kommun: str) -> dict[str, object]:
    """An area an import creates, typed from its name (a municipality total or a sub-area)."""
    return {"collaboration_id": collaboration_id, "name": ref.name, "code": ref.code,
            "type": area_type(ref.name, ref.code, kommun), "police_classification": "ingen"}


def _split(
    existing: Existing, records: list[SurveyRecord]
) -> tuple[list[SurveyRecord], list[SurveyRecord], list[SurveyRecord]]:
    if not existing.rows:
        return records, [], []
    groups: dict[str, list[SurveyRecord]] = {"new": [], "replace": [], "same": []}
    for record in records:
        groups[existing.classify(record)].append(record)
    return groups["new"], groups["replace"], groups["same"]


def _create_areas(write: Writer, collaboration_id: int, index: AreaIndex) -> list[int]:
    if not index.new:
        return []
    kommun = write.scalar("SELECT kommun FROM collaboration WHERE id = :cid", cid=collaboration_id) or ""
    return [created(index, ref, write.insert("area", new_area_row(collaboration_id, ref, kommun)))
            for ref in index.new.values()]


def created(index: AreaIndex, ref: AreaRef, area_id: int) -> int:
    """Link the rows of a new area to the id it was given."""
    index.canonical[ref.code.casefold()] = type(ref)(area_id, ref.code, ref.name)
    return area_id


def _insert(
    write: Writer, collaboration_id: int, import_id: int, records: list[SurveyRecord], index: AreaIndex,
    progress: Progress,
) -> None:
    if not records:
        return
    rows = result_rows(records, index)
    for start in range(0, len(rows), _INSERT_CHUNK):  # in parts, so progress is told and a stop is heard
        write.insert_rows("survey_result", RESULT_COLUMNS, rows[start : start + _INSERT_CHUNK],
                          fixed={"collaboration_id": collaboration_id, "import_id": import_id})
        progress((start + _INSERT_CHUNK) / len(rows))


RESULT_COLUMNS = (*RECORD_COLUMNS, "area_id")


def result_rows(records: list[SurveyRecord], index: AreaIndex) -> list[tuple[object, ...]]:
    """The records as survey_result rows in RESULT_COLUMNS order, each linked to its area (created by then)."""
    area_of = {code: (area_id,) for code, area_id in _area_ids(index, set(map(area_code_of, records))).items()}
    # (the record's own fields, then area_id): built at C speed.
    return list(map(add, map(record_fields, records), map(area_of.__getitem__, map(area_code_of, records))))


def column_rows(fields: dict[str, list[Any]], index: AreaIndex) -> list[tuple[object, ...]]:
    """result_rows for records given field by field (by SurveyRecord's names)."""
    codes = fields["area_code"]
    area_of = _area_ids(index, set(codes))
    return list(zip(*(fields[name] for name in RECORD_COLUMNS), map(area_of.__getitem__, codes), strict=True))


def _area_ids(index: AreaIndex, codes: set[str]) -> dict[str, int | None]:
    area_ids = {code: ref.id for code, ref in index.canonical.items()}
    return {code: area_ids.get(code.casefold()) for code in codes}


_UPDATE_BY_ID = (
    "UPDATE survey_result SET import_id = :import_id, "
    + ", ".join(f'"{name}" = :{name}' for name in VALUE_FIELDS)
    + " WHERE id = :row_id"
)


def _replace(write: Writer, import_id: int, records: list[SurveyRecord], existing: Existing) -> list[dict[str, Any]]:
    if not records:
        return []
    old_rows: list[dict[str, Any]] = []
    params: list[dict[str, Any]] = []
    for record in records:
        row_id, old_import, old = existing.rows[key_of(record)]
        old_rows.append({"row_id": row_id, "import_id": old_import, **dict(zip(VALUE_FIELDS, old, strict=True))})
        params.append({"row_id": row_id, "import_id": import_id, **{n: getattr(record, n) for n in VALUE_FIELDS}})
    write.execute_many(_UPDATE_BY_ID, params)
    return old_rows


def undo_records(db: Database, outcome: ImportOutcome) -> Changes:
    """Delete the rows the import added, put back the values it replaced, remove areas it created."""
    if outcome.import_id is None:
        return outcome.changes()
    with db.writing() as write:
        if outcome.replaced_old:
            write.execute_many(_UPDATE_BY_ID, outcome.replaced_old)
        write.execute("DELETE FROM survey_result WHERE import_id = :iid", iid=outcome.import_id)
        write.execute("DELETE FROM survey_import WHERE id = :iid", iid=outcome.import_id)
        for area_id in outcome.created_area_ids:
            write.execute("DELETE FROM area WHERE id = :aid", aid=area_id)
        write.insert("audit_entry", {
            "at": utcnow(), "action": "undo import", "entity": "survey_import", "entity_id": outcome.import_id,
            "detail": "{}",
        })
    return outcome.changes()


def refuse_rejections(report: ImportReport) -> None:
    raise KnownError(
        f"{report.rejected} rader/värden avvisades; inget importerades. Rätta filen, eller importera bara de "
        "godkända värdena (”hoppa över ogiltiga”, --skip-invalid).",
        f"{report.rejected} rows/values were rejected; nothing was imported. Correct the file, or import only "
        "the accepted values (“skip invalid”, --skip-invalid).",
    )
