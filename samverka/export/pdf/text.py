"""User text made safe for reportlab paragraphs: escaped (never markup) and right-to-left runs put in visual order."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from xml.sax.saxutils import escape

# A run of right-to-left letters, with the spaces and marks between them (an Arabic or Hebrew name of several words).
_RTL_RUN = re.compile(
    r"[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]+(?:[\s\u200c\u200d\u064B-\u065F]+[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]+)*"
)
_ARABIC = re.compile(r"[\u0600-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]")
MAX_UNBROKEN_WORDS = 5
# Control characters a PDF font cannot show; tab and newline are handled by the callers.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def visual(text: str) -> str:
    """Reorder right-to-left runs (and join Arabic letters) so a left-to-right layout shows them correctly."""
    if not _RTL_RUN.search(text):
        return text
    return _RTL_RUN.sub(lambda match: _visual_run(match.group(0)), text)


@lru_cache(maxsize=4096)
def _visual_run(run: str) -> str:
    import arabic_reshaper  # noqa: PLC0415 - only when a right-to-left name appears
    from bidi import get_display  # noqa: PLC0415

    shaped = arabic_reshaper.reshape(run) if _ARABIC.search(run) else run
    shown = str(get_display(shaped, base_dir="R"))
    # A name must not wrap: a line break inside a reversed run would put its words on the wrong lines.
    words = shown.split(" ")
    return "\u00a0".join(words) if len(words) <= MAX_UNBROKEN_WORDS else shown


def clean(text: str) -> str:
    return _CONTROL.sub("", unicodedata.normalize("NFC", text)).replace("\t", "    ")


def markup(text: str) -> str:
    """Paragraph markup for one user text: escaped, line breaks kept."""
    lines = (escape(visual(clean(line))) for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"))
    return "<br/>".join(lines)


def plain(text: str) -> str:
    """For canvas drawString and chart labels: no markup, only visual order."""
    return visual(clean(text)).replace("\n", " ").replace("\r", " ")


def paragraphs(text: str) -> list[str]:
    """Split a body into paragraphs at blank lines; each is markup."""
    blocks = re.split(r"\n\s*\n", text.replace("\r\n", "\n").strip())
    return [markup(block.strip()) for block in blocks if block.strip()]
