"""samverka export KIND FILE -o OUT [--force]: a document (agreement, actionplan, promise, promise-followup,
lagesbild, report, followup), the action plan as data (actions), the whole collaboration (json) or the årshjul
(calendar).

The format follows the output file's suffix (.pdf, .docx for the agreement and action-plan drafts, .xlsx/.csv,
.json, .ics); `samverka.core.export_formats.FORMATS` says which kind takes which format, so a new kind is one
entry. An existing output file is kept unless --force.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from samverka.cli.words import t
from samverka.core.export_formats import FORMATS
from samverka.errors import KnownError


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "export", help=t("exportera dokument och data", "export documents and data"),
        description=t("Skapa en PDF (överenskommelse, åtgärdsplan, medborgarlöfte och dess uppföljning, lägesbild, "
                      "workshoprapport, uppföljning), ett DOCX-utkast på remiss (överenskommelse, åtgärdsplan), "
                      "åtgärdsplanen som XLSX/CSV, hela samverkan som JSON eller årshjulet som ICS. Formatet följer "
                      "filens ändelse.",
                      "Create a PDF (agreement, action plan, citizen promise and its follow-up, lägesbild, workshop "
                      "report, follow-up), a DOCX draft for remiss (agreement, action plan), the action plan as "
                      "XLSX/CSV, the whole collaboration as JSON or the årshjul as ICS. The format follows the "
                      "file's suffix."),
    )
    parser.add_argument("what", metavar=t("VAD", "WHAT"), choices=tuple(FORMATS),
                        help=t("vad som exporteras", "what to export"))
    parser.add_argument("file", metavar=t("FIL", "FILE"),
                        help=t(".samverka-fil eller databasadress", ".samverka file or database URL"))
    parser.add_argument("-o", "--output", required=True,
                        help=t("filen som skapas (.pdf, .docx, .xlsx, .csv, .json, .ics)",
                               "the file to create (.pdf, .docx, .xlsx, .csv, .json, .ics)"))
    parser.add_argument("--force", action="store_true",
                        help=t("skriv över filen om den redan finns", "overwrite the file if it exists"))
    parser.add_argument("--promise-id", type=int, help=t("medborgarlöftet (standard: det första)",
                                                         "the citizen promise (default: the first)"))
    parser.add_argument("--meeting-id", type=int, help=t("mötet (standard: det senaste)",
                                                         "the meeting (default: the latest)"))
    parser.add_argument("--version-id", type=int, help=t("överenskommelsens version (standard: den aktuella)",
                                                         "the agreement's version (default: the current one)"))
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    output = Path(args.output)
    fmt = output_format(args.what, output)
    if not args.force and os.path.lexists(output):  # said before any work is done
        raise KnownError(
            f"Filen {output} finns redan och har inte ändrats. Välj ett annat namn, eller lägg till --force för att "
            "skriva över den.",
            f"The file {output} already exists and was not changed. Choose another name, or add --force to "
            "overwrite it.",
        )
    from samverka.core.collaboration_service import open_collaboration  # noqa: PLC0415
    from samverka.core.export_service import export_bytes  # noqa: PLC0415
    from samverka.export.files import write_atomic  # noqa: PLC0415

    db = open_collaboration(args.file, read_only=True)
    try:
        data = export_bytes(db, args.what, fmt, promise_id=args.promise_id, meeting_id=args.meeting_id,
                            agreement_id=args.version_id)
    finally:
        db.close()
    print(write_atomic(output, data, overwrite=args.force))
    return 0


def output_format(what: str, output: Path) -> str:
    suffix = output.suffix.lower().lstrip(".")
    allowed = FORMATS[what]
    if suffix not in allowed:
        raise KnownError(
            f"Filen för ”{what}” ska sluta på {' eller '.join('.' + a for a in allowed)}.",
            f"The file for “{what}” must end in {' or '.join('.' + a for a in allowed)}.",
        )
    return suffix
