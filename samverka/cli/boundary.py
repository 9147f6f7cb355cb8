"""The command line's error boundary: every input problem ends as one line on stderr naming the file and what
to do; a real bug writes its traceback to a crash log and prints one line saying where it is.

Input problems are meant to become KnownError where the file is read (the readers know the file and the row);
the classes caught here are the safety net for any reader that missed one.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sqlite3
import sys
import traceback
import zipfile
from pathlib import Path

from samverka import __version__
from samverka.errors import KnownError, Text
from samverka.paths import logs_dir

EXIT_REFUSED = 1
EXIT_BUG = 70  # EX_SOFTWARE

# The arguments that name files a command reads, in the order they are worth naming.
_INPUT_ARGUMENTS = ("data", "json_file", "image", "pdf", "backup", "file")


def input_files(args: argparse.Namespace) -> list[str]:
    return [str(getattr(args, name)) for name in _INPUT_ARGUMENTS if getattr(args, name, None)]


def input_error(exc: BaseException, args: argparse.Namespace) -> Text | None:
    """The one-line message for an exception that comes from a bad input file, or None if it is a bug."""
    names = input_files(args)
    named = names[0] if names else "filen"
    kind = _kind(exc)
    if kind is None:
        return None
    what_sv, what_en = kind
    return Text(
        f"{named} kunde inte läsas: {what_sv}. Kontrollera att det är rätt fil och spara den på nytt; "
        "inget har ändrats.",
        f"{named} could not be read: {what_en}. Check that it is the right file and save it again; "
        "nothing was changed.",
    )


def _kind(exc: BaseException) -> tuple[str, str] | None:
    name = type(exc).__name__
    module = type(exc).__module__
    if isinstance(exc, UnicodeError):
        return "tecknen är inte i en kodning som kan läsas", "its characters are in an encoding that cannot be read"
    if isinstance(exc, RecursionError):
        return "innehållet är nästlat för djupt", "its content is nested too deeply"
    if isinstance(exc, zipfile.BadZipFile | zipfile.LargeZipFile):
        return "den är ingen giltig zip-/Excel-fil", "it is not a valid zip/Excel file"
    if module.startswith(("xml.", "lxml", "defusedxml")) or name in ("ParseError", "ExpatError", "XMLSyntaxError"):
        return "XML-innehållet är felaktigt", "its XML content is invalid"
    if name == "DecompressionBombError" or (module.startswith("PIL") and "Image" in name):
        return "bilden är för stor eller går inte att läsa", "the image is too large or cannot be read"
    if isinstance(exc, MemoryError):
        return "den kräver mer minne än datorn har", "it needs more memory than the computer has"
    if isinstance(exc, sqlite3.DatabaseError) or module.startswith("sqlalchemy"):
        from samverka.models.storage_errors import storage_error  # noqa: PLC0415

        orig = getattr(exc, "orig", exc)
        known = storage_error("", orig) if isinstance(orig, BaseException) else None
        if known is not None:
            return known.sv.strip(), known.en.strip()
        return "databasfilen är skadad eller inte Samverkas", "the database file is damaged or not Samverka's"
    return None


def write_crash_log(exc: BaseException) -> Path | None:
    """The traceback of a bug, in the user's log folder (0600); None if even that cannot be written."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    try:
        path = logs_dir() / f"crash-cli-{stamp}.log"
        text = "\n".join([
            f"Samverka {__version__} (command line)", f"Python {sys.version.split()[0]} on {sys.platform}",
            f"Arguments {sys.argv[1:]!r}", "", *traceback.format_exception(exc),
        ])
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
    except OSError:
        return None
    return path


def report(exc: BaseException, args: argparse.Namespace) -> int:
    """Print one line for `exc` and return the exit code."""
    if isinstance(exc, KnownError):
        print(f"samverka: {_one_line(str(exc))}", file=sys.stderr)
        return EXIT_REFUSED
    known = input_error(exc, args)
    log = write_crash_log(exc)  # an input a reader did not catch is a bug too: keep the details
    if known is not None:
        print(f"samverka: {_one_line(str(known))}", file=sys.stderr)
        return EXIT_REFUSED
    where_sv = f" Detaljerna finns i {log}." if log else ""
    where_en = f" The details are in {log}." if log else ""
    print("samverka: " + str(Text(
        f"Ett oväntat fel inträffade (ett programfel: {type(exc).__name__}).{where_sv} Skicka gärna filen till "
        "den som ansvarar för Samverka.",
        f"An unexpected error happened (a program error: {type(exc).__name__}).{where_en} Please send the file "
        "to whoever looks after Samverka.",
    )), file=sys.stderr)
    return EXIT_BUG


def _one_line(text: str) -> str:
    return " ".join(text.split())
