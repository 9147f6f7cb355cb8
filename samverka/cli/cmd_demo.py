"""samverka demo FILE: write the Lund demo collaboration."""

from __future__ import annotations

import argparse


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("demo", help="skriv demosamverkan (Lund) / write the Lund demo")
    parser.add_argument("file", help="ny .samverka-fil")
    parser.add_argument("--large", action="store_true",
                        help="en stor samverkan för prestandatester / a large collaboration for benchmarks")
    parser.add_argument("--signed", action="store_true",
                        help="överenskommelsen undertecknad på papper / the agreement signed on paper")
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
