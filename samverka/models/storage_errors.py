"""SQLite failures the user can do something about, told apart by SQLite's result codes (not message text).

`sqlite3.Error.sqlite_errorcode` (Python ≥ 3.11) carries the extended result code; its low byte is the primary
code, which is what decides the class. Anything else is left alone: it is a bug and goes to the crash log.
"""

from __future__ import annotations

import sqlite3

from samverka.errors import FileRefusedError, KnownError, ReadOnlyError

# Primary result codes (https://sqlite.org/rescode.html).
SQLITE_PERM = 3
SQLITE_BUSY = 5
SQLITE_LOCKED = 6
SQLITE_NOMEM = 7
SQLITE_READONLY = 8
SQLITE_INTERRUPT = 9
SQLITE_IOERR = 10
SQLITE_CORRUPT = 11
SQLITE_FULL = 13
SQLITE_CANTOPEN = 14
SQLITE_NOTADB = 26

LOCKED = "locked"
READ_ONLY = "read-only"
FULL = "full"
IO = "io"
CORRUPT = "corrupt"
CANNOT_OPEN = "cannot-open"
TOO_SLOW = "too-slow"
NO_MEMORY = "no-memory"

_CLASSES = {
    SQLITE_BUSY: LOCKED,
    SQLITE_LOCKED: LOCKED,
    SQLITE_READONLY: READ_ONLY,
    SQLITE_PERM: READ_ONLY,
    SQLITE_FULL: FULL,
    SQLITE_IOERR: IO,
    SQLITE_CORRUPT: CORRUPT,
    SQLITE_NOTADB: CORRUPT,
    SQLITE_CANTOPEN: CANNOT_OPEN,
    SQLITE_INTERRUPT: TOO_SLOW,
    SQLITE_NOMEM: NO_MEMORY,
}


def error_class(exc: BaseException) -> str | None:
    """LOCKED, READ_ONLY, FULL, IO, CORRUPT, CANNOT_OPEN, TOO_SLOW, NO_MEMORY, or None for anything else."""
    code = getattr(exc, "sqlite_errorcode", None)
    if not isinstance(exc, sqlite3.Error) or not isinstance(code, int):
        return None
    return _CLASSES.get(code & 0xFF)


def storage_error(location: str, exc: BaseException, *, opening: bool = False) -> KnownError | None:
    """The one-line message for a storage failure of the collaboration at `location`, or None if it is a bug.

    `opening`: the failure happened while the file was being checked, before it was in use.
    """
    kind = error_class(exc)
    if kind == LOCKED:
        return (FileRefusedError if opening else KnownError)(
            f"{location} är låst av ett annat program. Stäng det programmet eller vänta en stund och försök igen.",
            f"{location} is locked by another program. Close that program or wait a moment and try again.",
        )
    if kind == READ_ONLY:
        return ReadOnlyError(
            f"{location} är skrivskyddad. Kopiera filen till en plats där du får skriva.",
            f"{location} is read-only. Copy the file to a place where you may write.",
        )
    if kind in (FULL, IO):
        return KnownError(
            f"Disken är full eller kunde inte skrivas eller läsas ({location}). Frigör utrymme eller kontrollera "
            "minnet/disken; den senaste ändringen sparades inte.",
            f"The disk is full or could not be written or read ({location}). Free some space or check the "
            "drive; the last change was not saved.",
        )
    if kind == CORRUPT:
        return damaged(location)
    if kind == CANNOT_OPEN:
        return FileRefusedError(
            f"{location} kunde inte öppnas. Kontrollera att filen finns och att du får läsa den.",
            f"{location} could not be opened. Check that the file exists and that you may read it.",
        )
    if kind == TOO_SLOW:
        return FileRefusedError(
            f"Det tog för lång tid att läsa {location}; filen kan vara skadad eller konstruerad för att låsa "
            "programmet. Den öppnas inte. Återställ en säkerhetskopia eller be om en ny fil.",
            f"Reading {location} took too long; the file may be damaged or built to hang the program. It is not "
            "opened. Restore a backup or ask for a new file.",
        )
    if kind == NO_MEMORY:
        return KnownError(
            f"Minnet räckte inte för att läsa {location}. Stäng andra program och försök igen.",
            f"There was not enough memory to read {location}. Close other programs and try again.",
        )
    return None


def damaged(location: str) -> FileRefusedError:
    return FileRefusedError(
        f"{location} är skadad och kan inte användas. Återställ en säkerhetskopia (Arkiv → Återställ).",
        f"{location} is damaged and cannot be used. Restore a backup (File → Restore).",
    )
