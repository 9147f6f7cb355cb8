"""The command line; the GUI is one of its commands. Each subcommand lives in its own module."""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence

from samverka import __version__
from samverka.errors import Text, on_notice, set_language

# Subcommand modules: each defines register(subparsers) and sets func=run on its parser.
COMMAND_MODULES = (
    "samverka.cli.cmd_new",
    "samverka.cli.cmd_demo",
    "samverka.cli.cmd_info",
    "samverka.cli.cmd_import_survey",
    "samverka.cli.cmd_export",
    "samverka.cli.cmd_import_json",
    "samverka.cli.cmd_sign",
    "samverka.cli.cmd_verify",
    "samverka.cli.cmd_check_pii",
    "samverka.cli.cmd_backup",
    "samverka.cli.cmd_next_period",
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="samverka",
        description="Samverka – lokal samverkan mellan kommun och polis. Utan kommando öppnas programmet.",
    )
    parser.add_argument("--version", action="version", version=f"samverka {__version__}")
    parser.add_argument("--lang", choices=("sv", "en"), help="språk för meddelanden / message language")
    subparsers = parser.add_subparsers(dest="command", metavar="KOMMANDO")
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name != name:
                raise
            continue
        module.register(subparsers)
    return parser


def gui_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="samverka", add_help=False)
    parser.add_argument("file", nargs="?", help="en .samverka-fil eller en databasadress")
    parser.add_argument("--demo", action="store_true", help="öppna en ny kopia av demosamverkan (Lund)")
    parser.add_argument("--read-only", action="store_true", help="öppna skrivskyddat")
    parser.add_argument("--lang", choices=("sv", "en"))
    parser.add_argument("--no-err-windows", action="store_true", help="skriv fel till loggen i stället för dialog")
    return parser


def _wants_gui(argv: Sequence[str]) -> bool:
    commands = {name.rsplit("cmd_", 1)[1].replace("_", "-") for name in COMMAND_MODULES}
    if any(arg in ("-h", "--help", "--version") for arg in argv):
        return False
    positional = []
    skip_next = False
    for arg in argv:
        if skip_next:
            skip_next = False
        elif arg == "--lang":
            skip_next = True
        elif not arg.startswith("-"):
            positional.append(arg)
    first = positional[0] if positional else None
    return first is None or first not in commands


def _print_notice(text: Text) -> None:
    print(f"samverka: {text}", file=sys.stderr)


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    if _wants_gui(args_list):
        options = gui_parser().parse_args(args_list)
        if options.lang:
            set_language(options.lang)
        from samverka.ui.app import run_gui  # noqa: PLC0415 - Qt loads only for the GUI

        return run_gui(options)
    parser = build_parser()
    args = parser.parse_args(args_list)
    set_language(args.lang or os.environ.get("SAMVERKA_LANG", "sv"))
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    on_notice(_print_notice)
    try:
        return int(args.func(args) or 0)
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # noqa: BLE001 - the boundary: one line for the user, a crash log for a bug
        from samverka.cli.boundary import report  # noqa: PLC0415

        return report(exc, args)
