"""samverka backup list FILE | backup create FILE | backup restore BACKUP FILE"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from samverka.cli.words import t
from samverka.errors import FileRefusedError, Text

if TYPE_CHECKING:
    from samverka.core.backups import BackupInfo


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("backup", help=t("säkerhetskopior", "backups"))
    actions = parser.add_subparsers(dest="backup_action", metavar=t("ÅTGÄRD", "ACTION"), required=True)
    listing = actions.add_parser("list", help=t("visa säkerhetskopiorna av en fil", "list a file's backups"))
    listing.add_argument("file", metavar=t("FIL", "FILE"))
    listing.set_defaults(func=run_list)
    create = actions.add_parser("create", help=t("gör en säkerhetskopia nu", "make a backup now"))
    create.add_argument("file", metavar=t("FIL", "FILE"))
    create.set_defaults(func=run_create)
    restore = actions.add_parser(
        "restore",
        help=t("återställ en säkerhetskopia", "restore a backup"),
        description=t("BACKUP är en sökväg eller ett nummer ur 'backup list' (1 = den senaste). "
                      "Den nuvarande filen säkerhetskopieras först.",
                      "BACKUP is a path or a number from 'backup list' (1 = the newest). "
                      "The current file is backed up first."),
    )
    restore.add_argument("backup", metavar=t("KOPIA", "BACKUP"))
    restore.add_argument("file", metavar=t("FIL", "FILE"))
    restore.set_defaults(func=run_restore)


def _describe(number: int, info: BackupInfo) -> str:
    size = f"{info.size / 1024:,.0f} kB".replace(",", " ")
    return f"{number:>3}  {info.created:%Y-%m-%d %H:%M:%S}  {size:>10}  {info.reason_text}  {info.path}"


def run_list(args: argparse.Namespace) -> int:
    from samverka.core.backups import list_backups  # noqa: PLC0415

    backups = list_backups(args.file)
    if not backups:
        print(Text(f"Inga säkerhetskopior av {args.file}.", f"No backups of {args.file}."))
        return 0
    for number, info in enumerate(backups, start=1):
        print(_describe(number, info))
    return 0


def run_create(args: argparse.Namespace) -> int:
    from samverka.core.backups import take_backup  # noqa: PLC0415

    print(take_backup(args.file, reason="manuell"))
    return 0


def _chosen(backup: str, file: str) -> Path:
    if Path(backup).exists() or not backup.isdigit():
        return Path(backup)
    from samverka.core.backups import list_backups  # noqa: PLC0415

    backups = list_backups(file)
    number = int(backup)
    if not 1 <= number <= len(backups):
        raise FileRefusedError(
            f"Det finns ingen säkerhetskopia nummer {number}. Se 'samverka backup list {file}'.",
            f"There is no backup number {number}. See 'samverka backup list {file}'.",
        )
    return backups[number - 1].path


def run_restore(args: argparse.Namespace) -> int:
    from samverka.core.backups import restore_backup  # noqa: PLC0415

    chosen = _chosen(args.backup, args.file)
    safety = restore_backup(chosen, args.file)
    print(Text(f"Återställde {chosen} till {args.file}.", f"Restored {chosen} to {args.file}."))
    if safety is not None:
        print(Text(f"Den tidigare filen sparades som {safety}.", f"The previous file was kept as {safety}."))
    return 0
