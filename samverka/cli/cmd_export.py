"""samverka export {agreement,promise,lagesbild,report,followup,actions,json,calendar} FILE -o OUT"""

from __future__ import annotations

import argparse
from pathlib import Path

from samverka.errors import KnownError

DOCUMENTS = ("agreement", "promise", "lagesbild", "report", "followup")


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "export", help="exportera dokument och data / export documents and data",
        description="Skapa en PDF (överenskommelse, medborgarlöfte, lägesbild, workshoprapport, uppföljning), "
                    "åtgärdsplanen som XLSX/CSV eller hela samverkan som JSON.",
    )
    parser.add_argument("what", choices=(*DOCUMENTS, "actions", "json", "calendar"), help="vad som exporteras")
    parser.add_argument("file", help=".samverka-fil eller databasadress")
    parser.add_argument("-o", "--output", required=True, help="filen som skapas (.pdf, .xlsx, .csv, .json, .ics)")
    parser.add_argument("--promise-id", type=int, help="medborgarlöftet (standard: det första)")
    parser.add_argument("--meeting-id", type=int, help="mötet (standard: det senaste)")
    parser.add_argument("--version-id", type=int, help="överenskommelsens version (standard: den aktuella)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from samverka.core.collaboration_service import open_collaboration  # noqa: PLC0415
    from samverka.core.export_service import export_bytes  # noqa: PLC0415
    from samverka.export.files import write_atomic  # noqa: PLC0415

    output = Path(args.output)
    fmt = _format(args.what, output)
    db = open_collaboration(args.file, read_only=True)
    try:
        if args.what == "calendar":  # the årshjul as iCalendar (core.calendar_service)
            from samverka.core.calendar_service import calendar_ics  # noqa: PLC0415

            data = calendar_ics(db)
        else:
            data = export_bytes(db, args.what, fmt, promise_id=args.promise_id, meeting_id=args.meeting_id,
                                agreement_id=args.version_id)
    finally:
        db.close()
    print(write_atomic(output, data))
    return 0


def _format(what: str, output: Path) -> str:
    suffix = output.suffix.lower().lstrip(".")
    allowed = {"actions": ("xlsx", "csv"), "json": ("json",), "calendar": ("ics",)}.get(what, ("pdf",))
    if suffix not in allowed:
        raise KnownError(
            f"Filen för '{what}' ska sluta på {' eller '.join('.' + a for a in allowed)}.",
            f"The file for '{what}' must end in {' or '.join('.' + a for a in allowed)}.",
        )
    return suffix
