"""Opening a survey file: size limit first, then what the bytes really are, then the right reader."""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

from samverka.core.progress import Progress, no_progress
from samverka.core.survey.csv_reader import read_csv
from samverka.core.survey.table import RawTable
from samverka.core.survey.xlsx_reader import read_xlsx, sheet_names
from samverka.errors import KnownError

MAX_FILE_BYTES = 50 * 1024 * 1024

_ZIP = b"PK\x03\x04"
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # the old .xls (and .doc) container


@dataclass(frozen=True)
class LoadedFile:
    table: RawTable
    sha256: str


def read_bytes(path: Path) -> bytes:
    """The whole file, refused before reading if it is too large or not a regular file."""
    name = path.name
    try:
        size = os.stat(path).st_size
    except OSError as exc:
        raise KnownError(
            f"Filen {path} kunde inte öppnas: {exc.strerror}. Kontrollera att den finns.",
            f"The file {path} could not be opened: {exc.strerror}. Check that it exists.",
        ) from exc
    if not path.is_file():
        raise KnownError(f"{path} är ingen fil. Välj en CSV- eller XLSX-fil.", f"{path} is not a file.")
    if size > MAX_FILE_BYTES:
        limit = MAX_FILE_BYTES // (1024 * 1024)
        raise KnownError(
            f"{name} är {size / 1048576:.0f} MB; största tillåtna storlek är {limit} MB. "
            "Dela upp filen eller ta bort blad och kolumner som inte behövs.",
            f"{name} is {size / 1048576:.0f} MB; the largest allowed size is {limit} MB. "
            "Split the file or remove sheets and columns that are not needed.",
        )
    if size == 0:
        raise _empty(name)
    try:
        return path.read_bytes()
    except OSError as exc:
        raise KnownError(
            f"Filen {path} kunde inte läsas: {exc.strerror}.", f"The file {path} could not be read: {exc.strerror}."
        ) from exc


def _empty(name: str) -> KnownError:
    return KnownError(f"{name} är tom. Välj en fil med data.", f"{name} is empty. Choose a file with data.")


def is_xlsx(path: Path, data: bytes) -> bool:
    """Decided by content, not the name: a .csv that is really an .xlsx is read as one, and vice versa."""
    if data.startswith(_ZIP):
        return True
    _refuse_known_binaries(path.name, data)
    return False


def _refuse_known_binaries(name: str, data: bytes) -> None:
    if data.startswith(b"%PDF"):
        raise KnownError(
            f"{name} är en PDF-fil, inte ett kalkylark. Hämta resultaten som Excel (.xlsx) eller CSV.",
            f"{name} is a PDF file, not a spreadsheet. Get the results as Excel (.xlsx) or CSV.",
        )
    if data.startswith(_OLE):
        raise KnownError(
            f"{name} är i det gamla Excel-formatet (.xls). Öppna den i Excel och spara som .xlsx eller CSV.",
            f"{name} is in the old Excel format (.xls). Open it in Excel and save it as .xlsx or CSV.",
        )
    if path_suffix(name) in (".xlsx", ".xlsm"):
        raise KnownError(
            f"{name} heter .xlsx men är ingen Excel-fil. Kontrollera att det är rätt fil, eller spara den på nytt.",
            f"{name} is named .xlsx but is not an Excel file. Check that it is the right file, or save it again.",
        )


def path_suffix(name: str) -> str:
    return Path(name).suffix.lower()


def load_file(path: Path, sheet: str | None = None, progress: Progress = no_progress) -> LoadedFile:
    data = read_bytes(path)
    digest = hashlib.sha256(data).hexdigest()
    if is_xlsx(path, data):
        table = read_xlsx(data, path.name, sheet)
    else:
        if sheet:
            raise KnownError(
                f"{path.name} är en CSV-fil och har inga ark; ta bort arkvalet.",
                f"{path.name} is a CSV file and has no sheets; remove the sheet choice.",
            )
        table = read_csv(data, path.name, progress)
    if not table.rows:
        raise _empty(path.name)
    progress(1.0)
    return LoadedFile(table, digest)


def list_sheets(path: Path) -> list[str]:
    """The sheet names of an XLSX file; [] for CSV."""
    data = read_bytes(path)
    return sheet_names(data, path.name) if is_xlsx(path, data) else []
