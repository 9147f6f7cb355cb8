"""Recognising a Samverka file before anything is written to it."""

from __future__ import annotations

import os
import sqlite3
import stat
from dataclasses import dataclass
from pathlib import Path

from samverka.errors import FileRefusedError
from samverka.models.guarded import inspecting
from samverka.models.storage_errors import damaged
from samverka.models.vetting import revision_for, vet_schema

# "SAMV" in ASCII; SQLite stores it in the header so other programs' databases are told apart.
APPLICATION_ID = 0x53414D56
SQLITE_MAGIC = b"SQLite format 3\x00"
SUFFIX = ".samverka"


@dataclass(frozen=True)
class FileHeader:
    application_id: int
    user_version: int


def read_header(path: Path, shown: Path | None = None) -> FileHeader:
    """Read application_id and user_version from the 100-byte header, without opening the database."""
    with path.open("rb") as handle:
        head = handle.read(100)
    if len(head) < 100 or not head.startswith(SQLITE_MAGIC):
        raise _not_samverka(shown or path, "den är inte en databasfil", "it is not a database file")
    user_version = int.from_bytes(head[60:64], "big")
    application_id = int.from_bytes(head[68:72], "big")
    return FileHeader(application_id=application_id, user_version=user_version)


def check_header(path: Path, head_version: int, *, shown: Path | None = None) -> FileHeader:
    """A Samverka file by its 100-byte header (application_id, a schema this version knows). Reads nothing else."""
    shown = shown or path
    if not path.exists():
        raise FileRefusedError(
            f"Filen {shown} finns inte. Kontrollera sökvägen eller skapa en ny samverkan.",
            f"The file {shown} does not exist. Check the path or create a new collaboration.",
        )
    if path.is_dir():
        raise FileRefusedError(
            f"{shown} är en mapp, inte en samverkansfil.", f"{shown} is a folder, not a collaboration file."
        )
    try:
        header = read_header(path, shown)
    except PermissionError as exc:
        raise FileRefusedError(
            f"Filen {shown} kan inte läsas (behörighet saknas). Be om läsrättighet eller kopiera filen.",
            f"The file {shown} cannot be read (permission denied). Ask for read access or copy the file.",
        ) from exc
    if header.application_id != APPLICATION_ID:
        raise _not_samverka(shown, "den tillhör ett annat program", "it belongs to another program")
    _refuse_newer(shown, header.user_version, head_version)
    return header


def check_openable(path: Path, head_version: int, *, shown: Path | None = None) -> FileHeader:
    """Refuse anything but a readable Samverka file of a schema this version knows, holding nothing but our
    tables. Reads only; the file's own SQL never runs (see samverka.models.vetting). `shown`: the name to use
    in messages when `path` is a private copy."""
    shown = shown or path
    header = check_header(path, head_version, shown=shown)
    check_companions(path, shown)
    with inspecting(path, shown=shown) as conn:
        # The header on disk lags while another process has the version stamp only in its WAL: ask SQLite.
        live = int(conn.execute("PRAGMA user_version").fetchone()[0])
        _refuse_newer(shown, live, head_version)
        revision = revision_for(live) if live else None
        if revision is None:
            raise _empty(shown)
        vet_schema(conn, shown, revision)
        row = conn.execute("PRAGMA quick_check").fetchone()
        if not row or row[0] != "ok":
            raise damaged(str(shown))
        _check_stamp(conn, shown, revision)
        if live < head_version and conn.execute("SELECT 1 FROM collaboration LIMIT 1").fetchone() is None:
            raise _empty(shown)  # never upgrade a file with nothing in it
    return FileHeader(application_id=header.application_id, user_version=live)


COMPANIONS = ("-wal", "-shm", "-journal")


def check_companions(path: Path, shown: Path | None = None) -> None:
    """SQLite writes into FILE-wal, FILE-shm and FILE-journal beside the file and would follow a link planted
    there onto any file of the user's: such a link (or a folder, a device) is refused before SQLite opens."""
    for suffix in COMPANIONS:
        companion = Path(f"{path}{suffix}")
        try:
            info = os.lstat(companion)
        except FileNotFoundError:
            continue
        if not stat.S_ISREG(info.st_mode):
            name = f"{shown or path}{suffix}"
            raise FileRefusedError(
                f"{name} är ingen vanlig fil (till exempel en länk till en annan fil), så {shown or path} öppnas "
                "inte; ingenting har ändrats. Ta bort den om du inte vet varför den finns.",
                f"{name} is not a regular file (for example a link to another file), so {shown or path} is not "
                "opened; nothing was changed. Remove it unless you know why it is there.",
            )


def _refuse_newer(path: Path, version: int, head_version: int) -> None:
    if version > head_version:
        raise FileRefusedError(
            f"Filen {path} är skapad med en nyare version av Samverka (schema {version}). "
            "Uppdatera Samverka för att öppna den. Filen har inte ändrats.",
            f"The file {path} was made by a newer Samverka (schema {version}). "
            "Update Samverka to open it. The file was not changed.",
        )


def _check_stamp(conn: sqlite3.Connection, path: Path, revision: str) -> None:
    stamps = conn.execute("SELECT version_num FROM alembic_version").fetchmany(2)
    if [tuple(row) for row in stamps] != [(revision,)]:
        raise FileRefusedError(
            f"Filen {path} öppnas inte: dess versionsuppgifter stämmer inte överens. Filen har inte ändrats; "
            "be om en ny fil eller återställ en säkerhetskopia.",
            f"The file {path} is not opened: its version records disagree. The file was not changed; ask for a "
            "new file or restore a backup.",
        )


def _empty(path: Path) -> FileRefusedError:
    return FileRefusedError(
        f"Filen {path} innehåller ingen samverkan (den kan vara ofärdig). Filen har inte ändrats; skapa en ny "
        "samverkan eller återställ en säkerhetskopia.",
        f"The file {path} holds no collaboration (it may be unfinished). The file was not changed; create a new "
        "collaboration or restore a backup.",
    )


def _not_samverka(path: Path, why_sv: str, why_en: str) -> FileRefusedError:
    return FileRefusedError(
        f"Filen {path} är ingen Samverka-fil: {why_sv}. Välj en .samverka-fil. Filen har inte ändrats.",
        f"The file {path} is not a Samverka file: {why_en}. Choose a .samverka file. The file was not changed.",
    )
