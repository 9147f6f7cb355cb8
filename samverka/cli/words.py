"""The command line's own words: argparse's (usage, headings, errors) in Swedish unless English was chosen, and
`t(sv, en)` for the help texts of our commands.

argparse looks its words up through gettext at the moment it uses them (`argparse._`, `argparse.ngettext`), so
giving it a catalogue is enough; English is argparse's own text. Words this catalogue does not know (a newer
Python's) stay English rather than break.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gettext

from samverka.errors import Text, language

SWEDISH: dict[str, str] = {
    "usage: ": "användning: ",
    "positional arguments": "argument",
    "options": "flaggor",
    "show this help message and exit": "visa den här hjälpen och avsluta",
    "%(prog)s: error: %(message)s\n": "%(prog)s: fel: %(message)s\n",
    "argument %(argument_name)s: %(message)s": "%(argument_name)s: %(message)s",
    "the following arguments are required: %s": "följande argument saknas: %s",
    "invalid choice: %(value)r (choose from %(choices)s)": "ogiltigt val: %(value)r (välj bland %(choices)s)",
    "unrecognized arguments: %s": "okända argument: %s",
    "expected one argument": "ett värde saknas",
    "expected at most one argument": "högst ett värde får anges",
    "expected at least one argument": "minst ett värde krävs",
    "not allowed with argument %s": "får inte användas tillsammans med %s",
    "one of the arguments %s is required": "ett av argumenten %s krävs",
    "ambiguous option: %(option)s could match %(matches)s": "tvetydig flagga: %(option)s kan vara %(matches)s",
    "invalid %(type)s value: %(value)r": "ogiltigt värde: %(value)r",
    "ignored explicit argument %r": "värdet %r används inte",
    "can't open '%(filename)s': %(error)s": "kan inte öppna '%(filename)s': %(error)s",
    "unexpected option string: %s": "oväntad flagga: %s",
    "unknown parser %(parser_name)r (choices: %(choices)s)": "okänt kommando %(parser_name)r (välj bland %(choices)s)",
}
SWEDISH_PLURAL: dict[tuple[str, str], tuple[str, str]] = {
    ("expected %s argument", "expected %s arguments"): ("%s värde krävs", "%s värden krävs"),
}


class SwedishArgparse(gettext.NullTranslations):
    def gettext(self, message: str) -> str:
        return SWEDISH.get(message, message)

    def ngettext(self, msgid1: str, msgid2: str, n: int) -> str:
        pair = SWEDISH_PLURAL.get((msgid1, msgid2))
        if pair is None:
            return msgid1 if n == 1 else msgid2
        return pair[0] if n == 1 else pair[1]


def use_language(code: str) -> None:
    """argparse speaks `code` ("sv" or "en") from now on in this process."""
    catalogue = SwedishArgparse() if code == "sv" else gettext.NullTranslations()
    argparse._ = catalogue.gettext  # type: ignore[attr-defined]
    argparse.ngettext = catalogue.ngettext  # type: ignore[attr-defined]


def t(sv: str, en: str) -> str:
    """A help text in the language chosen for this run."""
    return en if language() == "en" else sv


def date_argument(value: str) -> dt.date:
    """A date written ÅÅÅÅ-MM-DD, with a message in the run's language when it is not one."""
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(str(Text(
            f"”{value}” är inget datum; skriv ÅÅÅÅ-MM-DD, t.ex. 2026-01-31",
            f"“{value}” is not a date; write YYYY-MM-DD, e.g. 2026-01-31",
        ))) from None
