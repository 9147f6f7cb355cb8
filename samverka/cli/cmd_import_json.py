"""samverka import-json IN.json NEWFILE: a new collaboration file from a JSON export."""

from __future__ import annotations

import argparse
from pathlib import Path


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "import-json", help="skapa en samverkan från en JSON-export / create a collaboration from a JSON export",
    )
    parser.add_argument("json_file", help="JSON-filen (från samverka export json)")
    parser.add_argument("file", help="den nya .samverka-filen eller databasadressen (får inte finnas)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from samverka.core.json_io import import_json

    db = import_json(Path(args.json_file), args.file)  # read as a stream; refused by size before reading
    print(db.location)
    db.close()
    return 0
