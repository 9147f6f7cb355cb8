"""A strict, byte-by-byte reading of a PDF's revisions, made before any signature is trusted.

Every byte of the file must belong to exactly one revision, and every revision must be: object bodies, one
cross-reference section (table + trailer, or an xref stream), then `startxref N %%EOF`. Each in-use entry of a
revision's cross-reference section must point to a body *in that same revision* with the same number and
generation, and every body must be listed. That leaves no room for the tricks PDF signature attacks rely on:

* no dead ("shadow") object bodies that a later update could switch on (Shadow hide-and-replace, variant 2),
* no update that only re-points existing objects or frees them (the same attack's xref-only update),
* no object headers that disagree with their xref entry (Shadow hide, variant 1),
* no bytes after the last `%%EOF` that a lenient reader might use (incremental saving without xref),
* no broken `/Prev` chain (an update that forgets `/Prev`), no encrypted, hybrid or linearised files.

Object values are parsed with pyHanko's low-level object parser (in strict mode, so duplicate keys are refused);
the layout decisions are ours. Samverka writes these files itself (reportlab or Typst, then pyHanko), so being strict
costs nothing for genuine agreements.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, field
from typing import Any

from samverka.errors import Text

_WS = b" \t\r\n\f\x00"
_OBJ_HEADER = re.compile(rb"(\d{1,10})[ \t\r\n\f\x00]+(\d{1,5})[ \t\r\n\f\x00]+obj(?=[ \t\r\n\f\x00<\[/(%])")
_HEADER = re.compile(rb"%PDF-[12]\.\d[ \t]*(\r\n|\r|\n)")
_STARTXREF = re.compile(rb"startxref[ \t]*(?:\r\n|\r|\n)[ \t]*(\d{1,12})[ \t]*(?:\r\n|\r|\n)%%EOF(\r\n|\r|\n)?")
_SUBSECTION = re.compile(rb"[ \t]*(\d{1,10})[ \t]+(\d{1,10})[ \t]*(?:\r\n|\r|\n)")
_TABLE_ENTRY = re.compile(rb"(\d{10}) (\d{5}) ([nf])(?: \r| \n|\r\n)")
MAX_OBJECTS = 500_000  # far above any agreement; keeps a hostile /Size or /Index from exhausting memory


class StructureError(Exception):
    """The file's layout is not one a signature can be trusted on. `text` says why in one line."""

    def __init__(self, text: Text, offset: int | None = None) -> None:
        self.text = text
        self.offset = offset
        super().__init__(text.en)


@dataclass(frozen=True)
class Body:
    """One indirect object as written: `number generation obj … endobj` spanning [start, end)."""

    number: int
    generation: int
    start: int
    end: int
    value: Any  # the parsed pyHanko object (dictionary, stream, array …)


@dataclass(frozen=True)
class Entry:
    """A cross-reference entry: in use at `offset`, in object stream `stream` at `index`, or free."""

    kind: str  # "n" (in use), "c" (compressed, in an object stream) or "f" (free)
    generation: int = 0
    offset: int = 0
    stream: int = 0
    index: int = 0


@dataclass
class Revision:
    index: int
    start: int
    end: int = 0
    xref_offset: int = 0
    xref_kind: str = "table"  # "table" or "stream"
    xref_object: int | None = None  # the xref stream's own object number
    trailer: Any = None
    entries: dict[int, Entry] = field(default_factory=dict)
    bodies: dict[int, Body] = field(default_factory=dict)
    compressed: dict[int, Any] = field(default_factory=dict)  # object number → value, from object streams

    @property
    def in_use(self) -> dict[int, Entry]:
        return {number: entry for number, entry in self.entries.items() if entry.kind != "f"}

    @property
    def freed(self) -> set[int]:
        return {number for number, entry in self.entries.items() if entry.kind == "f" and number != 0}

    def value(self, number: int) -> Any:
        """The value this revision defines for `number` (KeyError if it defines none)."""
        if number in self.compressed:
            return self.compressed[number]
        return self.bodies[number].value


@dataclass(frozen=True)
class Layout:
    data: bytes
    revisions: tuple[Revision, ...]

    def revision_ending_at(self, end: int) -> Revision | None:
        for revision in self.revisions:
            if revision.end == end:
                return revision
        return None

    def defined_in(self, number: int, upto: int | None = None) -> Revision | None:
        """The latest revision (up to index `upto`) whose xref section has an entry for `number`."""
        last = len(self.revisions) - 1 if upto is None else upto
        for revision in reversed(self.revisions[: last + 1]):
            if number in revision.entries:
                return revision
        return None

    def lookup(self, number: int, upto: int | None = None) -> Any:
        """The value of object `number` as a reader of revision `upto` sees it (None if free or absent)."""
        revision = self.defined_in(number, upto)
        if revision is None or revision.entries[number].kind == "f":
            return None
        return revision.value(number)

    def in_use(self, number: int, upto: int | None = None) -> bool:
        revision = self.defined_in(number, upto)
        return revision is not None and revision.entries[number].kind != "f"


def _problem(sv: str, en: str, offset: int | None = None) -> StructureError:
    return StructureError(Text(sv, en), offset)


class _Handler:
    """The minimum of pyHanko's PdfHandler the object parser needs: strictness, decode limits, stream lengths."""

    strict = True

    def __init__(self, scanner: _Scanner) -> None:
        self._scanner = scanner

    @property
    def decode_context(self) -> Any:
        from pyhanko.pdf_utils.decode_limits import DEFAULT_DECODE_CONTEXT  # noqa: PLC0415

        return DEFAULT_DECODE_CONTEXT

    def get_object(self, ref: Any, *_args: Any, **_kwargs: Any) -> Any:
        # Called for an indirect /Length (and, after the scan, by pyHanko helpers on the final view).
        value = self._scanner.known_value(int(ref.idnum))
        if value is None:
            value = self._scanner.forward_length(int(ref.idnum), int(ref.generation))
        return value


class _Scanner:
    def __init__(self, data: bytes) -> None:
        self.data = data
        self.stream = io.BytesIO(data)
        self.handler = _Handler(self)
        self.revisions: list[Revision] = []
        self.current: Revision | None = None
        self.forward: list[tuple[int, int]] = []  # (object number, length used) read ahead of their body

    def forward_length(self, number: int, generation: int) -> int:
        """A stream /Length whose object follows the stream: read it now, confirm it when the revision is done."""
        pattern = re.compile(rb"(?<![0-9])%d[ \t\r\n\f\x00]+%d[ \t\r\n\f\x00]+obj[ \t\r\n\f\x00]+(\d{1,12})[ \t\r\n\f"
                             rb"\x00]+endobj" % (number, generation))
        found = pattern.search(self.data, self.stream.tell())
        if found is None:
            raise _problem(
                f"En strömlängd hänvisar till objekt {number}, som inte finns.",
                f"A stream length refers to object {number}, which does not exist.",
            )
        self.forward.append((number, int(found.group(1))))
        return int(found.group(1))

    def known_value(self, number: int) -> Any:
        if self.current is not None and number in self.current.bodies:
            return self.current.bodies[number].value
        for revision in reversed(self.revisions):
            if number in revision.entries:
                return revision.value(number) if revision.entries[number].kind != "f" else None
        return None

    # --- the file ------------------------------------------------------------------------------------------------
    def scan(self) -> Layout:
        data = self.data
        header = _HEADER.match(data)
        if header is None:
            raise _problem("Filen börjar inte med ett PDF-huvud.", "The file does not start with a PDF header.", 0)
        position = header.end()
        while position < len(data):
            revision = self._revision(position, len(self.revisions))
            self.revisions.append(revision)
            position = revision.end
        if not self.revisions:
            raise _problem("Filen har ingen korsreferenstabell.", "The file has no cross-reference section.")
        return Layout(data, tuple(self.revisions))

    def _skip(self, position: int, *, comments: bool) -> int:
        data = self.data
        while position < len(data):
            char = data[position : position + 1]
            if char and char in _WS:
                position += 1
            elif comments and char == b"%" and not data.startswith(b"%%EOF", position):
                end = position
                while end < len(data) and data[end : end + 1] not in (b"\r", b"\n"):
                    end += 1
                position = end
            else:
                break
        return position

    # --- one revision --------------------------------------------------------------------------------------------
    def _revision(self, start: int, index: int) -> Revision:
        revision = Revision(index=index, start=0 if index == 0 else start)
        self.current = revision
        position = start
        while True:
            position = self._skip(position, comments=True)
            if position >= len(self.data):
                raise _problem(
                    f"Version {index + 1} av filen tar slut utan korsreferenstabell (data efter sista %%EOF).",
                    f"Revision {index + 1} of the file ends without a cross-reference section (data after the "
                    "last %%EOF).", position,
                )
            if self.data.startswith(b"xref", position):
                revision.xref_offset = position
                position = self._xref_table(revision, position)
                break
            header = _OBJ_HEADER.match(self.data, position)
            if header is None:
                raise _problem(
                    f"Oväntade byte på position {position} (varken objekt eller korsreferenstabell).",
                    f"Unexpected bytes at offset {position} (neither an object nor a cross-reference section).",
                    position,
                )
            body = self._body(header, position)
            if _is_xref_stream(body.value):
                revision.xref_offset = position
                revision.xref_kind = "stream"
                revision.xref_object = body.number
                revision.bodies[body.number] = body
                self._xref_stream(revision, body)
                position = body.end
                break
            if body.number in revision.bodies:
                raise _problem(
                    f"Objekt {body.number} skrivs två gånger i samma version av filen.",
                    f"Object {body.number} is written twice in the same revision of the file.", position,
                )
            revision.bodies[body.number] = body
            position = body.end
        position = self._skip(position, comments=False)
        tail = _STARTXREF.match(self.data, position)
        if tail is None:
            raise _problem(
                f"Version {index + 1} av filen slutar inte med startxref och %%EOF.",
                f"Revision {index + 1} of the file does not end with startxref and %%EOF.", position,
            )
        if int(tail.group(1)) != revision.xref_offset:
            raise _problem(
                f"startxref i version {index + 1} pekar inte på dess korsreferenstabell.",
                f"startxref of revision {index + 1} does not point to its cross-reference section.", position,
            )
        revision.end = tail.end()
        self._check_revision(revision)
        self.current = None
        return revision

    def _body(self, header: re.Match[bytes], position: int) -> Body:
        from pyhanko.pdf_utils import generic  # noqa: PLC0415 - pyHanko loads lazily
        from pyhanko.pdf_utils.misc import PdfError  # noqa: PLC0415

        number, generation = int(header.group(1)), int(header.group(2))
        if number == 0 or number > MAX_OBJECTS:
            raise _problem(f"Ogiltigt objektnummer {number}.", f"Invalid object number {number}.", position)
        self.stream.seek(self._skip(header.end(), comments=True))
        try:
            value = generic.read_object(self.stream, generic.Reference(number, generation, self.handler))
        except StructureError:
            raise
        except (PdfError, ValueError, TypeError, KeyError, IndexError, RecursionError) as exc:
            raise _problem(
                f"Objekt {number} på position {position} går inte att läsa ({exc}).",
                f"Object {number} at offset {position} cannot be read ({exc}).", position,
            ) from None
        if isinstance(value, generic.StreamObject):
            self._check_stream_length(value, number, position)
        after = self._skip(self.stream.tell(), comments=True)
        if not self.data.startswith(b"endobj", after):
            raise _problem(
                f"Objekt {number} på position {position} slutar inte med endobj.",
                f"Object {number} at offset {position} does not end with endobj.", position,
            )
        return Body(number, generation, position, after + len(b"endobj"), value)

    def _check_stream_length(self, value: Any, number: int, position: int) -> None:
        # pyHanko forgives a /Length one byte too long; a signature check must not: readers could disagree.
        from pyhanko.pdf_utils import generic  # noqa: PLC0415

        length = value.raw_get("/Length")
        if isinstance(length, generic.IndirectObject):
            length = self.handler.get_object(length.reference)
        if not isinstance(length, int) or len(value.encoded_data) != int(length):
            raise _problem(
                f"Strömmen i objekt {number} har fel /Length.", f"The stream of object {number} has a wrong /Length.",
                position,
            )

    # --- cross-reference sections --------------------------------------------------------------------------------
    def _xref_table(self, revision: Revision, position: int) -> int:
        from pyhanko.pdf_utils import generic  # noqa: PLC0415
        from pyhanko.pdf_utils.misc import PdfError  # noqa: PLC0415

        data = self.data
        cursor = position + len(b"xref")
        eol = re.compile(rb"[ \t]*(\r\n|\r|\n)").match(data, cursor)
        if eol is None:
            raise _problem("Korsreferenstabellen är felformad.", "The cross-reference table is malformed.", cursor)
        cursor = eol.end()
        while (sub := _SUBSECTION.match(data, cursor)) is not None:
            first, count = int(sub.group(1)), int(sub.group(2))
            if first + count > MAX_OBJECTS:
                raise _problem("Korsreferenstabellen är för stor.", "The cross-reference table is too large.", cursor)
            cursor = sub.end()
            for number in range(first, first + count):
                entry = _TABLE_ENTRY.match(data, cursor)
                if entry is None:
                    raise _problem(
                        f"Rad {number} i korsreferenstabellen är felformad.",
                        f"Entry {number} of the cross-reference table is malformed.", cursor,
                    )
                cursor = entry.end()
                if number in revision.entries:
                    raise _problem(
                        f"Objekt {number} står två gånger i korsreferenstabellen.",
                        f"Object {number} appears twice in the cross-reference table.", cursor,
                    )
                offset, gen = int(entry.group(1)), int(entry.group(2))
                if entry.group(3) == b"n":
                    revision.entries[number] = Entry("n", gen, offset=offset)
                else:
                    revision.entries[number] = Entry("f", gen)
        cursor = self._skip(cursor, comments=True)
        if not data.startswith(b"trailer", cursor):
            raise _problem("Trailer saknas efter korsreferenstabellen.", "The trailer after the xref table is missing.",
                           cursor)
        self.stream.seek(self._skip(cursor + len(b"trailer"), comments=True))
        try:
            trailer = generic.DictionaryObject.read_from_stream(
                self.stream, generic.Reference(0, 0, self.handler), in_content_stream=generic.ContentOpReading.NO
            )
        except (PdfError, ValueError, TypeError, KeyError, IndexError, RecursionError) as exc:
            raise _problem(f"Trailern går inte att läsa ({exc}).", f"The trailer cannot be read ({exc}).",
                           cursor) from None
        if isinstance(trailer, generic.StreamObject):
            raise _problem("Trailern är felformad.", "The trailer is malformed.", cursor)
        revision.trailer = trailer
        if "/XRefStm" in trailer:
            raise _problem(
                "Filen har blandade korsreferenser (hybridfil); sådana kan läsas olika av olika program.",
                "The file has hybrid cross-references; different programs may read it differently.", cursor,
            )
        return self.stream.tell()

    def _xref_stream(self, revision: Revision, body: Body) -> None:
        from pyhanko.pdf_utils.misc import PdfError  # noqa: PLC0415

        stream = body.value
        revision.trailer = stream
        try:
            widths = [int(w) for w in stream["/W"]]
            size = int(stream["/Size"])
            index = [int(v) for v in stream.get("/Index", [0, size])]
            raw = stream.data
        except (PdfError, ValueError, TypeError, KeyError, IndexError, NotImplementedError) as exc:
            raise _problem(f"Korsreferensströmmen går inte att läsa ({exc}).",
                           f"The cross-reference stream cannot be read ({exc}).", body.start) from None
        if len(widths) != 3 or any(w < 0 or w > 8 for w in widths) or len(index) % 2 or size > MAX_OBJECTS:
            raise _problem("Korsreferensströmmen är felformad.", "The cross-reference stream is malformed.",
                           body.start)
        width = sum(widths)
        cursor = 0
        for first, count in zip(index[::2], index[1::2], strict=True):
            if first < 0 or count < 0 or first + count > MAX_OBJECTS:
                raise _problem("Korsreferensströmmen är felformad.", "The cross-reference stream is malformed.",
                               body.start)
            for number in range(first, first + count):
                row = raw[cursor : cursor + width]
                if len(row) != width:
                    raise _problem("Korsreferensströmmen är för kort.", "The cross-reference stream is too short.",
                                   body.start)
                cursor += width
                fields = []
                at = 0
                for w in widths:
                    fields.append(int.from_bytes(row[at : at + w], "big") if w else None)
                    at += w
                kind = 1 if fields[0] is None else fields[0]
                second, third = fields[1] or 0, fields[2] or 0
                if number in revision.entries:
                    raise _problem(f"Objekt {number} står två gånger i korsreferensströmmen.",
                                   f"Object {number} appears twice in the cross-reference stream.", body.start)
                if kind == 0:
                    revision.entries[number] = Entry("f", third)
                elif kind == 1:
                    revision.entries[number] = Entry("n", third, offset=second)
                elif kind == 2:
                    revision.entries[number] = Entry("c", 0, stream=second, index=third)
                else:
                    raise _problem(f"Okänd posttyp {kind} i korsreferensströmmen.",
                                   f"Unknown entry type {kind} in the cross-reference stream.", body.start)
        if cursor != len(raw):
            raise _problem("Korsreferensströmmen har överskott.", "The cross-reference stream has extra data.",
                           body.start)

    # --- consistency of one revision -----------------------------------------------------------------------------
    def _check_revision(self, revision: Revision) -> None:
        for number, length in self.forward:
            body = revision.bodies.get(number)
            if body is None or body.value != length:
                raise _problem(f"Strömlängden i objekt {number} stämmer inte.",
                               f"The stream length in object {number} does not match.")
        self.forward.clear()
        trailer = revision.trailer
        label_sv, label_en = f"version {revision.index + 1}", f"revision {revision.index + 1}"
        if "/Encrypt" in trailer:
            raise _problem("PDF-filen är krypterad.", "The PDF is encrypted.")
        if "/Root" not in trailer:
            raise _problem(f"Trailern i {label_sv} saknar /Root.", f"The trailer of {label_en} has no /Root.")
        prev = trailer.get("/Prev") if hasattr(trailer, "get") else None
        if revision.index == 0:
            if prev is not None:
                raise _problem("Den första versionen av filen hänvisar till en tidigare (/Prev).",
                               "The first revision of the file refers to an earlier one (/Prev).")
            if any(isinstance(body.value, dict) and "/Linearized" in body.value for body in revision.bodies.values()):
                raise _problem("Linjäriserade PDF-filer (snabb webbvisning) stöds inte.",
                               "Linearised PDF files (fast web view) are not supported.")
        else:
            earlier = self.revisions[revision.index - 1]
            if not isinstance(prev, int) or int(prev) != earlier.xref_offset:
                raise _problem(
                    f"Tillägget i {label_sv} hänvisar inte till föregående version (/Prev saknas eller är fel).",
                    f"The update in {label_en} does not refer to the previous revision (/Prev is missing or wrong).",
                )
        try:
            size = int(trailer["/Size"])
        except (KeyError, TypeError, ValueError):
            raise _problem(f"Trailern i {label_sv} saknar /Size.", f"The trailer of {label_en} has no /Size.") from None
        previous_size = int(self.revisions[-1].trailer["/Size"]) if self.revisions else 0
        if size < previous_size or size > MAX_OBJECTS:
            raise _problem(f"/Size i {label_sv} är ogiltig.", f"/Size in {label_en} is invalid.")
        for number, entry in revision.entries.items():
            if number >= size:
                raise _problem(f"Objekt {number} ligger utanför /Size i {label_sv}.",
                               f"Object {number} lies beyond /Size in {label_en}.")
            if entry.kind == "n":
                body = revision.bodies.get(number)
                if body is None or body.start != entry.offset or body.generation != entry.generation:
                    raise _problem(
                        f"Korsreferensen för objekt {number} i {label_sv} pekar inte på objektets text i samma "
                        "version (den kan peka om innehåll som redan fanns).",
                        f"The cross-reference for object {number} in {label_en} does not point to that object's "
                        "body in the same revision (it may re-point content that was already there).",
                    )
        for number in revision.bodies:
            listed = revision.entries.get(number)
            if number == revision.xref_object and listed is None:
                continue
            if listed is None or listed.kind != "n":
                raise _problem(
                    f"Objekt {number} finns i filen men används inte enligt korsreferenserna i {label_sv} (dolt "
                    "innehåll).",
                    f"Object {number} is in the file but unused according to the cross-references of {label_en} "
                    "(hidden content).",
                )
        self._object_streams(revision, label_sv, label_en)

    def _object_streams(self, revision: Revision, label_sv: str, label_en: str) -> None:
        """Objects in object streams: each listed by the revision's xref, each stream from the same revision."""
        from pyhanko.pdf_utils import generic  # noqa: PLC0415
        from pyhanko.pdf_utils.misc import PdfError  # noqa: PLC0415

        wanted: dict[int, dict[int, int]] = {}
        for number, entry in revision.entries.items():
            if entry.kind == "c":
                wanted.setdefault(entry.stream, {})[entry.index] = number
        streams = {number for number, body in revision.bodies.items()
                   if isinstance(body.value, generic.StreamObject) and body.value.get("/Type") == "/ObjStm"}
        for stream_number in set(wanted) | streams:
            body = revision.bodies.get(stream_number)
            if body is None or stream_number not in streams:
                raise _problem(
                    f"Komprimerade objekt i {label_sv} ligger i en objektström från en annan version.",
                    f"Compressed objects in {label_en} lie in an object stream from another revision.",
                )
            try:
                count, first = int(body.value["/N"]), int(body.value["/First"])
                payload = body.value.data
                numbers = [int(v) for v in payload[:first].split()]
            except (PdfError, ValueError, TypeError, KeyError, NotImplementedError) as exc:
                raise _problem(f"Objektström {stream_number} går inte att läsa ({exc}).",
                               f"Object stream {stream_number} cannot be read ({exc}).") from None
            if "/Extends" in body.value or len(numbers) != 2 * count:
                raise _problem(f"Objektström {stream_number} är felformad.",
                               f"Object stream {stream_number} is malformed.")
            listed = wanted.get(stream_number, {})
            pairs = list(zip(numbers[::2], numbers[1::2], strict=True))
            if {index: number for index, (number, _) in enumerate(pairs)} != listed:
                raise _problem(
                    f"Objektström {stream_number} innehåller objekt som korsreferenserna i {label_sv} inte använder "
                    "(dolt innehåll).",
                    f"Object stream {stream_number} holds objects that the cross-references of {label_en} do not "
                    "use (hidden content).",
                )
            for index, (number, offset) in enumerate(pairs):
                stream = io.BytesIO(payload)
                stream.seek(first + offset)
                try:
                    value = generic.read_object(stream, generic.Reference(number, 0, self.handler))
                except (PdfError, ValueError, TypeError, KeyError, IndexError, RecursionError) as exc:
                    raise _problem(f"Objekt {number} i objektström {stream_number} går inte att läsa ({exc}).",
                                   f"Object {number} in object stream {stream_number} cannot be read ({exc}).",
                                   ) from None
                _ = index
                revision.compressed[number] = value


def _is_xref_stream(value: Any) -> bool:
    from pyhanko.pdf_utils import generic  # noqa: PLC0415

    return isinstance(value, generic.StreamObject) and value.get("/Type") == "/XRef"


def scan(data: bytes) -> Layout:
    """The file's revisions, or StructureError saying in one line what is not allowed."""
    return _Scanner(data).scan()
