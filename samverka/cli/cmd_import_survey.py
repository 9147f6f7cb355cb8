"""samverka import-survey FILE DATA [--sheet NAME] [--dry-run] [--skip-invalid] [--mapping NAME]"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from samverka.cli.words import t
from samverka.errors import language

EXIT_REJECTED = 3


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "import-survey", help=t("importera trygghetsmätning (CSV/XLSX)", "import safety-survey results (CSV/XLSX)")
    )
    parser.add_argument("file", metavar=t("FIL", "FILE"),
                        help=t(".samverka-fil eller databasadress", ".samverka file or database URL"))
    parser.add_argument("data", metavar=t("DATA", "DATA"),
                        help=t("CSV- eller XLSX-fil med resultaten", "CSV or XLSX file with the results"))
    parser.add_argument("--sheet", help=t("arket som ska läsas (XLSX)", "the sheet to read (XLSX)"))
    parser.add_argument("--dry-run", action="store_true",
                        help=t("visa rapporten men skriv ingenting", "show the report but write nothing"))
    parser.add_argument(
        "--skip-invalid", action="store_true",
        help=t("importera de godkända värdena trots avvisade rader",
               "import the accepted values despite rejected rows"),
    )
    parser.add_argument("--mapping", help=t("namnet på en sparad kolumnmappning (breda tabeller)",
                                            "the name of a saved column mapping (wide tables)"))
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from samverka.core.collaboration_service import open_collaboration  # noqa: PLC0415
    from samverka.core.survey import format_report, mapping_by_name, prepare_import  # noqa: PLC0415
    from samverka.core.survey.overlapped import import_file  # noqa: PLC0415

    db = open_collaboration(args.file, read_only=args.dry_run, require_write=not args.dry_run)
    try:
        mapping = mapping_by_name(db, args.mapping) if args.mapping else None
        en = language() == "en"
        if args.dry_run:
            prepared = prepare_import(db, Path(args.data), sheet=args.sheet, mapping=mapping)
            print(format_report(prepared.report))
            if prepared.report.rejections and not args.skip_invalid:
                return _refused(en)
            print("Dry run: nothing was written." if en else "Provkörning: inget skrevs.")
            return 0
        # Read, checked and written in one go (the writing overlaps the reading); the report is the same.
        report, outcome = import_file(db, Path(args.data), sheet=args.sheet, mapping=mapping,
                                      skip_invalid=args.skip_invalid)
        print(format_report(report))
        if outcome is None:
            return _refused(en)
        print(
            f"Imported: {outcome.inserted} new, {len(outcome.replaced_old)} replaced, {outcome.unchanged} unchanged."
            if en
            else f"Importerat: {outcome.inserted} nya, {len(outcome.replaced_old)} ersatta, "
            f"{outcome.unchanged} oförändrade."
        )
        return 0
    finally:
        db.close()


def _refused(en: bool) -> int:
    print(
        "Nothing was imported: fix the rejected rows or use --skip-invalid."
        if en
        else "Inget importerades: rätta de avvisade raderna eller använd --skip-invalid.",
        file=sys.stderr,
    )
    return EXIT_REJECTED
