"""The typesetting engine: Typst, compiled in process from the templates in `typst/` and the bundled fonts.

Typst writes tagged PDF (structure tree, reading order, /Lang, artifacts for page furniture), PDF/A-2a and
PDF/UA-1 at once, hyphenates Swedish and English, and shapes right-to-left scripts. The document arrives as JSON
in `sys.inputs`: the templates show its strings as text and never evaluate them, so user text cannot inject
markup or code, and the template root holds only the templates (nothing else is readable from inside).
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import threading
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from samverka.paths import resource

log = logging.getLogger(__name__)

TEMPLATES = Path(__file__).resolve().parent / "typst"
STANDARDS = ["a-2a", "ua-1"]
PAGE_HEIGHT = 841.8897637795277  # A4, points
_LOCK = threading.Lock()  # one compiler, not thread-safe: exports from worker threads take turns


@dataclass(frozen=True)
class Compiled:
    data: bytes
    marks: tuple[dict[str, Any], ...]
    warnings: tuple[str, ...]

    @property
    def page_count(self) -> int:
        pages = [int(m["pages"]) for m in self.marks if m.get("kind") == "pages"]
        return pages[0] if pages else 0


@lru_cache(maxsize=1)
def _compiler() -> Any:
    import typst  # noqa: PLC0415 - the engine loads on the first export

    fonts = typst.Fonts(include_system_fonts=False, include_embedded_fonts=False,
                        font_paths=[str(resource("fonts"))])
    return typst.Compiler(str(TEMPLATES / "main.typ"), root=str(TEMPLATES), font_paths=fonts,
                          ignore_system_fonts=True)


def compile_document(payload: dict[str, Any], created: dt.datetime) -> Compiled:
    """The PDF of one document, and the marks its templates left (signature fields, page count)."""
    import typst  # noqa: PLC0415

    data = json.dumps(payload, ensure_ascii=False, separators=(",", ":"))
    with _LOCK:
        compiler = _compiler()
        try:
            pdf, warnings = compiler.compile_with_warnings(
                sys_inputs={"data": data}, pdf_standards=STANDARDS, timestamp=created,
            )
            marks = json.loads(compiler.query("<samverka>", field="value"))
        except typst.TypstError as exc:  # a bug in a template or in the data it was given
            raise RuntimeError(f"Typst could not set the document: {exc.message} {exc.hints} {exc.trace}") from exc
    messages = tuple(w.message for w in warnings)
    for message in messages:
        log.warning("typst: %s", message)
    return Compiled(bytes(pdf or b""), tuple(marks), messages)


def creation_time(date_text: str) -> dt.datetime:
    """The document's fixed creation date (from its data, never the clock): same data, same bytes."""
    text = date_text.strip().removesuffix("UTC").strip()  # "2026-11-25 14:03 UTC" (a lock time) or a date
    try:
        moment = dt.datetime.fromisoformat(text) if text else None
    except ValueError:
        moment = None
    if moment is None:
        return dt.datetime(2000, 1, 1, tzinfo=dt.UTC)
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)
