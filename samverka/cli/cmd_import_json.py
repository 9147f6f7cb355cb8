"""samverka import-json IN.json NEWFILE: a new collaboration file from a JSON export."""

from __future__ import annotations

import argparse
from pathlib import Path

from samverka.cli.words import t


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "import-json", help=t("skapa en samverkan från en JSON-export", "create a collaboration from a JSON export"),
    )
    parser.add_argument("json_file", metavar="JSON", help=t("JSON-filen (från samverka export json)",
                                                            "the JSON file (from samverka export json)"))
    parser.add_argument("file", metavar=t("FIL", "FILE"),
                        help=t("den nya .samverka-filen eller databasadressen (får inte finnas)",
                               "the new .samverka file or database URL (must not exist)"))
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from samverka.core.json_io import import_json

    db = import_json(Path(args.json_file), args.file)  # read as a stream; refused by size before reading
    print(db.location)
    db.close()
    return 0
