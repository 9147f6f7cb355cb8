"""Column descriptions shared by the table models, delegates and forms."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, QLocale

from samverka import vocab
from samverka.core.weekdays import weekday_text
from samverka.errors import Text

# kinds: text, long, int, float, date, weekdays (stored as digits 1–7), choice, ref, bool, computed


def N(context: str, text: str) -> str:  # the short name keeps declarations readable
    """Mark a Swedish source string for translation without translating it now (a typed QT_TRANSLATE_NOOP;
    scripts/update_translations.py collects every N("Context", "text") call)."""
    return text
Options = list[tuple[Any, str]]


class Ref(Protocol):
    """The rows a reference column may point at."""

    def options(self) -> Options: ...

    def label(self, value: Any) -> str: ...


def translated(context: str, text: str | Text) -> str:
    """A Swedish source string through Qt's translation, or a Text from the Qt-free layers in its language."""
    return QCoreApplication.translate(context, text) if isinstance(text, str) else str(text)


@dataclass(frozen=True)
class Column:
    """One shown field. `header` is a Swedish source string in the "Columns" translation context (or a Text)."""

    field: str
    header: str | Text
    kind: str = "text"
    choices: vocab.Choices | None = None
    ref: Ref | None = None  # for "ref": the rows it may point at
    editable: bool = True
    width: int = 0
    display: Callable[[Any], str] | None = None  # for "computed"
    tooltip: str = ""
    none_label: str = ""  # for "ref": what "no row" says (a Swedish source in "Columns"), else "(ingen)"

    def title(self) -> str:
        return translated("Columns", self.header)

    def option_list(self) -> Options:
        if self.kind == "choice" and self.choices is not None:
            return [(code, vocab.label(self.choices, code)) for code in self.choices]
        if self.kind == "ref" and self.ref is not None:
            none = (QCoreApplication.translate("Columns", self.none_label) if self.none_label
                    else QCoreApplication.translate("Columns", "(ingen)"))
            return [(None, none), *self.ref.options()]
        return []

    def format(self, row: Any) -> str:
        if self.display is not None:
            return self.display(row)
        return format_value(self, getattr(row, self.field))


def format_value(column: Column, value: Any) -> str:
    if value is None:
        return ""
    if column.kind == "choice" and column.choices is not None:
        return vocab.label(column.choices, value)
    if column.kind == "ref":
        return column.ref.label(value) if column.ref is not None else str(value)
    if column.kind == "bool":
        return ""
    if column.kind == "weekdays":
        return weekday_text(str(value))
    return format_plain(value)


def format_plain(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.date):
        return value.isoformat()  # Swedish dates are ISO dates (ÅÅÅÅ-MM-DD)
    if isinstance(value, float):
        return QLocale().toString(value, "g", 10)
    if isinstance(value, int) and not isinstance(value, bool):
        return QLocale().toString(value)
    return str(value)


def parse_number(text: str, kind: str) -> float | int | None:
    """Swedish or English decimal comma/point; spaces as thousands separators. Raises ValueError."""
    clean = text.strip().replace("\u2212", "-").replace("\u00a0", "").replace(" ", "").replace(",", ".")
    if not clean:
        return None
    return int(clean) if kind == "int" else float(clean)
