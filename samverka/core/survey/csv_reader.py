"""CSV as municipalities and police exports write it: any of three encodings and three separators."""

from __future__ import annotations

import codecs
import csv
import io
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import chain, islice
from operator import itemgetter
from typing import Any

from samverka.core.progress import Progress, no_progress
from samverka.core.survey.table import RawTable
from samverka.errors import KnownError, excerpt

DELIMITERS = ("\t", ";", ",")
_SNIFF_LINES = 60
_SHOWN_LINES = 5
# Limits (docs/limits.md): Excel's own for a cell and a row, and what a survey file needs with room to spare.
MAX_FIELD_CHARS = 32_767
MAX_FIELDS_PER_ROW = 16_384
MAX_ROW_CHARS = 1_000_000
MAX_ROWS = 1_000_000
MAX_CELLS = 2_000_000
# A row read from one line no longer than this has at most MAX_FIELDS_PER_ROW fields, no field over
# MAX_FIELD_CHARS and no more than MAX_ROW_CHARS characters: the per-row checks cannot fail for it.
_SAFE_LINE_CHARS = min(MAX_FIELDS_PER_ROW - 1, MAX_FIELD_CHARS, MAX_ROW_CHARS)
_CHUNK_CHARS = 1 << 20
_PROGRESS_EVERY = 8192  # lines between progress reports
_PLAIN_BATCH = 64  # rows read at a time from a file of short lines: at most about a million cells
_BATCH_ROWS = 4096  # rows handed out at a time
_FIRST_BATCH_ROWS = 512  # and fewer the first time, so that work on them starts soon


def decode(data: bytes, file_name: str = "Filen") -> tuple[str, str]:
    """The text and the encoding name: UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1252.

    Never guesses per line: a file that mixes UTF-8 lines with lines in another encoding is refused with the
    line numbers, because decoding it either way would silently change the other lines' letters.
    """
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            raise _unreadable() from None
    bom = data.startswith(codecs.BOM_UTF8)
    body = data[len(codecs.BOM_UTF8) :] if bom else data
    try:
        return body.decode("utf-8"), "utf-8-sig" if bom else "utf-8"
    except UnicodeDecodeError:
        pass
    utf8_lines, other_lines = _line_encodings(body, first_line=1)
    if utf8_lines or bom:
        raise _mixed(file_name, utf8_lines, other_lines, bom=bom)
    try:
        return body.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        raise _unreadable() from None


def _line_encodings(data: bytes, *, first_line: int) -> tuple[list[int], list[int]]:
    """Line numbers (the first few of each) with non-ASCII text that is UTF-8, and lines that are not UTF-8."""
    utf8: list[int] = []
    other: list[int] = []
    for number, line in enumerate(data.split(b"\n"), start=first_line):
        if line.isascii():
            continue
        try:
            line.decode("utf-8")
        except UnicodeDecodeError:
            if len(other) < _SHOWN_LINES:
                other.append(number)
        else:
            if len(utf8) < _SHOWN_LINES:
                utf8.append(number)
        if len(utf8) >= _SHOWN_LINES and len(other) >= _SHOWN_LINES:
            break
    return utf8, other


def _lines(numbers: list[int]) -> str:
    shown = ", ".join(str(n) for n in numbers[:_SHOWN_LINES])
    return shown + (" …" if len(numbers) >= _SHOWN_LINES else "")


def _mixed(file_name: str, utf8: list[int], other: list[int], *, bom: bool) -> KnownError:
    if bom and not utf8:
        return KnownError(
            f"{file_name} är märkt som UTF-8 men rad {_lines(other)} är det inte. Inget importerades. Spara filen "
            "på nytt som CSV UTF-8 (i Excel: Spara som → CSV UTF-8).",
            f"{file_name} is marked as UTF-8 but line {_lines(other)} is not. Nothing was imported. Save the file "
            "again as CSV UTF-8 (in Excel: Save as → CSV UTF-8).",
        )
    return KnownError(
        f"{file_name} blandar teckenkodningar: rad {_lines(utf8)} är UTF-8 men rad {_lines(other)} är i en annan "
        "kodning (troligen Windows-1252). Inget importerades, så inga bokstäver blev fel. Spara filen på nytt som "
        "CSV UTF-8 (i Excel: Spara som → CSV UTF-8).",
        f"{file_name} mixes character encodings: line {_lines(utf8)} is UTF-8 but line {_lines(other)} is in "
        "another encoding (probably Windows-1252). Nothing was imported, so no letters were changed. Save the "
        "file again as CSV UTF-8 (in Excel: Save as → CSV UTF-8).",
    )


def _unreadable() -> KnownError:
    return KnownError(
        "Filens tecken kunde inte läsas (varken UTF-8 eller Windows-1252). Spara den som CSV UTF-8 och försök igen.",
        "The file's characters could not be read (neither UTF-8 nor Windows-1252). Save it as CSV UTF-8 and retry.",
    )


def _binary(file_name: str) -> KnownError:
    return KnownError(
        f"{file_name} ser ut att vara en binär fil, inte en CSV-fil. Välj en CSV- eller XLSX-fil.",
        f"{file_name} looks like a binary file, not a CSV file. Choose a CSV or XLSX file.",
    )


def sniff_delimiter(text: str) -> str:
    """The separator that splits the most sample lines into the same number (at least two) of fields."""
    sample = [line for line in text[:200_000].splitlines()[:_SNIFF_LINES] if line.strip()]
    best, best_score = ",", -1
    for delimiter in DELIMITERS:
        try:
            widths = [len(row) for row in csv.reader(sample, delimiter=delimiter)]
        except csv.Error:
            continue
        counts = Counter(width for width in widths if width > 1)
        if not counts:
            continue
        width, rows = counts.most_common(1)[0]
        score = rows * 1000 + width
        if score > best_score:
            best, best_score = delimiter, score
    return best


@dataclass(frozen=True)
class CsvText:
    """A CSV file decoded and checked as a whole (encoding, size, separator), its rows not yet split."""

    file_name: str
    text: str
    encoding: str
    delimiter: str
    lines_are_safe: bool  # no line long enough to break a per-row bound


def open_csv(data: bytes, file_name: str) -> CsvText:
    utf16 = data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))
    if not utf16 and b"\x00" in data[:65536]:
        raise _binary(file_name)
    text, encoding = decode(data, file_name)
    if "\x00" in text:
        raise _binary(file_name)
    lines_are_safe = _check_lines(text, file_name)
    return CsvText(file_name, text, encoding, sniff_delimiter(text), lines_are_safe)


def read_csv(data: bytes, file_name: str, progress: Progress = no_progress) -> RawTable:
    source = open_csv(data, file_name)
    rows: list[list[object]] = []
    numbers: list[int] = []
    for batch, batch_numbers in csv_batches(source, progress):
        rows += batch
        numbers += batch_numbers
    return RawTable(file_name, rows, numbers, encoding=source.encoding, delimiter=source.delimiter, all_text=True)


Batch = tuple[list[list[object]], list[int]]


def csv_batches(source: CsvText, progress: Progress = no_progress) -> Iterator[Batch]:
    """The rows that hold anything, with their line numbers, a few thousand at a time (so the caller may work on
    the first rows while the rest are split); every limit is checked before a row is handed out."""
    file_name = source.file_name
    reader = csv.reader(_physical_lines(source.text, short=source.lines_are_safe), delimiter=source.delimiter)
    lines = max(1, source.text.count("\n"))
    try:
        if source.lines_are_safe and '"' not in source.text:
            # No quote: every line is one row (a blank line an empty one), none can break a per-row bound.
            yield from _plain_batches(reader, file_name, progress, lines)
            return
        yield from _checked_batches(reader, source, progress, lines)
    except csv.Error as exc:
        detail = excerpt(str(exc), 80)
        raise KnownError(
            f"{file_name} kunde inte läsas som CSV (rad {reader.line_num}): {detail}. Kontrollera citattecknen.",
            f"{file_name} could not be read as CSV (line {reader.line_num}): {detail}. Check the quote characters.",
        ) from exc


def _checked_batches(reader: Any, source: CsvText, progress: Progress, lines: int) -> Iterator[Batch]:
    """Row by row, each checked where a quoted field can make one row of several lines (or a long line)."""
    file_name = source.file_name
    rows: list[list[object]] = []
    numbers: list[int] = []
    cells = 0
    last_line = 0
    size = _FIRST_BATCH_ROWS
    for row in reader:
        line = reader.line_num
        if not source.lines_are_safe or line != last_line + 1:  # a long line, or a row over several lines
            _check_row(row, line, file_name)
        last_line = line
        if not line % _PROGRESS_EVERY:
            progress(line / lines)
        cells += len(row)
        if cells > MAX_CELLS:
            raise _too_big(file_name, f"den har fler än {MAX_CELLS} celler", f"it has more than {MAX_CELLS} cells")
        if (row and row[0].strip()) or "".join(row).strip():
            rows.append(row)
            numbers.append(line)
            if len(rows) >= size:
                yield rows, numbers
                rows, numbers, size = [], [], _BATCH_ROWS
    if rows:
        yield rows, numbers


def _plain_batches(reader: Iterator[list[str]], file_name: str, progress: Progress, lines: int) -> Iterator[Batch]:
    """All rows of a file whose every row is one short line, a few at a time (so the cell limit still stops
    a huge file early): the same rows and line numbers as the row-by-row loop, with less work per row."""
    cells = 0
    line = 0
    size = _FIRST_BATCH_ROWS
    rows: list[list[object]] = []
    numbers: list[int] = []
    while batch := list(islice(reader, _PLAIN_BATCH)):
        cells += sum(map(len, batch))
        if cells > MAX_CELLS:
            raise _too_big(file_name, f"den har fler än {MAX_CELLS} celler", f"it has more than {MAX_CELLS} cells")
        if min(map(len, batch)) and all(map(str.strip, map(_first, batch))):
            rows += batch  # type: ignore[arg-type]  # no blank row among them (the usual case)
            numbers += range(line + 1, line + len(batch) + 1)
            line += len(batch)
        else:
            for row in batch:
                line += 1
                if (row and row[0].strip()) or "".join(row).strip():
                    rows.append(row)  # type: ignore[arg-type]  # list[str] is a list of cells
                    numbers.append(line)
        if line % _PROGRESS_EVERY < _PLAIN_BATCH:
            progress(line / lines)
        if len(rows) >= size:
            yield rows, numbers
            rows, numbers, size = [], [], _BATCH_ROWS
    if rows:
        yield rows, numbers


_first = itemgetter(0)


def _check_lines(text: str, file_name: str) -> bool:
    """Measured on the text before the csv module builds anything from it (no copies of a giant line). True when
    every line is short enough that a row read from one line cannot break a bound."""
    if text.count("\n") > MAX_ROWS:
        raise _too_big(file_name, f"den har fler än {MAX_ROWS} rader", f"it has more than {MAX_ROWS} lines")
    unsafe = first_long_line(text, _SAFE_LINE_CHARS)
    if unsafe < 0:
        return True
    long_line = first_long_line(text, MAX_ROW_CHARS, unsafe)  # only a line longer than that can be too long
    if long_line >= 0:
        line = text.count("\n", 0, long_line) + 1
        raise _too_big(file_name, f"rad {line} har fler än {MAX_ROW_CHARS} tecken",
                       f"line {line} has more than {MAX_ROW_CHARS} characters")
    return False


def first_long_line(text: str, limit: int, start: int = 0) -> int:
    """Where the first line (from the line that begins at `start`) with more than `limit` characters begins, or -1.
    Window by window: each step jumps past the last line end within `limit` + 1 characters, so a file of short
    lines takes about len(text) / limit steps."""
    position = start
    while position + limit < len(text):
        end = text.rfind("\n", position, position + limit + 1)
        if end < 0:
            return position
        position = end + 1
    return -1


def _physical_lines(text: str, *, short: bool) -> Iterator[str]:
    """The lines of `text` with their ends, split at "\n" only (as the csv module counts them). When every line is
    short, a chunk at a time through io.StringIO, chained in C (quick); otherwise one slice at a time (io.StringIO
    keeps 4 bytes a character, too much for a long line)."""
    if short:
        return chain.from_iterable(_chunks(text))
    return _slices(text)


def _chunks(text: str) -> Iterator[io.StringIO]:
    start = 0
    while start < len(text):
        end = text.find("\n", start + _CHUNK_CHARS)
        end = len(text) if end < 0 else end + 1
        yield io.StringIO(text[start:end], newline="\n")
        start = end


def _slices(text: str) -> Iterator[str]:
    start = 0
    while start < len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end + 1
        yield text[start:end]
        start = end


def _check_row(row: list[str], line: int, file_name: str) -> None:
    if len(row) > MAX_FIELDS_PER_ROW:
        raise _too_big(file_name, f"rad {line} har fler än {MAX_FIELDS_PER_ROW} fält",
                       f"line {line} has more than {MAX_FIELDS_PER_ROW} fields")
    longest = max(map(len, row), default=0)
    if longest > MAX_FIELD_CHARS:
        raise _too_big(file_name, f"ett fält på rad {line} har fler än {MAX_FIELD_CHARS} tecken",
                       f"a field on line {line} has more than {MAX_FIELD_CHARS} characters")
    if sum(map(len, row)) > MAX_ROW_CHARS:
        raise _too_big(file_name, f"rad {line} har fler än {MAX_ROW_CHARS} tecken",
                       f"line {line} has more than {MAX_ROW_CHARS} characters")


def _too_big(file_name: str, why_sv: str, why_en: str) -> KnownError:
    return KnownError(
        f"{file_name} läses inte: {why_sv}. Så ser inga enkätresultat ut; kontrollera att det är rätt fil.",
        f"{file_name} is not read: {why_en}. Survey results do not look like this; check that it is the right file.",
    )
