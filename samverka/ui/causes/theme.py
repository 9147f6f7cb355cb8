"""How the cause canvases look: one theme for the facilitator's screen, one for the projector and print.

Colours avoid red/green pairs: selection is blue, "no measure yet" is amber with a dashed edge, the projector's
spotlight is a thick dark-blue ring. Text is near-black on pale fills (contrast well above 7:1).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QFont


@dataclass(frozen=True)
class Theme:
    name: str
    text_px: int  # note text
    label_px: int  # side and bone labels
    small_px: int  # badges
    note_width: float
    gap: float
    line_width: float
    background: QColor
    ink: QColor  # text and lines
    muted: QColor  # secondary lines and zone fills' edges
    zone_fill: QColor
    note_fill: QColor
    root_fill: QColor  # root causes (grundorsak)
    problem_fill: QColor
    selection: QColor
    spotlight: QColor
    unaddressed: QColor
    drop_target: QColor
    column_note_width: float = 0.0  # notes in the triangle's four columns (0: note_width)
    triangle_side: float = 2.2  # the triangle's side, in columns
    triangle_label_px: int = 0  # the names along the triangle's sides (0: label_px)
    # One slide for the room: the place, its manager and any unplaced causes in one band under the triangle.
    compact_triangle: bool = False

    def __post_init__(self) -> None:
        if not self.column_note_width:
            object.__setattr__(self, "column_note_width", self.note_width)
        if not self.triangle_label_px:
            object.__setattr__(self, "triangle_label_px", self.label_px)

    def font(self, px: int, *, bold: bool = False) -> QFont:
        key = (px, bold)
        font = _FONTS.get(key)
        if font is None:
            font = QFont()
            font.setPixelSize(px)
            font.setBold(bold)
            _FONTS[key] = font
        return font


def smallest_px(theme: Theme) -> int:
    """The smallest text size the theme draws (the one that must stay legible when the drawing is scaled)."""
    return min(theme.text_px, theme.label_px, theme.small_px, theme.triangle_label_px)


_FONTS: dict[tuple[int, bool], QFont] = {}  # fonts are built once; a redraw asks for thousands


SCREEN = Theme(
    name="screen", text_px=15, label_px=17, small_px=12, note_width=220, gap=14, line_width=2,
    background=QColor("#ffffff"), ink=QColor("#1a1a1a"), muted=QColor("#5c6670"), zone_fill=QColor("#f3f5f8"),
    note_fill=QColor("#fff4c2"), root_fill=QColor("#ffe0b8"), problem_fill=QColor("#dde8f5"),
    selection=QColor("#1f5fbf"), spotlight=QColor("#0b2e6b"), unaddressed=QColor("#b35900"),
    drop_target=QColor("#7a4fc8"),
)

# Projection: >= 28 px text on a 1080-line screen even at the smallest scale the projector uses (28/30), thicker
# lines, no pale-on-pale.
PROJECTION = Theme(
    name="projection", text_px=30, label_px=31, small_px=30, note_width=380, gap=22, line_width=4,
    background=QColor("#ffffff"), ink=QColor("#000000"), muted=QColor("#333333"), zone_fill=QColor("#f5f5f5"),
    note_fill=QColor("#fff3b0"), root_fill=QColor("#ffd9a8"), problem_fill=QColor("#d6e4f7"),
    selection=QColor("#0b3d91"), spotlight=QColor("#0b2e6b"), unaddressed=QColor("#8a4500"),
    drop_target=QColor("#5b2fa8"),
    # Narrower columns and a smaller triangle, so the whole width fits 1920 px at 28 px text (never cropped).
    column_note_width=280, triangle_side=1.5, triangle_label_px=30, compact_triangle=True,
)

# Print: the screen layout with print-friendly proportions (rendered at 300 dpi by render.py).
PRINT = SCREEN


def contrast_ratio(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio of two colours (1..21)."""

    def luminance(c: QColor) -> float:
        def channel(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())

    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)
