"""samverka check-pii FILE [--json]: list personal data in free text; exit 1 when any is found."""

from __future__ import annotations

import argparse
import json

from samverka.core.collaboration_service import open_collaboration
from samverka.core.pii import KIND_LABELS, scan_collaboration
from samverka.errors import Text


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "check-pii",
        help="leta efter personuppgifter i fritext / look for personal data in free text",
        description="Listar personnummer, samordningsnummer, e-postadresser och telefonnummer i fritextfält. "
        "Avslutar med kod 1 om något hittas.",
    )
    parser.add_argument("file", help=".samverka-fil eller databasadress")
    parser.add_argument("--json", action="store_true", help="skriv resultatet som JSON")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
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
            "Ta bort eller omformulera dem innan överenskommelser och medborgarlöften publiceras.",
            "Remove or rephrase them before agreements and citizen promises are published.",
        ))
    return 1 if findings else 0
