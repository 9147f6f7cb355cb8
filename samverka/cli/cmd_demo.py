"""samverka demo FILE: write the Lund demo collaboration."""

from __future__ import annotations

import argparse

from samverka.cli.words import t


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("demo", help=t("skriv demosamverkan (Lund)", "write the Lund demo"))
    parser.add_argument("file", metavar=t("FIL", "FILE"), help=t("ny .samverka-fil", "new .samverka file"))
    parser.add_argument("--large", action="store_true",
                        help=t("en stor samverkan för prestandatester", "a large collaboration for benchmarks"))
    parser.add_argument("--signed", action="store_true",
                        help=t("överenskommelsen undertecknad på papper", "the agreement signed on paper"))
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    if args.large:
        from samverka.core.large import build_large

        db = build_large(args.file)
    else:
        from samverka.core.demo import build_demo

        db = build_demo(args.file, signed=args.signed)
    print(db.location)
    db.close()
    return 0
