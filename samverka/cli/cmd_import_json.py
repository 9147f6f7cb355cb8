"""samverka import-json IN.json NEWFILE: a new collaboration file from a JSON export."""

from __future__ import annotations

import argparse
from pathlib import Path

from samverka.errors import KnownError


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "import-json", help="skapa en samverkan från en JSON-export / create a collaboration from a JSON export",
    )
    parser.add_argument("json_file", help="JSON-filen (från samverka export json)")
    parser.add_argument("file", help="den nya .samverka-filen eller databasadressen (får inte finnas)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from samverka.core.json_io import import_json

    source = Path(args.json_file)
    try:
        data = source.read_bytes()
    except OSError as exc:
        raise KnownError(
            f"{source} kunde inte läsas: {exc.strerror}. Kontrollera sökvägen.",
            f"{source} could not be read: {exc.strerror}. Check the path.",
        ) from exc
    db = import_json(data, args.file)
    print(db.location)
    db.close()
    return 0
