"""Parse a verified file once: lend the objects of our strict scan to pyHanko's reader.

A tagged PDF/A agreement has several hundred small objects (the structure tree, fonts, annotations). Our own
check (`revisions.scan`) parses every one with pyHanko's object parser, and pyHanko's difference analysis then
parses them all again from its own reader. After the scan has passed, both readings would start at the same byte
with the same parser, so the second adds nothing but time; this module hands the first one over instead.

It lends an object only where that equivalence is certain: the scan found the file's structure acceptable,
pyHanko's own cross-reference reading places the object's latest definition at the very offset where the scan read
its body, nothing but white space lies between `obj` and the value (no comment a reader could treat differently),
and it is a plain object in the file (not in an object stream, not a cross-reference stream, not an XMP metadata
stream, which pyHanko reads with a class of its own). Everything else pyHanko reads itself, as before.
The scan parses strictly (duplicate keys refused); pyHanko's lenient mode differs only where strict parsing fails,
so a lent object is exactly the one pyHanko would have read. Lending happens after our analysis is complete: the
objects are re-pointed at pyHanko's reader, which our analysis (raw access only) no longer needs.
"""

from __future__ import annotations

import re
from typing import Any

from samverka.export.signing.revisions import Layout

_AFTER_HEADER = re.compile(rb"\d+[ \t\r\n\f\x00]+\d+[ \t\r\n\f\x00]+obj[ \t\r\n\f\x00]*")


def lend_objects(reader: Any, layout: Layout) -> int:
    """Seed `reader` (a pyHanko PdfFileReader of the same bytes) with the scan's objects; how many were lent."""
    from pyhanko.pdf_utils import generic  # noqa: PLC0415 - pyHanko loads lazily

    data = layout.data
    stream_refs = getattr(reader.xrefs, "xref_stream_refs", None)
    if stream_refs is None or getattr(reader, "encrypted", True):
        return 0
    latest: dict[int, Any] = {}
    for revision in layout.revisions:
        for number, entry in revision.entries.items():
            latest[number] = (revision, entry)
    lent = 0
    for number, (revision, entry) in latest.items():
        body = revision.bodies.get(number)
        if entry.kind != "n" or body is None or number == revision.xref_object:
            continue
        ref = generic.Reference(number, entry.generation)
        if ref in stream_refs or reader.cache_get_indirect_object(entry.generation, number) is not None:
            continue
        try:
            marker = reader.xrefs[ref]
        except (KeyError, ValueError):
            continue
        if type(marker) is not int or marker != body.start:
            continue
        header = _AFTER_HEADER.match(data, body.start)
        if header is None or data[header.end() : header.end() + 1] == b"%":
            continue
        value = body.value
        if isinstance(value, generic.StreamObject) and dict.get(value, "/Type") == "/Metadata":
            continue
        _rehome(value, generic.Reference(number, entry.generation, reader), reader, generic, 0)
        reader.cache_indirect_object(entry.generation, number, value)
        lent += 1
    return lent


def _rehome(value: Any, container: Any, reader: Any, generic: Any, depth: int) -> None:
    """Point the value (and everything inside it) at `reader`, as pyHanko's own parse of it would have."""
    if depth > 200:  # deeper than any parse the scan accepted; cannot happen, but never recurse without end
        raise RecursionError
    if isinstance(value, generic.PdfObject):
        value.container_ref = container
    if isinstance(value, generic.IndirectObject):
        value.reference = generic.Reference(value.reference.idnum, value.reference.generation, reader)
    elif isinstance(value, dict):
        for key, item in dict.items(value):
            _rehome(key, container, reader, generic, depth + 1)
            _rehome(item, container, reader, generic, depth + 1)
    elif isinstance(value, list):
        for item in list.__iter__(value):
            _rehome(item, container, reader, generic, depth + 1)
