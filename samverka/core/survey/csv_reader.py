"""CSV as municipalities and police exports write it: any of three encodings and three separators."""

from __future__ import annotations

import codecs
import csv
import io
from collections import Counter

from samverka.core.survey.table import RawTable
from samverka.errors import KnownError

DELIMITERS = ("\t", ";", ",")
_SNIFF_LINES = 60


def decode(data: bytes) -> tuple[str, str]:
    """The text and the encoding name: UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1252."""
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8) :].decode("utf-8", errors="strict"), "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            raise _unreadable() from None
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        raise _unreadable() from None


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


def read_csv(data: bytes, file_name: str) -> RawTable:
    utf16 = data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))
    if not utf16 and b"\x00" in data[:65536]:
        raise _binary(file_name)
    text, encoding = decode(data)
    if "\x00" in text:
        raise _binary(file_name)
    delimiter = sniff_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    rows: list[list[object]] = []
    numbers: list[int] = []
    try:
        for row in reader:
            if "".join(row).strip():
                rows.append(row)  # type: ignore[arg-type]  # list[str] is a list of cells
                numbers.append(reader.line_num)
    except csv.Error as exc:
        raise KnownError(
            f"{file_name} kunde inte läsas som CSV (rad {reader.line_num}): {exc}. Kontrollera citattecknen.",
            f"{file_name} could not be read as CSV (line {reader.line_num}): {exc}. Check the quote characters.",
        ) from exc
    return RawTable(file_name, rows, numbers, encoding=encoding, delimiter=delimiter)
