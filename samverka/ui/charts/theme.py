"""Chart colours and sizes for the facilitator's screen and for projection.

Projection: type of at least 28 px, text contrast of at least 7:1 on the presenter's navy, and a palette
with no red/green pair (Okabe–Ito hues, lightened for the dark ground). Series also differ in marker
shape and line style, so no one has to tell colours apart.
"""

from __future__ import annotations

from dataclasses import dataclass

SYMBOLS = ("o", "s", "t", "d", "star", "h", "t1", "p")


def symbol_for(index: int, colours: int) -> int:
    """The marker of the index-th series: after the colours run out, the same colour comes with another
    marker (dashed lines would tell them apart too, but antialiased dashes draw many times slower)."""
    return (index + index // colours) % len(SYMBOLS)


@dataclass(frozen=True)
class ChartTheme:
    projection: bool
    background: str
    foreground: str
    grid_alpha: float
    palette: tuple[str, ...]
    target: str
    font_px: int
    title_px: int
    line_width: float
    marker_size: int
    heat_text_dark: str = "#000000"
    heat_text_light: str = "#FFFFFF"


NORMAL = ChartTheme(
    projection=False, background="#FFFFFF", foreground="#1A1A1A", grid_alpha=0.25,
    palette=("#0072B2", "#D55E00", "#000000", "#CC79A7", "#6A3D9A", "#E69F00", "#56B4E9", "#8C6D1F"),
    target="#000000", font_px=14, title_px=18, line_width=2.5, marker_size=10,
)
# The background matches the audience window (samverka.ui.presenter.theme.BACKGROUND).
PROJECTION = ChartTheme(
    projection=True, background="#0B1B2B", foreground="#FFFFFF", grid_alpha=0.35,
    palette=("#F0E442", "#56B4E9", "#FFB547", "#FFFFFF", "#F5A3C7", "#9AF0FF", "#D7B5FF", "#FFD9A0"),
    target="#FFFFFF", font_px=28, title_px=40, line_width=5.0, marker_size=22,
)


def chart_theme(projection: bool) -> ChartTheme:
    return PROJECTION if projection else NORMAL


def _channel(value: int) -> float:
    c = value / 255
    return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4


def luminance(colour: str) -> float:
    text = colour.lstrip("#")
    r, g, b = (int(text[i : i + 2], 16) for i in (0, 2, 4))
    return 0.2126 * _channel(r) + 0.7152 * _channel(g) + 0.0722 * _channel(b)


def contrast(a: str, b: str) -> float:
    """WCAG contrast ratio of two '#RRGGBB' colours."""
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)
