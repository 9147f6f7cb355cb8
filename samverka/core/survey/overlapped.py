"""An import without a person between reading and writing (the command line): prepare_import then commit_import,
with the writing overlapped with the reading where that is safe.

For a CSV file in the long format going into a SQLite file, a child process (models.bulk_writer) takes the file's
write lock and inserts the values of each few thousand rows while the next rows are read and checked. The file
is committed only if, once it is all read, the values turn out to be exactly what commit_import would insert:
accepted (or --skip-invalid), all new, no duplicates. Otherwise the child rolls back and commit_import writes as
it always does, so the result is the same either way; only the time differs.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from itertools import chain
from operator import attrgetter
from pathlib import Path
from typing import Any

from samverka.core.bulk import no_collector_pauses
from samverka.core.progress import Progress, no_progress, part
from samverka.core.survey.areas import AreaIndex, canonical_codes, canonicalise
from samverka.core.survey.csv_reader import Batch, csv_batches, open_csv
from samverka.core.survey.files import is_xlsx, read_bytes
from samverka.core.survey.headers import find_long_header
from samverka.core.survey.importer import PREVIEW_ROWS, build_report, commit_import, prepare_import
from samverka.core.survey.mapping import ColumnMapping
from samverka.core.survey.records import LongParser, Parsed, RecordColumns
from samverka.core.survey.report import ImportReport, SurveyRecord
from samverka.core.survey.store import (
    RESULT_COLUMNS,
    ImportOutcome,
    column_rows,
    created,
    import_audit,
    import_row,
    new_area_row,
    note_areas,
    result_rows,
)
from samverka.core.survey.table import RawTable
from samverka.errors import KnownError
from samverka.models.bulk_writer import BulkWriter, WriterGone
from samverka.models.clock import utcnow
from samverka.models.db import Database
from samverka.models.plain import Reader

_survey_year = attrgetter("survey", "year")


def import_file(
    db: Database, path: Path, *, sheet: str | None = None, mapping: ColumnMapping | None = None,
    skip_invalid: bool = False, progress: Progress = no_progress,
) -> tuple[ImportReport, ImportOutcome | None]:
    """Read, check and write in one go: the report prepare_import makes, and what was written, or None when
    rejected rows refuse the import (nothing written). Raises as commit_import does when nothing can be imported."""
    overlap = _Overlap.begin(db, path, part(progress, 0.0, 0.9)) if sheet is None and mapping is None else None
    if overlap is not None:
        try:
            report = overlap.prepare()
            if report is not None and report.rejections and not skip_invalid:
                return report, None
            if report is not None and report.accepted:
                progress(1.0)  # the last chance to stop: nothing is committed before this
                return report, overlap.commit(report)
        except WriterGone:
            committed = overlap.committed()  # it may have ended between its commit and saying so
            if committed is not None:
                return committed
            # Otherwise its transaction is rolled back, and the ordinary path starts over.
        finally:
            overlap.abort()  # it holds the write lock
    prepared = prepare_import(db, path, sheet=sheet, mapping=mapping, progress=part(progress, 0.0, 0.9))
    if prepared.report.rejections and not skip_invalid:
        return prepared.report, None
    return prepared.report, commit_import(db, prepared, skip_invalid=skip_invalid,
                                          progress=part(progress, 0.9, 1.0))


class _Overlap:
    """A CSV in the long format being read here while the writer inserts what has been read."""

    def __init__(self, db: Database, writer: BulkWriter, head: RawTable, header_at: int, sha256: str,
                 rest: Iterator[Batch]) -> None:
        self.db = db
        self.writer = writer
        self.head = head
        self.header_at = header_at
        self.sha256 = sha256
        self.rest = rest
        self.live = True  # False once the writer's work cannot be what commit_import would do
        self.sent = 0
        self.index = AreaIndex()
        self.collaboration_id = 0
        self.kommun = ""
        self.import_id = 0
        self.created: list[int] = []
        self.years_checked: set[tuple[str, int]] = set()
        self.preview: list[SurveyRecord] = []
        self.report: ImportReport | None = None  # once it is being committed
        self.pairs_seen = 0  # area (code, name) pairs checked by _area_split
        self.keyed_by: dict[str, str] = {}

    @classmethod
    def begin(cls, db: Database, path: Path, progress: Progress) -> _Overlap | None:
        """None where the overlap cannot be used; the ordinary path then reads the file (and reports any error)."""
        if not db.is_sqlite or db.file is None or db.read_only:
            return None
        writer = BulkWriter.start(db.file)  # first, so that its start-up overlaps with the reading below
        if writer is None:
            return None
        try:
            found = cls._open(db, writer, path, progress)
        except BaseException:
            writer.abort()  # it holds the write lock
            raise
        if found is None:
            writer.abort()
        return found

    @classmethod
    def _open(cls, db: Database, writer: BulkWriter, path: Path, progress: Progress) -> _Overlap | None:
        try:
            data = read_bytes(path)
            if is_xlsx(path, data):
                return None
            source = open_csv(data, path.name)
            rest = csv_batches(source, progress)
            head_rows, head_numbers = next(rest)
        except (KnownError, StopIteration):
            return None  # the ordinary path reports it
        head = RawTable(path.name, head_rows, head_numbers, encoding=source.encoding, delimiter=source.delimiter,
                        all_text=True)
        header_at = find_long_header(head)
        if header_at is None:
            return None
        return cls(db, writer, head, header_at, hashlib.sha256(data).hexdigest(), rest)

    def prepare(self) -> ImportReport | None:
        """prepare_import's report, the values sent to the writer as they were read; None as soon as the writer
        cannot hold exactly what commit_import would write (the ordinary path then starts over)."""
        with no_collector_pauses():
            return self._prepare()

    def _prepare(self) -> ImportReport | None:
        head, at = self.head, self.header_at
        parser = LongParser(head, at)
        parsed = Parsed()  # its records: those of blocks read row by row (with a rejected or skipped row)
        self.collaboration_id = self.db.collaboration_id()
        # Read after the writer holds the lock: nobody else can change what this read sees until it is done.
        self.writer.wait_ready()
        with self.db.reading() as read:
            self._start(read)
            for rows, numbers in chain([(head.rows[at + 1 :], head.row_numbers[at + 1 :])], self.rest):
                before = len(parsed.records)
                columns = parser.parse_columns(rows, numbers, parsed)
                if columns is not None:
                    self._send_columns(read, columns.fields)
                else:
                    self._send_records(read, parsed.records[before:])
                if not self.live:
                    return None
        # What fill_report would add: the areas as resolved, and every value new (none is stored for its survey
        # and year). Every accepted value is in the writer's table under its unique key (survey, year, area, item,
        # value type, breakdown): had two shared a key the writer would have failed, so there is no duplicate for
        # duplicate_rejections to find. The report is the one prepare_import makes.
        report = build_report(head, "long", at, parsed, self.sent, self.preview)
        note_areas(report, self.index)
        report.to_insert = self.sent
        self.writer.sync()  # raises WriterGone if a value was refused (a duplicate key)
        return report

    def _start(self, read: Reader) -> None:
        self.index = AreaIndex.load(read, self.collaboration_id)
        self.kommun = read.scalar("SELECT kommun FROM collaboration WHERE id = :cid", cid=self.collaboration_id) or ""
        self.import_id = self.writer.insert("survey_import", import_row(
            self.collaboration_id, self.head.file_name, self.sha256, self.head.sheet, accepted=0, rejected=0))

    def _send_columns(self, read: Reader, fields: dict[str, list[Any]]) -> None:
        if not fields["row"]:
            return
        fields["area_code"] = canonical_codes(fields["area_code"], fields["area_name"], self.index)
        if self._meets_stored_values(read, set(zip(fields["survey"], fields["year"], strict=True))):
            return
        if self._area_split():
            return
        self._create_areas()
        self.writer.insert_rows("survey_result", RESULT_COLUMNS, column_rows(fields, self.index), fixed=self._fixed())
        self.sent += len(fields["row"])
        if len(self.preview) < PREVIEW_ROWS:
            self.preview += RecordColumns.of(fields).records(PREVIEW_ROWS - len(self.preview))

    def _send_records(self, read: Reader, records: list[SurveyRecord]) -> None:
        if not records:
            return
        canonicalise(records, self.index)
        if self._meets_stored_values(read, set(map(_survey_year, records))):
            return
        if self._area_split():
            return
        self._create_areas()
        self.writer.insert_rows("survey_result", RESULT_COLUMNS, result_rows(records, self.index), fixed=self._fixed())
        self.sent += len(records)
        self.preview += records[: max(0, PREVIEW_ROWS - len(self.preview))]

    def _area_split(self) -> bool:
        """Whether rows that name their area the same way (one code; or no code and one name) went to different
        areas (the code is new, its names are known areas). duplicate_rejections compares rows as named, the
        writer's unique key as keyed, so two such rows could be a duplicate only one of them sees."""
        for code, name, keyed in self.index.resolved_since(self.pairs_seen):
            named = code or "name:" + name.casefold()
            if self.keyed_by.setdefault(named, keyed) != keyed:
                self.live = False
                return True
            self.pairs_seen += 1
        return False

    def _fixed(self) -> dict[str, int]:
        return {"collaboration_id": self.collaboration_id, "import_id": self.import_id}

    def _create_areas(self) -> None:
        """New areas in the order commit_import creates them, each linked to its id before its rows are sent."""
        planned = list(self.index.new.values())
        for ref in planned[len(self.created) :]:
            area_id = self.writer.insert("area", new_area_row(self.collaboration_id, ref, self.kommun))
            self.created.append(created(self.index, ref, area_id))

    def _meets_stored_values(self, read: Reader, years: set[tuple[str, int]]) -> bool:
        """Whether values are stored for one of these surveys and years: commit_import then decides between new,
        replaced and unchanged values (and the overlap ends)."""
        for survey, year in years - self.years_checked:
            self.years_checked.add((survey, year))
            stored = read.scalar(
                "SELECT 1 FROM survey_result WHERE collaboration_id = :cid AND survey = :survey AND year = :year "
                "LIMIT 1", cid=self.collaboration_id, survey=survey, year=year,
            )
            if stored is not None:
                self.live = False
                return True
        return False

    def commit(self, report: ImportReport) -> ImportOutcome:
        """Commit what the writer holds: what commit_import would write for this report."""
        self.writer.execute(
            "UPDATE survey_import SET rows_accepted = :accepted, rows_rejected = :rejected, imported_at = :at "
            "WHERE id = :id",
            {"accepted": self.sent, "rejected": report.rejected, "at": utcnow(), "id": self.import_id},
        )
        self.writer.insert("audit_entry", import_audit(self.import_id, self.head.file_name, self.sha256, self.sent, 0,
                                                       self.created))
        self.report = report
        self.writer.commit()
        return self._outcome()

    def _outcome(self) -> ImportOutcome:
        return ImportOutcome(self.import_id, self.sent, [], self.created, 0)

    def committed(self) -> tuple[ImportReport, ImportOutcome] | None:
        """The import as committed, if the writer committed it after all (its survey_import row is there)."""
        if self.report is None or not self.import_id:
            return None
        with self.db.reading() as read:
            found = read.scalar("SELECT 1 FROM survey_import WHERE id = :id AND sha256 = :sha AND rows_accepted = :n",
                                id=self.import_id, sha=self.sha256, n=self.sent)
        return None if found is None else (self.report, self._outcome())

    def abort(self) -> None:
        self.writer.abort()
