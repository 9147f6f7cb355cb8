"""samverka next-period OLD NEW [--name NAME --start DATE --end DATE]: start the next period from this one.

The old file is only read; the new one carries the parties, people, areas, sources, open problems with their
causes, unfinished measures, indicators with their series and the årshjul, and links back to the old file.
"""

from __future__ import annotations

import argparse

from samverka.cli.words import date_argument, t
from samverka.errors import language


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "next-period", help=t("starta nästa period från en samverkan", "start the next period from a collaboration"),
        description=t("Skapar en ny samverkansfil för nästa period. Den gamla filen ändras inte.",
                      "Creates a new collaboration file for the next period. The old file is not changed."),
    )
    parser.add_argument("old", metavar=t("GAMMAL", "OLD"), help=t("den nuvarande .samverka-filen (läses bara)",
                                                                  "the current .samverka file (only read)"))
    parser.add_argument("new", metavar=t("NY", "NEW"),
                        help=t("den nya .samverka-filen som skapas", "the new .samverka file to create"))
    parser.add_argument("--name", help=t("den nya samverkans namn (standard: det gamla + 'nästa period')",
                                         "the new collaboration's name (default: the old + 'nästa period')"))
    parser.add_argument("--start", type=date_argument, help=t("periodens start (ÅÅÅÅ-MM-DD)",
                                                              "the period's start (YYYY-MM-DD)"))
    parser.add_argument("--end", type=date_argument, help=t("periodens slut (ÅÅÅÅ-MM-DD)",
                                                            "the period's end (YYYY-MM-DD)"))
    parser.set_defaults(func=run)


COUNT_LABELS: dict[str, tuple[str, str]] = {
    "organisation": ("parter och organisationer", "parties and organisations"),
    "person": ("personer", "people"),
    "membership": ("roller", "roles"),
    "area": ("områden", "areas"),
    "data_source": ("datakällor", "data sources"),
    "problem": ("öppna problem", "open problems"),
    "cause": ("orsaker", "causes"),
    "measure": ("pågående åtgärder", "unfinished measures"),
    "status_update": ("statusuppdateringar", "status updates"),
    "indicator": ("indikatorer", "indicators"),
    "measurement": ("mätvärden", "measurements"),
    "calendar_event": ("händelser i årshjulet", "calendar events"),
}


def run(args: argparse.Namespace) -> int:
    from samverka.core.collaboration_service import open_collaboration  # noqa: PLC0415
    from samverka.core.next_period import start_next_period  # noqa: PLC0415

    old = open_collaboration(args.old, read_only=True, backup=False)
    try:
        result = start_next_period(old, args.new, name=args.name, period_start=args.start, period_end=args.end)
    finally:
        old.close()
    english = language() == "en"
    period = f"{result.period_start or '?'} – {result.period_end or '?'}"
    print(result.path)
    print(f"  {result.name} ({period})")
    print(f"  {'Carried over' if english else 'Överfört'}:")
    for table, (sv, en) in COUNT_LABELS.items():
        print(f"    {en if english else sv}: {result.counts.get(table, 0)}")
    return 0
