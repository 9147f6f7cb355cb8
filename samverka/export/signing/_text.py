"""Text for the signing pages and stamps: the bundled font, right-to-left names, plain-text escaping."""

from __future__ import annotations

import unicodedata
from functools import cache
from pathlib import Path
from typing import Any

from samverka.paths import font_path

FONT = "SamverkaSignSans"
FONT_BOLD = "SamverkaSignSans-Bold"

_RTL_CLASSES = frozenset({"R", "AL"})


@cache
def register_fonts() -> tuple[str, str]:
    """Register the bundled DejaVu Sans with reportlab once. It covers Latin, Greek, Cyrillic, Arabic and Hebrew."""
    from reportlab.pdfbase import pdfmetrics  # noqa: PLC0415 - reportlab loads lazily
    from reportlab.pdfbase.ttfonts import TTFont  # noqa: PLC0415

    pdfmetrics.registerFont(TTFont(FONT, str(font_path("DejaVuSans.ttf"))))
    pdfmetrics.registerFont(TTFont(FONT_BOLD, str(font_path("DejaVuSans-Bold.ttf"))))
    return FONT, FONT_BOLD


def has_rtl(text: str) -> bool:
    return any(unicodedata.bidirectional(char) in _RTL_CLASSES for char in text)


def visual(text: str) -> str:
    """The string in drawing order: Arabic letters joined and right-to-left runs reversed.

    reportlab draws characters left to right as given, so RTL text must be shaped and reordered first.
    Text without RTL characters is returned unchanged (so digits and Swedish text are never moved).
    """
    clean = plain(text)
    if not has_rtl(clean):
        return clean
    import arabic_reshaper  # noqa: PLC0415 - only needed for RTL names
    from bidi import get_display  # noqa: PLC0415

    return str(get_display(arabic_reshaper.reshape(clean)))


def plain(text: str) -> str:
    """One line of printable text: control characters and line breaks become spaces."""
    cleaned = "".join(" " if unicodedata.category(char).startswith("C") else char for char in text)
    return " ".join(cleaned.split())


def escape_markup(text: str) -> str:
    """Text made safe for reportlab's Paragraph mini-markup."""
    return plain(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def fit_text(text: str, font: str, size: float, width: float) -> str:
    """Shorten `text` with an ellipsis so that it fits `width` points."""
    if text_width(text, font, size) <= width:
        return text
    cut = text
    while cut and text_width(cut + "…", font, size) > width:
        cut = cut[:-1]
    return cut + "…"


# --- scripts the bundled font lacks ----------------------------------------------------------------------------
# DejaVu Sans covers Latin, Greek, Cyrillic, Arabic, Hebrew and more. For other scripts (Thai, Devanagari, Ethiopic,
# Armenian, Georgian …) a Noto font of that script installed on the computer is used when there is one.
_FONT_DIRS = (
    Path("/usr/share/fonts"), Path("/usr/local/share/fonts"), Path.home() / ".local/share/fonts",
    Path("/Library/Fonts"), Path("/System/Library/Fonts"), Path("C:/Windows/Fonts"),
)


@cache
def _coverage(font: str) -> frozenset[int]:
    from reportlab.pdfbase import pdfmetrics  # noqa: PLC0415

    face: Any = getattr(pdfmetrics.getFont(font), "face", None)
    return frozenset(getattr(face, "charToGlyph", {}) or ())


@cache
def _script_font(script: str, bold: bool) -> str | None:
    """A registered reportlab font for `script` (e.g. "Thai"), found among the installed Noto fonts, or None."""
    from reportlab.pdfbase import pdfmetrics  # noqa: PLC0415
    from reportlab.pdfbase.ttfonts import TTFError, TTFont  # noqa: PLC0415

    weights = ("Bold", "Regular") if bold else ("Regular",)
    for weight in weights:
        pattern = f"NotoSans{script}-{weight}.ttf"
        for folder in _FONT_DIRS:
            if not folder.is_dir():
                continue
            for path in folder.rglob(pattern):
                name = f"SamverkaSign-{script}-{weight}"
                try:
                    pdfmetrics.registerFont(TTFont(name, str(path)))
                except (TTFError, OSError):
                    continue
                return name
    return None


def _font_for(char: str, font: str) -> str:
    if ord(char) in _coverage(font) or unicodedata.category(char).startswith(("Z", "M", "C")):
        return font
    try:
        script = unicodedata.name(char).split()[0].title().replace("-", "")
    except ValueError:
        return font
    fallback = _script_font(script, "Bold" in font)
    return fallback if fallback and ord(char) in _coverage(fallback) else font


def font_runs(text: str, font: str) -> list[tuple[str, str]]:
    """`text` split into (run, font) pieces: the bundled font where it has the glyphs, a script font elsewhere."""
    runs: list[tuple[str, str]] = []
    for char in text:
        chosen = _font_for(char, font)
        if unicodedata.category(char).startswith("M") and runs:
            chosen = runs[-1][1]  # a combining mark stays with its base letter
        if runs and runs[-1][1] == chosen:
            runs[-1] = (runs[-1][0] + char, chosen)
        else:
            runs.append((char, chosen))
    return runs


def needs_shaping(text: str, font: str) -> bool:
    """True when part of `text` is drawn with a script font (Devanagari, Thai …) and nothing is right-to-left."""
    return not has_rtl(text) and any(face != font for _, face in font_runs(plain(text), font))


def text_width(text: str, font: str, size: float) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth  # noqa: PLC0415

    return float(sum(stringWidth(run, face, size) for run, face in font_runs(text, font)))


def draw_text(canvas: Any, x: float, y: float, text: str, font: str, size: float) -> None:
    """Draw one line, switching fonts where the bundled one lacks a script."""
    from reportlab.pdfbase.pdfmetrics import stringWidth  # noqa: PLC0415
    from reportlab.pdfbase.ttfonts import shapeStr  # noqa: PLC0415

    for run, face in font_runs(text, font):
        canvas.setFont(face, size)
        # Script fonts (Devanagari, Thai …) need HarfBuzz shaping for conjuncts and marks; Arabic is already
        # shaped and reordered by visual(). reportlab's canvas only shapes with rlbidi, so shape the run here.
        shown = shapeStr(run, face, size) if face != font else run
        canvas.drawString(x, y, shown)
        x += stringWidth(run, face, size)


def markup(text: str, font: str) -> str:
    """Paragraph markup for `text` in drawing order, escaped, with <font> tags where another script font is needed."""
    parts = []
    for run, face in font_runs(visual(text), font):
        escaped = run.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        parts.append(escaped if face == font else f'<font face="{face}">{escaped}</font>')
    return "".join(parts)
