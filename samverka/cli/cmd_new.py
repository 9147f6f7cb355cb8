"""samverka new FILE --name NAME --kommun KOMMUN --lpo LPO [--start DATE --end DATE]"""

from __future__ import annotations

import argparse
import datetime as dt

from samverka.core.collaboration_service import new_collaboration


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("new", help="skapa en ny samverkan / create a new collaboration")
    parser.add_argument("file", help="ny .samverka-fil eller databasadress")
    parser.add_argument("--name", required=True)
    parser.add_argument("--kommun", default="")
    parser.add_argument("--lpo", default="", help="lokalpolisområde")
    parser.add_argument("--start", type=dt.date.fromisoformat, help="periodens start (ÅÅÅÅ-MM-DD)")
    parser.add_argument("--end", type=dt.date.fromisoformat, help="periodens slut (ÅÅÅÅ-MM-DD)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    db = new_collaboration(
        args.file, name=args.name, kommun=args.kommun, lokalpolisomrade=args.lpo,
        period_start=args.start, period_end=args.end,
    )
    print(db.location)
    db.close()
    return 0
