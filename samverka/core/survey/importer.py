"""The import as the UI and the command line use it: prepare (read and report), then commit or undo."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from samverka.core.bulk import no_collector_pauses
from samverka.core.changes import Changes
from samverka.core.progress import Progress, no_progress, part
from samverka.core.survey.files import load_file
from samverka.core.survey.headers import find_long_header, find_wide_header, header_candidates, signature
from samverka.core.survey.mapping import ColumnMapping, saved_mappings
from samverka.core.survey.numbers import cell_text
from samverka.core.survey.records import LongParser, Parsed, WideParser
from samverka.core.survey.report import ImportReport, SurveyRecord
from samverka.core.survey.store import (
    ImportOutcome,
    duplicate_rejections,
    fill_report,
    refuse_rejections,
    undo_records,
    write_records,
)
from samverka.core.survey.table import RawTable
from samverka.errors import KnownError
from samverka.models.db import Database

PREVIEW_ROWS = 20


class NeedsMappingError(KnownError):
    """The sheet is not in the long format and no saved mapping fits: the user must map its columns."""

    def __init__(self, table: RawTable, header_index: int) -> None:
        super().__init__(
            f"{table.file_name} har inte långformatet (survey, year, area_code, item_code, value …) och ingen "
            "sparad kolumnmappning passar. Gör en kolumnmappning i programmet (Importera trygghetsmätning…) "
            "eller ange en sparad med --mapping.",
            f"{table.file_name} is not in the long format (survey, year, area_code, item_code, value …) and no "
            "saved column mapping fits. Make a column mapping in the program (Importera trygghetsmätning…) "
            "or name a saved one with --mapping.",
        )
        self.table = table
        self.header_index = header_index
        self.header = [cell_text(cell) for cell in table.rows[header_index]]
        self.sample = table.rows[header_index + 1 : header_index + 21]
        self.signature = signature(table.rows[header_index])


@dataclass
class PreparedImport:
    """A file read and checked, with its report; nothing has been written yet."""

    report: ImportReport
    records: list[SurveyRecord]
    sha256: str
    file_name: str
    sheet: str
    signature: str
    mapping: ColumnMapping | None = None
    header: list[str] = field(default_factory=list)

    @property
    def can_commit(self) -> bool:
        return bool(self.records)


def parse_file(
    path: Path,
    *,
    sheet: str | None = None,
    mapping: ColumnMapping | None = None,
    saved: Callable[[str], ColumnMapping | None] | None = None,
    progress: Progress = no_progress,
) -> PreparedImport:
    """Read and check a file without a database: records, rejections and the report (areas not yet linked).
    `progress` hears how far it has come and may stop it (Cancelled)."""
    with no_collector_pauses():
        return _parse_file(path, sheet=sheet, mapping=mapping, saved=saved, progress=progress)


def _parse_file(
    path: Path, *, sheet: str | None, mapping: ColumnMapping | None,
    saved: Callable[[str], ColumnMapping | None] | None, progress: Progress,
) -> PreparedImport:
    loaded = load_file(path, sheet, part(progress, 0.0, 0.5))
    table = loaded.table
    long_at = find_long_header(table) if mapping is None else None
    if long_at is not None:
        parsed = LongParser(table, long_at).parse(part(progress, 0.5, 0.95))
        layout, header_at, used = "long", long_at, None
    else:
        header_at, used = _wide_header(table, mapping, saved)
        used.check(table.rows[header_at])
        parsed, layout = WideParser(table, header_at, used).parse(part(progress, 0.5, 0.95)), used.orientation
    records, duplicates = duplicate_rejections(parsed.records)
    parsed.rejections.extend(duplicates)
    report = build_report(table, layout, header_at, parsed, len(records), records[:PREVIEW_ROWS])
    return PreparedImport(
        report, records, loaded.sha256, path.name, table.sheet, signature(table.rows[header_at]), used,
        [cell_text(c) for c in table.rows[header_at]],
    )


def _wide_header(
    table: RawTable, mapping: ColumnMapping | None, saved: Callable[[str], ColumnMapping | None] | None
) -> tuple[int, ColumnMapping]:
    if mapping is not None:
        wanted = {mapping.label_column, *mapping.value_columns} - {""}
        for index in header_candidates(table):
            if wanted <= {cell_text(cell) for cell in table.rows[index]}:
                return index, mapping
        return find_wide_header(table), mapping
    if saved is not None:
        for index in header_candidates(table):
            found = saved(signature(table.rows[index]))
            if found is not None:
                return index, found
    raise NeedsMappingError(table, find_wide_header(table))


def build_report(
    table: RawTable, layout: str, header_at: int, parsed: Parsed, accepted: int, preview: list[SurveyRecord]
) -> ImportReport:
    parsed.rejections.sort(key=lambda r: r.row)
    return ImportReport(
        file_name=table.file_name, layout=layout, sheet=table.sheet, sheets=table.sheets, encoding=table.encoding,
        delimiter=table.delimiter, header_row=table.row_numbers[header_at], rows_read=parsed.rows_read,
        accepted=accepted, rejections=parsed.rejections, skipped=parsed.skipped, notes=list(table.notes),
        preview=preview,
    )


def prepare_import(
    db: Database, path: Path, *, sheet: str | None = None, mapping: ColumnMapping | None = None,
    progress: Progress = no_progress,
) -> PreparedImport:
    """Read the file, use a remembered mapping if one fits, and say what a commit would change."""
    remembered = saved_mappings(db) if mapping is None else {}
    prepared = parse_file(path, sheet=sheet, mapping=mapping, saved=remembered.get,
                          progress=part(progress, 0.0, 0.9))
    cid = db.collaboration_id()
    with no_collector_pauses(), db.reading() as read:
        fill_report(read, cid, prepared.records, prepared.report)
    progress(1.0)
    return prepared


def commit_import(
    db: Database, prepared: PreparedImport, *, skip_invalid: bool = False, progress: Progress = no_progress
) -> ImportOutcome:
    """Write all accepted values in one transaction, or nothing (any rejection refuses unless skip_invalid;
    a `progress` that raises Cancelled rolls it all back)."""
    report = prepared.report
    if report.rejections and not skip_invalid:
        refuse_rejections(report)
    if not prepared.records:
        raise KnownError(
            f"{prepared.file_name} innehåller inga värden som kan importeras; inget har ändrats.",
            f"{prepared.file_name} holds no values that can be imported; nothing was changed.",
        )
    with no_collector_pauses():
        return write_records(
            db, prepared.records, file_name=prepared.file_name, sha256=prepared.sha256, sheet=prepared.sheet,
            rejected=report.rejected, progress=progress,
        )


def undo_import(db: Database, outcome: ImportOutcome) -> Changes:
    return undo_records(db, outcome)
