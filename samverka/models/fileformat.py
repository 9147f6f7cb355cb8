"""Recognising a Samverka file before anything is written to it."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from samverka.errors import FileRefusedError

# "SAMV" in ASCII; SQLite stores it in the header so other programs' databases are told apart.
APPLICATION_ID = 0x53414D56
SQLITE_MAGIC = b"SQLite format 3\x00"
SUFFIX = ".samverka"


@dataclass(frozen=True)
class FileHeader:
    application_id: int
    user_version: int


def read_header(path: Path) -> FileHeader:
    """Read application_id and user_version from the 100-byte header, without opening the database."""
    with path.open("rb") as handle:
        head = handle.read(100)
    if len(head) < 100 or not head.startswith(SQLITE_MAGIC):
        raise _not_samverka(path, "den är inte en databasfil", "it is not a database file")
    user_version = int.from_bytes(head[60:64], "big")
    application_id = int.from_bytes(head[68:72], "big")
    return FileHeader(application_id=application_id, user_version=user_version)


def check_openable(path: Path, head_version: int) -> FileHeader:
    """Refuse anything but a readable Samverka file of a schema this version knows."""
    if not path.exists():
        raise FileRefusedError(
            f"Filen {path} finns inte. Kontrollera sökvägen eller skapa en ny samverkan.",
            f"The file {path} does not exist. Check the path or create a new collaboration.",
        )
    if path.is_dir():
        raise FileRefusedError(
            f"{path} är en mapp, inte en samverkansfil.", f"{path} is a folder, not a collaboration file."
        )
    try:
        header = read_header(path)
    except PermissionError as exc:
        raise FileRefusedError(
            f"Filen {path} kan inte läsas (behörighet saknas). Be om läsrättighet eller kopiera filen.",
            f"The file {path} cannot be read (permission denied). Ask for read access or copy the file.",
        ) from exc
    if header.application_id != APPLICATION_ID:
        raise _not_samverka(path, "den tillhör ett annat program", "it belongs to another program")
    if header.user_version > head_version:
        raise FileRefusedError(
            f"Filen {path} är skapad med en nyare version av Samverka (schema {header.user_version}). "
            "Uppdatera Samverka för att öppna den. Filen har inte ändrats.",
            f"The file {path} was made by a newer Samverka (schema {header.user_version}). "
            "Update Samverka to open it. The file was not changed.",
        )
    _check_integrity(path)
    return header


def _check_integrity(path: Path) -> None:
    uri = f"file:{path}?mode=ro"
    try:
        conn = sqlite3.connect(uri, uri=True, timeout=2.0)
        try:
            row = conn.execute("PRAGMA quick_check").fetchone()
        finally:
            conn.close()
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            raise FileRefusedError(
                f"Filen {path} är låst av ett annat program. Stäng det programmet och försök igen.",
                f"The file {path} is locked by another program. Close that program and try again.",
            ) from exc
        raise _corrupt(path) from exc
    except sqlite3.DatabaseError as exc:
        raise _corrupt(path) from exc
    if not row or row[0] != "ok":
        raise _corrupt(path)


def _corrupt(path: Path) -> FileRefusedError:
    return FileRefusedError(
        f"Filen {path} är skadad och kan inte öppnas. Återställ en säkerhetskopia (Arkiv → Återställ).",
        f"The file {path} is damaged and cannot be opened. Restore a backup (File → Restore).",
    )


def _not_samverka(path: Path, why_sv: str, why_en: str) -> FileRefusedError:
    return FileRefusedError(
        f"Filen {path} är ingen Samverka-fil: {why_sv}. Välj en .samverka-fil. Filen har inte ändrats.",
        f"The file {path} is not a Samverka file: {why_en}. Choose a .samverka file. The file was not changed.",
    )
