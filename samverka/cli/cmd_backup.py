"""samverka backup list FILE | backup create FILE | backup restore BACKUP FILE"""

from __future__ import annotations

import argparse
from pathlib import Path

from samverka.core.backups import BackupInfo, list_backups, restore_backup, take_backup
from samverka.errors import FileRefusedError, Text


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("backup", help="säkerhetskopior / backups")
    actions = parser.add_subparsers(dest="backup_action", metavar="ÅTGÄRD", required=True)
    listing = actions.add_parser("list", help="visa säkerhetskopiorna av en fil / list a file's backups")
    listing.add_argument("file")
    listing.set_defaults(func=run_list)
    create = actions.add_parser("create", help="gör en säkerhetskopia nu / make a backup now")
    create.add_argument("file")
    create.set_defaults(func=run_create)
    restore = actions.add_parser(
        "restore",
        help="återställ en säkerhetskopia / restore a backup",
        description="BACKUP är en sökväg eller ett nummer ur 'backup list' (1 = den senaste). "
        "Den nuvarande filen säkerhetskopieras först.",
    )
    restore.add_argument("backup")
    restore.add_argument("file")
    restore.set_defaults(func=run_restore)


def _describe(number: int, info: BackupInfo) -> str:
    size = f"{info.size / 1024:,.0f} kB".replace(",", " ")
    return f"{number:>3}  {info.created:%Y-%m-%d %H:%M:%S}  {size:>10}  {info.reason_text}  {info.path}"


def run_list(args: argparse.Namespace) -> int:
    backups = list_backups(args.file)
    if not backups:
        print(Text(f"Inga säkerhetskopior av {args.file}.", f"No backups of {args.file}."))
        return 0
    for number, info in enumerate(backups, start=1):
        print(_describe(number, info))
    return 0


def run_create(args: argparse.Namespace) -> int:
    print(take_backup(args.file, reason="manuell"))
    return 0


def _chosen(backup: str, file: str) -> Path:
    if Path(backup).exists() or not backup.isdigit():
        return Path(backup)
    backups = list_backups(file)
    number = int(backup)
    if not 1 <= number <= len(backups):
        raise FileRefusedError(
            f"Det finns ingen säkerhetskopia nummer {number}. Se 'samverka backup list {file}'.",
            f"There is no backup number {number}. See 'samverka backup list {file}'.",
        )
    return backups[number - 1].path


def run_restore(args: argparse.Namespace) -> int:
    chosen = _chosen(args.backup, args.file)
    safety = restore_backup(chosen, args.file)
    print(Text(f"Återställde {chosen} till {args.file}.", f"Restored {chosen} to {args.file}."))
    if safety is not None:
        print(Text(f"Den tidigare filen sparades som {safety}.", f"The previous file was kept as {safety}."))
    return 0
