"""Reading a large JSON document piece by piece: the outer objects and arrays by hand, each inner value (a row)
with the standard decoder. Memory holds one row plus a read buffer, whatever the size of the file.

Errors are KnownError with the line and column, never more than a short excerpt of what the file held.
"""

from __future__ import annotations

import codecs
import json
import re
from typing import Any, BinaryIO

from samverka.errors import KnownError

CHUNK = 1 << 20
_SPACE = re.compile(r"[ \t\n\r]*")
_DECODER = json.JSONDecoder()


class JsonStream:
    """A cursor over a UTF-8 JSON byte stream (a BOM is allowed)."""

    def __init__(self, raw: BinaryIO) -> None:
        self.raw = raw
        self.decoder = codecs.getincrementaldecoder("utf-8-sig")("strict")
        self.buffer = ""
        self.pos = 0
        self.eof = False
        self.lines_before = 0  # newlines in the text already dropped from the buffer
        self.offset = 0  # characters dropped from the buffer
        self.line_start = 0  # where (counting dropped characters) the current line of buffer[0] began

    # --- the buffer -----------------------------------------------------------------------------------------

    def _fill(self, size: int = CHUNK) -> bool:
        """Read more of the file; False at its end."""
        if self.eof:
            return False
        data = self.raw.read(size)
        try:
            text = self.decoder.decode(data, final=not data)
        except UnicodeDecodeError:
            raise self.error("den är inte UTF-8-text", "it is not UTF-8 text") from None
        if not data:
            self.eof = True
        if self.pos:
            dropped = self.buffer.count("\n", 0, self.pos)
            if dropped:
                self.lines_before += dropped
                self.line_start = self.offset + self.buffer.rfind("\n", 0, self.pos) + 1
            self.offset += self.pos
            self.buffer = self.buffer[self.pos :]
            self.pos = 0
        self.buffer += text
        return bool(data) or bool(text)

    def _skip_space(self) -> None:
        while True:
            match = _SPACE.match(self.buffer, self.pos)
            self.pos = match.end() if match else self.pos
            if self.pos < len(self.buffer) or not self._fill():
                return

    # --- reading --------------------------------------------------------------------------------------------

    def at(self, char: str) -> bool:
        """Whether the next character (after white space) is `char`."""
        self._skip_space()
        return self.buffer.startswith(char, self.pos)

    def expect(self, char: str) -> None:
        if not self.at(char):
            found = self.buffer[self.pos : self.pos + 1]
            raise self.error(
                f"”{char}” väntades" + (f" men {found!r} står där" if found else " men filen tar slut"),
                f"“{char}” was expected" + (f" but {found!r} is there" if found else " but the file ends"),
            )
        self.pos += 1

    def key(self) -> str:
        """An object key and the colon after it."""
        if not self.at('"'):
            self.expect('"')
        name = self.value(1000)
        if not isinstance(name, str):
            raise self.error("ett fältnamn väntades", "a field name was expected")
        self.expect(":")
        return name

    def value(self, limit: int, what: tuple[str, str] = ("ett värde", "a value")) -> Any:
        """The next complete JSON value, refused if it takes more than `limit` characters of the file."""
        self._skip_space()
        while True:
            try:
                value, end = _DECODER.raw_decode(self.buffer, self.pos)
            except json.JSONDecodeError as exc:
                if self.eof or (exc.pos < len(self.buffer) - 16 and not exc.msg.startswith("Unterminated")):
                    raise self._syntax(exc) from None
            except RecursionError:
                raise self.error("värdena är nästlade för djupt", "the values are nested too deeply") from None
            else:
                # A number or word at the end of the buffer may go on in the next chunk.
                if end < len(self.buffer) or self.eof:
                    self.pos = end
                    return value
            if len(self.buffer) - self.pos > limit:
                size_sv = f"{limit // 1_000_000} miljoner tecken" if limit >= 1_000_000 else f"{limit} tecken"
                size_en = f"{limit // 1_000_000} million characters" if limit >= 1_000_000 else f"{limit} characters"
                raise self.error(f"{what[0]} är större än {size_sv}", f"{what[1]} is larger than {size_en}")
            held = len(self.buffer) - self.pos
            self._fill(max(1, min(max(CHUNK, held), limit + 1 - held)))  # grows fast, never far past the limit

    def end(self) -> None:
        """Nothing but white space may follow."""
        self._skip_space()
        if self.pos < len(self.buffer):
            raise self.error("det står mer efter dokumentets slut", "there is more after the end of the document")

    # --- messages -------------------------------------------------------------------------------------------

    def where(self, pos: int) -> tuple[int, int]:
        line = self.lines_before + self.buffer.count("\n", 0, pos) + 1
        newline = self.buffer.rfind("\n", 0, pos)
        column = pos - newline if newline >= 0 else self.offset + pos - self.line_start + 1
        return line, column

    def _syntax(self, exc: json.JSONDecodeError) -> KnownError:
        line, column = self.where(exc.pos)
        return self.error(f"felaktig JSON på rad {line}, kolumn {column} ({exc.msg})",
                          f"invalid JSON at line {line}, column {column} ({exc.msg})", located=False)

    def error(self, sv: str, en: str, *, located: bool = True) -> KnownError:
        if located:
            line, column = self.where(self.pos)
            sv, en = f"{sv} (rad {line}, kolumn {column})", f"{en} (line {line}, column {column})"
        return json_refused(sv, en)


def json_refused(sv: str, en: str) -> KnownError:
    sv, en = sv.rstrip("."), en.rstrip(".")
    return KnownError(
        f"JSON-filen kan inte importeras: {sv}. Inget importerades; kontrollera att filen är en oförändrad "
        "export från Samverka.",
        f"The JSON file cannot be imported: {en}. Nothing was imported; check that the file is an unchanged "
        "export from Samverka.",
    )
