"""Error classes shared by every layer. KnownError is the user's to fix; anything else is a bug."""

from __future__ import annotations

import os
from collections.abc import Callable

_language = os.environ.get("SAMVERKA_LANG", "sv")


def set_language(code: str) -> None:
    """Choose the language of messages from the Qt-free layers ("sv" or "en")."""
    global _language
    _language = "en" if code.startswith("en") else "sv"


def language() -> str:
    return _language


class Text:
    """A user-facing text in Swedish and English; str() gives the chosen language."""

    __slots__ = ("en", "sv")

    def __init__(self, sv: str, en: str) -> None:
        self.sv = sv
        self.en = en

    def __str__(self) -> str:
        return self.en if _language == "en" else self.sv

    def __repr__(self) -> str:
        return f"Text({self.sv!r}, {self.en!r})"


class KnownError(Exception):
    """An error the user can cause and fix: bad file, bad value, locked file, disk full."""

    def __init__(self, sv: str, en: str, *, field: str | None = None) -> None:
        self.text = Text(sv, en)
        self.field = field
        super().__init__(str(self.text))

    @property
    def sv(self) -> str:
        return self.text.sv

    @property
    def en(self) -> str:
        return self.text.en

    def __str__(self) -> str:
        return str(self.text)


class FileRefusedError(KnownError):
    """The file is not one we may open: not Samverka's, newer, corrupt or unreadable."""


class ValidationError(KnownError):
    """A value that the method does not allow (an end before a start, a score off the scale)."""


class ConflictError(KnownError):
    """Someone else changed the value since it was read; nothing was overwritten."""


class ReadOnlyError(KnownError):
    """The collaboration is open read-only (another Samverka is editing it)."""


class NotFoundError(KnownError):
    """The row was removed (perhaps by another editor)."""


def excerpt(value: object, limit: int = 40) -> str:
    """A short, printable piece of a value for a message: never more than `limit` characters of what a file held.

    Control and invisible characters are shown as "?", so a crafted value cannot rewrite the terminal or the line.
    """
    text = value if isinstance(value, str) else repr(value)
    head = text[: limit + 1]
    shown = "".join(ch if ch.isprintable() else "?" for ch in head[:limit])
    return shown + "…" if len(head) > limit else shown


_notice_handlers: list[Callable[[Text], None]] = []


def on_notice(handler: Callable[[Text], None]) -> None:
    """Where notes from the Qt-free layers go (the command line prints them; the GUI shows its own banner)."""
    if handler not in _notice_handlers:
        _notice_handlers.append(handler)


def notify(text: Text) -> None:
    """A note for the user that is not an error (e.g. "the folder is read-only, so the file opened read-only")."""
    for handler in list(_notice_handlers):
        handler(text)
