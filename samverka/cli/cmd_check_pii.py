"""samverka check-pii FILE [--json] [--scrub-audit]: list personal data in free text and in the change log;
exit 1 when any is found."""

from __future__ import annotations

import argparse
import json

from samverka.cli.words import t
from samverka.errors import Text


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "check-pii",
        help=t("leta efter personuppgifter i fritext", "look for personal data in free text"),
        description=t("Listar personnummer, samordningsnummer, e-postadresser och telefonnummer i fritextfält och i "
                      "ändringsloggen. Avslutar med kod 1 om något hittas.",
                      "Lists personal identity numbers, coordination numbers, e-mail addresses and phone numbers "
                      "in free text and in the change log. Exits with code 1 when any is found."),
    )
    parser.add_argument("file", metavar=t("FIL", "FILE"),
                        help=t(".samverka-fil eller databasadress", ".samverka file or database URL"))
    parser.add_argument("--json", action="store_true", help=t("skriv resultatet som JSON", "print the result as JSON"))
    parser.add_argument(
        "--scrub-audit", action="store_true",
        help=t("maskera personnummer och samordningsnummer i ändringsloggen",
               "mask identity and coordination numbers in the change log"),
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from samverka.core.collaboration_service import open_collaboration  # noqa: PLC0415
    from samverka.core.pii import KIND_LABELS  # noqa: PLC0415
    from samverka.core.pii_scan import scan_collaboration, scrub_audit  # noqa: PLC0415

    if args.scrub_audit:
        db = open_collaboration(args.file, require_write=True)
        try:
            changed = scrub_audit(db)
            findings = scan_collaboration(db)
        finally:
            db.close()
        print(Text(
            f"{changed} poster i ändringsloggen hade personnummer eller samordningsnummer; de är nu maskerade. "
            "Äldre säkerhetskopior innehåller dem fortfarande.",
            f"{changed} change-log entries held personal identity or coordination numbers; they are now masked. "
            "Older backups still hold them.",
        ))
    else:
        db = open_collaboration(args.file, read_only=True, backup=False)
        try:
            findings = scan_collaboration(db)
        finally:
            db.close()
    if args.json:
        print(json.dumps([finding.as_dict() for finding in findings], ensure_ascii=False, indent=2))
    elif not findings:
        print(Text("Inga personuppgifter hittades i fritexten.", "No personal data found in the free text."))
    else:
        print(Text(f"{len(findings)} möjliga personuppgifter:", f"{len(findings)} possible items of personal data:"))
        for finding in findings:
            print(f"  {finding.where}: {KIND_LABELS[finding.kind]} {finding.masked}")
        print(Text(
            "Ta bort eller omformulera dem innan överenskommelser och medborgarlöften publiceras. Personnummer som "
            "finns kvar i ändringsloggen tas bort med --scrub-audit.",
            "Remove or rephrase them before agreements and citizen promises are published. Identity numbers left "
            "in the change log are removed with --scrub-audit.",
        ))
    return 1 if findings else 0
