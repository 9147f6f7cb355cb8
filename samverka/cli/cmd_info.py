"""samverka info FILE [--json]: name, period, parties, the ten steps (what is missing and where to fix it, and
advice) and counts. Never changes the file. Swedish unless --lang en."""

from __future__ import annotations

import argparse
import json

from samverka.cli.words import t
from samverka.errors import language


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("info", help=t("visa en sammanfattning", "show a summary"))
    parser.add_argument("file", metavar=t("FIL", "FILE"),
                        help=t(".samverka-fil eller databasadress", ".samverka file or database URL"))
    parser.add_argument("--json", action="store_true", help=t("skriv JSON", "print JSON"))
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from samverka.core.collaboration_service import open_collaboration
    from samverka.core.overview import COUNT_LABELS, overview

    db = open_collaboration(args.file, read_only=True)
    try:
        summary = overview(db)
    finally:
        db.close()
    if args.json:
        print(json.dumps(summary.as_json(), ensure_ascii=False, indent=2))
        return 0
    english = language() == "en"
    period = f"{summary.period_start or '?'} – {summary.period_end or '?'}"
    print(summary.name)
    print(f"  {'Municipality' if english else 'Kommun'}: {summary.kommun}")
    print(f"  {'Local police area' if english else 'Lokalpolisområde'}: {summary.lokalpolisomrade}")
    print(f"  {'Period' if english else 'Period'}: {period}")
    print(f"  {'Parties' if english else 'Parter'}:")
    for name, kind in summary.parties:
        print(f"    – {name} ({kind})")
    print(f"  {'Steps' if english else 'Steg'}:")
    for status in summary.steps:
        mark = "✓" if status.complete else "·"
        state = ("complete" if english else "klart") if status.complete else ("missing:" if english else "saknas:")
        print(f"    {mark} {status.step.number:2d} {status.step.title}: {state}")
        for item in status.missing:
            print(f"         – {item}")
        for item in status.advice:
            print(f"         {'advice' if english else 'råd'}: {item}")
    print(f"  {'Counts' if english else 'Antal'}:")
    for name, count in summary.counts.items():
        sv, en = COUNT_LABELS.get(name, (name, name))
        print(f"    {en if english else sv}: {count}")
    return 0
