"""The command line; the GUI is one of its commands. Each subcommand lives in its own module.

A command module holds only its arguments (`register(subparsers)`) and a `run(args)` that imports what the
command needs when it runs, so `samverka --help` and the parser cost no more than argparse itself.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence

from samverka import __version__
from samverka.cli.words import t, use_language
from samverka.errors import Text, on_notice, set_language
from samverka.errors import language as current_language

# The subcommands, in the order --help lists them; each is samverka/cli/cmd_<name with _ for ->.py.
COMMANDS = (
    "new", "demo", "info", "import-survey", "export", "import-json", "sign", "verify", "check-pii", "backup",
    "next-period",
)
COMMAND_MODULES = tuple(f"samverka.cli.cmd_{name.replace('-', '_')}" for name in COMMANDS)

EXIT_PIPE_CLOSED = 141  # what a shell reports for a program ended by SIGPIPE (128 + 13)


def _gui_usage() -> str:
    return t(
        "samverka [FIL | ADRESS] [--demo] [--read-only] [--lang {sv,en}]\n"
        "       samverka KOMMANDO [ARGUMENT …]   (samverka KOMMANDO --help visar mer)",
        "samverka [FILE | URL] [--demo] [--read-only] [--lang {sv,en}]\n"
        "       samverka COMMAND [ARGUMENTS …]   (samverka COMMAND --help tells more)",
    )


def _description() -> str:
    return t(
        "Samverka – lokal samverkan mellan kommun och polis.\n\n"
        "Programmet öppnas så här:\n"
        "  samverka                  öppna programmet\n"
        "  samverka FIL              öppna en .samverka-fil (eller en postgresql+psycopg://-adress)\n"
        "  samverka --demo           öppna en ny kopia av demosamverkan (Lund)\n\n"
        "Kommandona nedan arbetar utan fönster.",
        "Samverka – local collaboration between a municipality and the police.\n\n"
        "The program opens like this:\n"
        "  samverka                  open the program\n"
        "  samverka FILE             open a .samverka file (or a postgresql+psycopg:// URL)\n"
        "  samverka --demo           open a fresh copy of the demo collaboration (Lund)\n\n"
        "The commands below work without a window.",
    )


def add_gui_arguments(parser: argparse.ArgumentParser | argparse._ArgumentGroup) -> None:
    """The options of the window; the same in `--help` and in the GUI's own parser."""
    parser.add_argument("--demo", action="store_true",
                        help=t("öppna en ny kopia av demosamverkan (Lund)", "open a fresh copy of the Lund demo"))
    parser.add_argument("--read-only", action="store_true", help=t("öppna skrivskyddat", "open read-only"))
    parser.add_argument("--no-err-windows", action="store_true",
                        help=t("skriv fel till loggen i stället för i en dialog",
                               "write errors to the log instead of a dialog"))


class _HelpFormatter(argparse.RawDescriptionHelpFormatter):
    def _format_action(self, action: argparse.Action) -> str:
        text = super()._format_action(action)
        if isinstance(action, argparse._SubParsersAction):
            text = text.split("\n", 1)[1]  # the commands are listed; the line naming their metavar says nothing
        return text


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="samverka", usage=_gui_usage(), description=_description(), formatter_class=_HelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"samverka {__version__}",
                        help=t("visa versionen och avsluta", "show the version and exit"))
    parser.add_argument("--lang", choices=("sv", "en"),
                        help=t("språk för meddelanden (standard sv)", "message language (default sv)"))
    add_gui_arguments(parser.add_argument_group(t("fönstret", "the window")))
    subparsers = parser.add_subparsers(dest="command", metavar=t("KOMMANDO", "COMMAND"), prog="samverka",
                                       title=t("kommandon", "commands"))
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(subparsers)
    return parser


def gui_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="samverka", usage=_gui_usage(), add_help=False)
    parser.add_argument("file", nargs="?", help=t("en .samverka-fil eller en databasadress",
                                                  "a .samverka file or a database URL"))
    parser.add_argument("--lang", choices=("sv", "en"))
    add_gui_arguments(parser)
    return parser


def _wants_gui(argv: Sequence[str]) -> bool:
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
    if not positional:
        return True
    # One word that is no command is a file to open; more than one is a mistyped command, which the command
    # parser names ("ogiltigt val: 'inf' (välj bland new, demo, …)").
    return len(positional) == 1 and positional[0] not in COMMANDS


def chosen_language(argv: Sequence[str]) -> str:
    """--lang from the arguments (before they are parsed, so argparse's own words follow it), else
    SAMVERKA_LANG, else Swedish."""
    for index, arg in enumerate(argv):
        if arg == "--lang" and index + 1 < len(argv):
            return "en" if argv[index + 1] == "en" else "sv"
        if arg.startswith("--lang="):
            return "en" if arg.split("=", 1)[1] == "en" else "sv"
    return "en" if os.environ.get("SAMVERKA_LANG", "sv").startswith("en") else "sv"


def _print_notice(text: Text) -> None:
    print(f"samverka: {text}", file=sys.stderr)


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    language = chosen_language(args_list)
    before = current_language()
    set_language(language)
    use_language(language)
    try:
        return _main(args_list)
    except BrokenPipeError:
        # The reader went away (`samverka info FILE | head`): nothing is wrong, and nothing more can be said.
        # stdout is pointed at /dev/null so Python's final flush does not complain either.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
        return EXIT_PIPE_CLOSED
    finally:  # main() is also called in-process (tests, the GUI's parser): it leaves the language as it was
        set_language(before)
        use_language(before)


def _main(args_list: list[str]) -> int:
    if _wants_gui(args_list):
        options = gui_parser().parse_args(args_list)
        from samverka.ui.app import run_gui  # noqa: PLC0415 - Qt loads only for the GUI

        return run_gui(options)
    parser = build_parser()
    args = parser.parse_args(args_list)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    on_notice(_print_notice)
    try:
        code = int(args.func(args) or 0)
        sys.stdout.flush()  # a closed pipe is found here, inside the boundary, not at exit
        return code
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        raise
    except Exception as exc:  # noqa: BLE001 - the boundary: one line for the user, a crash log for a bug
        from samverka.cli.boundary import report  # noqa: PLC0415

        return report(exc, args)
