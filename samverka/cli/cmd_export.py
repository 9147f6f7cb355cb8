"""samverka export KIND FILE -o OUT: a document (agreement, actionplan, promise, promise-followup, lagesbild, report,
followup), the action plan as data (actions), the whole collaboration (json) or the årshjul (calendar).

The format follows the output file's suffix (.pdf, .docx for the agreement and action-plan drafts, .xlsx/.csv,
.json, .ics); `samverka.core.export_service.FORMATS` says which kind takes which format, so a new kind is one entry.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from samverka.errors import KnownError


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    from samverka.core.export_service import FORMATS  # noqa: PLC0415

    parser = subparsers.add_parser(
        "export", help="exportera dokument och data / export documents and data",
        description="Skapa en PDF (överenskommelse, åtgärdsplan, medborgarlöfte och dess uppföljning, lägesbild, "
                    "workshoprapport, uppföljning), ett DOCX-utkast på remiss (överenskommelse, åtgärdsplan), "
                    "åtgärdsplanen som XLSX/CSV eller hela samverkan som JSON. Formatet följer filens ändelse.",
    )
    parser.add_argument("what", choices=tuple(FORMATS), help="vad som exporteras")
    parser.add_argument("file", help=".samverka-fil eller databasadress")
    parser.add_argument("-o", "--output", required=True,
                        help="filen som skapas (.pdf, .docx, .xlsx, .csv, .json, .ics)")
    parser.add_argument("--promise-id", type=int, help="medborgarlöftet (standard: det första)")
    parser.add_argument("--meeting-id", type=int, help="mötet (standard: det senaste)")
    parser.add_argument("--version-id", type=int, help="överenskommelsens version (standard: den aktuella)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from samverka.core.collaboration_service import open_collaboration  # noqa: PLC0415
    from samverka.core.export_service import export_bytes  # noqa: PLC0415
    from samverka.export.files import write_atomic  # noqa: PLC0415

    output = Path(args.output)
    fmt = output_format(args.what, output)
    db = open_collaboration(args.file, read_only=True)
    try:
        data = export_bytes(db, args.what, fmt, promise_id=args.promise_id, meeting_id=args.meeting_id,
                            agreement_id=args.version_id)
    finally:
        db.close()
    print(write_atomic(output, data))
    return 0


def output_format(what: str, output: Path) -> str:
    from samverka.core.export_service import FORMATS  # noqa: PLC0415

    suffix = output.suffix.lower().lstrip(".")
    allowed = FORMATS[what]
    if suffix not in allowed:
        raise KnownError(
            f"Filen för '{what}' ska sluta på {' eller '.join('.' + a for a in allowed)}.",
            f"The file for '{what}' must end in {' or '.join('.' + a for a in allowed)}.",
        )
    return suffix
