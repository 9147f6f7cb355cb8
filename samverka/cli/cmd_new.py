"""samverka new FILE --name NAME --kommun KOMMUN --lpo LPO [--start DATE --end DATE]"""

from __future__ import annotations

import argparse

from samverka.cli.words import date_argument, t


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("new", help=t("skapa en ny samverkan", "create a new collaboration"))
    parser.add_argument("file", metavar=t("FIL", "FILE"),
                        help=t("ny .samverka-fil eller databasadress", "new .samverka file or database URL"))
    parser.add_argument("--name", required=True, help=t("samverkans namn", "the collaboration's name"))
    parser.add_argument("--kommun", default="", help=t("kommunen", "the municipality"))
    parser.add_argument("--lpo", default="", help=t("lokalpolisområdet", "the local police area"))
    parser.add_argument("--start", type=date_argument, help=t("periodens start (ÅÅÅÅ-MM-DD)",
                                                              "the period's start (YYYY-MM-DD)"))
    parser.add_argument("--end", type=date_argument, help=t("periodens slut (ÅÅÅÅ-MM-DD)",
                                                            "the period's end (YYYY-MM-DD)"))
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from samverka.core.collaboration_service import new_collaboration  # noqa: PLC0415

    db = new_collaboration(
        args.file, name=args.name, kommun=args.kommun, lokalpolisomrade=args.lpo,
        period_start=args.start, period_end=args.end, parties=True,
    )
    print(db.location)
    db.close()
    return 0
