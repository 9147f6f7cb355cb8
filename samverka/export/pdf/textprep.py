"""User text made ready for print: normalised, typographic quotes, long tokens breakable, and every character
one of the bundled fonts can show (else U+FFFD, "�", never an empty box: PDF/A forbids the .notdef glyph).

The text goes to the engine as data, never as markup, so nothing here escapes anything.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from samverka.paths import resource

REPLACEMENT = "\ufffd"
FONT_FILES = (
    "NotoSans-Regular.ttf", "NotoSansArabic-Regular.ttf", "DejaVuSans.ttf", "wqy-microhei.ttc",
    "Symbola.ttf",
)
# Control characters a font cannot show; newline stays (a line break), tab becomes spaces.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
# Every character below U+0250 except the controls is in Noto Sans: no need to read the fonts for it.
_SIMPLE = re.compile(r"[\n\x20-\x7e\xa0-\u024f\u2010-\u2027\u2030-\u205e\u20ac\u2212\u00ad]*")
# A run without a break opportunity longer than this is given some (a pasted URL, a name with no spaces).
LONG_TOKEN = 40
_LONG = re.compile(rf"[^\s\u200b]{{{LONG_TOKEN + 1},}}")


def prepare(text: str, lang: str = "sv") -> str:
    """The text as it is printed."""
    if not text:
        return ""
    out = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n").replace("\t", "    ")
    out = _CONTROL.sub("", out)
    out = quotes(out, lang)
    if _LONG.search(out):
        out = _LONG.sub(_breakable, out)
    if not _SIMPLE.fullmatch(out):
        covered = coverage()
        out = "".join(ch if ord(ch) in covered or ch in "\n\u200b" or _invisible(ch) else REPLACEMENT for ch in out)
    return out


def quotes(text: str, lang: str) -> str:
    """Straight quotes become typographic: ”…” and ’ in Swedish, “…” and ‘…’ in English."""
    if '"' not in text and "'" not in text:
        return text
    if lang == "sv":
        return text.replace('"', "\u201d").replace("'", "\u2019")
    text = re.sub(r'(^|[\s(\[{\u2014\u2013])"', "\\1\u201c", text)
    text = text.replace('"', "\u201d")
    text = re.sub(r"(^|[\s(\[{\u2014\u2013])'", "\\1\u2018", text)
    return text.replace("'", "\u2019")


def _breakable(match: re.Match[str]) -> str:
    """A zero-width space after each slash, and every 20 characters, so the run can wrap inside its column."""
    token = match.group(0)
    pieces = re.split(r"(?<=[/\\_.\-])", token)
    out: list[str] = []
    for piece in pieces:
        out += [piece[i : i + 20] for i in range(0, len(piece), 20)]
    return "\u200b".join(part for part in out if part)


def _invisible(ch: str) -> bool:
    # Joiners and direction marks shape text but draw nothing; the engine handles them without a glyph.
    return unicodedata.category(ch) == "Cf" and ch != "\u00ad"


@lru_cache(maxsize=1)
def coverage() -> frozenset[int]:
    """Every code point one of the bundled fonts has a glyph for (read once, when first needed)."""
    from fontTools.ttLib import TTFont  # noqa: PLC0415 - only when unusual characters appear

    points: set[int] = set()
    for name in FONT_FILES:
        font = TTFont(str(resource("fonts", name)), lazy=True, fontNumber=0)
        try:
            cmap = font.getBestCmap() or {}
        finally:
            font.close()
        points.update(cmap)
    return frozenset(points)
