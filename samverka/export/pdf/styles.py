"""Fonts (the bundled DejaVu Sans, embedded) and the paragraph styles, built once per process."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from samverka.paths import font_path

FONT = "SamverkaSans"
FONT_BOLD = "SamverkaSans-Bold"
FONT_ITALIC = "SamverkaSans-Oblique"

# The house colours: a calm navy for headings, a pale blue-grey for table heads and bands.
NAVY = "#1d3557"
ACCENT = "#2a6f97"
PALE = "#e8eef4"
RULE = "#9fb3c8"
MUTED = "#5b6b7b"


@dataclass(frozen=True)
class Styles:
    body: Any
    small: Any
    muted: Any
    cell: Any
    cell_bold: Any
    head_cell: Any
    h1: Any
    h2: Any
    h3: Any
    title: Any
    subtitle: Any
    cover_label: Any
    cover_meta: Any
    toc_levels: tuple[Any, ...]
    bullet: Any
    quote: Any


def register_fonts() -> None:
    _register()


@lru_cache(maxsize=1)
def _register() -> None:
    from reportlab.lib.fonts import addMapping  # noqa: PLC0415
    from reportlab.pdfbase import pdfmetrics  # noqa: PLC0415
    from reportlab.pdfbase.ttfonts import TTFont  # noqa: PLC0415

    pdfmetrics.registerFont(TTFont(FONT, str(font_path("DejaVuSans.ttf"))))
    pdfmetrics.registerFont(TTFont(FONT_BOLD, str(font_path("DejaVuSans-Bold.ttf"))))
    pdfmetrics.registerFont(TTFont(FONT_ITALIC, str(font_path("DejaVuSans-Oblique.ttf"))))
    addMapping(FONT, 0, 0, FONT)
    addMapping(FONT, 1, 0, FONT_BOLD)
    addMapping(FONT, 0, 1, FONT_ITALIC)
    addMapping(FONT, 1, 1, FONT_BOLD)


@lru_cache(maxsize=1)
def styles() -> Styles:
    from reportlab.lib import colors  # noqa: PLC0415
    from reportlab.lib.styles import ParagraphStyle  # noqa: PLC0415

    register_fonts()
    navy = colors.HexColor(NAVY)
    base = ParagraphStyle(
        "body", fontName=FONT, bulletFontName=FONT, fontSize=9.5, leading=13.5, spaceAfter=5, textColor=colors.black
    )
    cell = ParagraphStyle("cell", parent=base, fontSize=8, leading=10.2, spaceAfter=0)
    h1 = ParagraphStyle(
        "H1", parent=base, fontName=FONT_BOLD, fontSize=14.5, leading=18, spaceBefore=14, spaceAfter=7,
        textColor=navy,
    )
    h2 = ParagraphStyle(
        "H2", parent=base, fontName=FONT_BOLD, fontSize=11.5, leading=14.5, spaceBefore=10, spaceAfter=4,
        textColor=navy,
    )
    h3 = ParagraphStyle(
        "H3", parent=base, fontName=FONT_BOLD, fontSize=9.5, leading=13, spaceBefore=6, spaceAfter=2,
        textColor=colors.HexColor(ACCENT),
    )
    toc1 = ParagraphStyle("toc1", parent=base, fontSize=10, leading=15, leftIndent=0, spaceAfter=1)
    toc2 = ParagraphStyle(
        "toc2", parent=base, fontSize=9, leading=12.5, leftIndent=16, textColor=colors.HexColor(MUTED)
    )
    return Styles(
        body=base,
        small=ParagraphStyle("small", parent=base, fontSize=8, leading=10.5),
        muted=ParagraphStyle("muted", parent=base, fontSize=8.5, leading=11.5, textColor=colors.HexColor(MUTED)),
        cell=cell,
        cell_bold=ParagraphStyle("cell_bold", parent=cell, fontName=FONT_BOLD),
        head_cell=ParagraphStyle("head_cell", parent=cell, fontName=FONT_BOLD, textColor=navy),
        h1=h1,
        h2=h2,
        h3=h3,
        title=ParagraphStyle(
            "title", parent=base, fontName=FONT_BOLD, fontSize=24, leading=30, textColor=navy, spaceAfter=12
        ),
        subtitle=ParagraphStyle("subtitle", parent=base, fontSize=13, leading=18, textColor=colors.HexColor(ACCENT)),
        cover_label=ParagraphStyle(
            "cover_label", parent=base, fontName=FONT_BOLD, fontSize=10, leading=14, textColor=colors.HexColor(ACCENT),
            spaceAfter=10,
        ),
        cover_meta=ParagraphStyle("cover_meta", parent=base, fontSize=9.5, leading=14, spaceAfter=0),
        toc_levels=(toc1, toc2),
        bullet=ParagraphStyle("bullet", parent=base, leftIndent=14, bulletIndent=3, spaceAfter=3),
        quote=ParagraphStyle(
            "quote", parent=base, fontSize=10.5, leading=15, leftIndent=12, borderPadding=(6, 8, 6, 8),
            backColor=colors.HexColor(PALE), spaceBefore=4, spaceAfter=9,
        ),
    )
