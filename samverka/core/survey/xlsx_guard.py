"""Checks an XLSX file must pass before openpyxl sees it, so a small crafted file cannot take gigabytes or hours.

An XLSX is a zip of XML files. Before anything is unpacked: the zip's directory (how many members, each
member's size unpacked, the total, and how much each one is compressed). Then every XML member is read as a
stream (one megabyte at a time, never whole) and refused if it declares a DTD or entities, and the sheets and the
shared-string table are counted: cells per row, characters in one cell, cells in all, shared strings.
The limits follow Excel's own (16,384 columns, 32,767 characters in a cell) with room to spare; docs/limits.md.
"""

from __future__ import annotations

import re
import struct
import zipfile
from io import BytesIO

from samverka.errors import KnownError, excerpt

MAX_MEMBERS = 1000
MAX_MEMBER_BYTES = 150 * 1024 * 1024  # one member, unpacked
MAX_TOTAL_BYTES = 300 * 1024 * 1024  # all members, unpacked
MAX_RATIO = 200  # unpacked size / packed size, for members over RATIO_FROM bytes
RATIO_FROM = 1024 * 1024
MAX_CELLS_PER_ROW = 16_384  # Excel's last column is XFD
MAX_CELL_BYTES = 256 * 1024  # one <c> or <si> element (Excel holds at most 32,767 characters in a cell)
MAX_CELLS = 2_000_000  # in all sheets together (a 100,000-row long-format survey has 1.5 million)
MAX_SHARED_STRINGS = 2_000_000

_CHUNK = 1024 * 1024
_OVERLAP = 64
# Openings of rows, cells and shared strings, and the ends of the elements that hold them. The ends of single
# cells and strings are not matched (half the matches): a cell's size is measured to whatever comes next.
_PREFIX = rb"(?:[A-Za-z_][\w.-]{0,20}:)?"
_TAG = re.compile(
    rb"<(?:/" + _PREFIX + rb"(?P<end>row|sheetData|sst)|" + _PREFIX + rb"(?:(?P<row>row)|(?P<cell>c)|(?P<string>si)))"
    rb"(?=[\s/>])"
)
_EOCD = b"PK\x05\x06"


def check_xlsx(data: bytes, file_name: str) -> None:
    """Refuse (KnownError) an XLSX that would cost too much to read; returns quietly for a sound file."""
    _check_directory(data, file_name)
    try:
        with zipfile.ZipFile(BytesIO(data)) as archive:
            members = archive.infolist()
            _check_sizes(members, file_name)
            counts = _Counts(file_name)
            for member in members:
                if member.filename.endswith((".xml", ".rels", ".vml")) or member.filename == "[Content_Types].xml":
                    _scan(archive, member, counts)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, OSError, ValueError, NotImplementedError) as exc:
        raise _unreadable(file_name) from exc


def _check_directory(data: bytes, file_name: str) -> None:
    """The zip's own count and directory size, read from its end record before zipfile builds a list of it."""
    at = data.rfind(_EOCD, max(0, len(data) - 65_557))
    if at < 0 or len(data) - at < 22:
        raise _unreadable(file_name)
    _sig, _disk, _cd_disk, _here, total, cd_size, _cd_offset, _comment = struct.unpack("<4s4H2LH", data[at : at + 22])
    if total == 0xFFFF or cd_size == 0xFFFFFFFF:
        raise _too_big(file_name, "zip-filen är i formatet för mycket stora arkiv", "the zip is in the format for "
                       "very large archives")
    if total > MAX_MEMBERS or cd_size > MAX_MEMBERS * 1024:
        raise _too_big(file_name, f"den innehåller fler än {MAX_MEMBERS} delar", f"it holds more than "
                       f"{MAX_MEMBERS} parts")


def _check_sizes(members: list[zipfile.ZipInfo], file_name: str) -> None:
    if len(members) > MAX_MEMBERS:
        raise _too_big(file_name, f"den innehåller fler än {MAX_MEMBERS} delar", f"it holds more than "
                       f"{MAX_MEMBERS} parts")
    total = 0
    for member in members:
        name = excerpt(member.filename, 40)
        if member.file_size > MAX_MEMBER_BYTES:
            raise _too_big(
                file_name, f"delen {name} blir {member.file_size // 1048576} MB uppackad",
                f"the part {name} unpacks to {member.file_size // 1048576} MB",
            )
        if member.file_size > RATIO_FROM and member.file_size > MAX_RATIO * max(member.compress_size, 1):
            raise _too_big(
                file_name, f"delen {name} är packad mer än {MAX_RATIO} gånger (en zip-bomb)",
                f"the part {name} is compressed more than {MAX_RATIO} times (a zip bomb)",
            )
        total += member.file_size
    if total > MAX_TOTAL_BYTES:
        raise _too_big(file_name, f"den blir {total // 1048576} MB uppackad", f"it unpacks to {total // 1048576} MB")


class _Counts:
    """Running counts over one XML member, fed tag by tag."""

    def __init__(self, file_name: str) -> None:
        self.file_name = file_name
        self.open_at: int | None = None  # where the current <c> or <si> began
        self.cells_in_row = 0
        self.row_number = 0
        self.cells = 0  # in all sheets
        self.strings = 0

    def next_member(self) -> None:
        self.open_at = None
        self.cells_in_row = 0
        self.row_number = 0

    def feed(self, buffer: bytes, base: int, limit: int) -> int:
        """Count the tags that start before `limit`; returns where the last one ended. (One loop with locals:
        it runs once per cell of the file.)"""
        open_at, in_row, row, cells, strings, cut = (
            self.open_at, self.cells_in_row, self.row_number, self.cells, self.strings, 0)
        try:
            for match in _TAG.finditer(buffer, 0, len(buffer)):
                start = match.start()
                if start >= limit:
                    break
                at = base + start
                if open_at is not None and at - open_at > MAX_CELL_BYTES:
                    self.open_at, self.row_number = open_at, row
                    self.check_open(at)
                kind = match.lastgroup
                if kind == "cell":
                    open_at = at
                    cells += 1
                    in_row += 1
                    if in_row > MAX_CELLS_PER_ROW:
                        raise _too_big(self.file_name, f"rad {row} har fler än {MAX_CELLS_PER_ROW} celler",
                                       f"row {row} has more than {MAX_CELLS_PER_ROW} cells")
                elif kind == "string":
                    open_at = at
                    strings += 1
                elif kind == "row":
                    open_at, row, in_row = None, row + 1, 0
                else:
                    open_at = None
                cut = match.end()
        finally:
            self.open_at, self.cells_in_row, self.row_number, self.cells, self.strings = (
                open_at, in_row, row, cells, strings)
        if self.cells > MAX_CELLS:
            raise _too_big(self.file_name, f"den har fler än {MAX_CELLS} celler", f"it has more than {MAX_CELLS} cells")
        if self.strings > MAX_SHARED_STRINGS:
            raise _too_big(self.file_name, f"den har fler än {MAX_SHARED_STRINGS} delade texter",
                           f"it has more than {MAX_SHARED_STRINGS} shared strings")
        return cut

    def check_open(self, now: int) -> None:
        if self.open_at is not None and now - self.open_at > MAX_CELL_BYTES:
            raise _too_big(
                self.file_name,
                f"en cell (rad {self.row_number}) är större än {MAX_CELL_BYTES // 1024} kB"
                if self.row_number else f"en text är större än {MAX_CELL_BYTES // 1024} kB",
                f"a cell (row {self.row_number}) is larger than {MAX_CELL_BYTES // 1024} kB"
                if self.row_number else f"a text is larger than {MAX_CELL_BYTES // 1024} kB",
            )


def _scan(archive: zipfile.ZipFile, member: zipfile.ZipInfo, counts: _Counts) -> None:
    file_name = counts.file_name
    counts.next_member()
    counted = member.filename.startswith("xl/worksheets/") or member.filename.endswith("sharedStrings.xml")
    pending = b""
    base = 0  # where pending[0] is in the member
    with archive.open(member) as stream:
        while True:
            chunk = stream.read(_CHUNK)
            final = not chunk
            buffer = pending + chunk
            if b"<!DOCTYPE" in buffer or b"<!ENTITY" in buffer:
                raise KnownError(
                    f"{file_name} innehåller XML med egna definitioner (DTD), som Excel aldrig skriver. Filen läses "
                    "inte; spara den på nytt från Excel som .xlsx eller CSV.",
                    f"{file_name} holds XML with its own definitions (a DTD), which Excel never writes. The file is "
                    "not read; save it again from Excel as .xlsx or CSV.",
                )
            limit = len(buffer) if final else len(buffer) - _OVERLAP
            cut = counts.feed(buffer, base, limit) if counted else 0
            cut = len(buffer) if final else max(cut, limit)
            pending = buffer[cut:]
            base += cut
            if counted:
                counts.check_open(base + len(pending))
            if final:
                return


def _too_big(file_name: str, why_sv: str, why_en: str) -> KnownError:
    return KnownError(
        f"{file_name} läses inte: {why_sv}. Så ser inga enkätresultat ut; kontrollera att det är rätt fil, eller "
        "spara bara bladet med resultaten som en ny .xlsx eller CSV.",
        f"{file_name} is not read: {why_en}. Survey results do not look like this; check that it is the right "
        "file, or save only the sheet with the results as a new .xlsx or CSV.",
    )


def _unreadable(file_name: str) -> KnownError:
    return KnownError(
        f"{file_name} kunde inte läsas som Excel-fil (.xlsx). Den kan vara skadad eller i ett annat format; "
        "öppna den i Excel och spara som .xlsx eller CSV.",
        f"{file_name} could not be read as an Excel file (.xlsx). It may be damaged or in another format; "
        "open it in Excel and save it as .xlsx or CSV.",
    )
