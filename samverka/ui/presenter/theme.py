"""The projection theme: large type scaled to the screen, contrast of at least 7:1, and no red/green pairs.

Colours come from the Okabe–Ito palette (safe for the common colour-vision deficiencies) and every state also
differs in lightness or shape, never in hue alone.
"""

from __future__ import annotations

from dataclasses import dataclass

BACKGROUND = "#0B1B2B"  # deep navy
CARD = "#16324F"  # a card on the background
TEXT = "#FFFFFF"
MUTED = "#D6E2EE"  # details: still above 7:1 on the card
ACCENT = "#F0E442"  # yellow: the spotlight's frame and the step number
SPOT_CARD = "#24476B"  # the spotlighted card, lighter than the others
BAR = "#56B4E9"  # sky blue bars
BAR_TEXT = "#000000"
BLACK = "#000000"
WHITE = "#FFFFFF"

# Timer states: (text, background). Normal and last minute sit on the navy; the last ten seconds and the
# overtime turn the badge solid, so the change is seen without telling colours apart.
TIMER_COLOURS: dict[str, tuple[str, str]] = {
    "normal": (TEXT, BACKGROUND),
    "last_minute": (ACCENT, BACKGROUND),
    "last_seconds": ("#000000", "#E69F00"),  # orange
    "overtime": ("#000000", "#D98CB8"),  # light reddish purple
}

# (foreground, background) pairs the audience window paints text with; tests check each is at least 7:1.
TEXT_PAIRS: tuple[tuple[str, str], ...] = (
    (TEXT, BACKGROUND), (MUTED, BACKGROUND), (ACCENT, BACKGROUND), (TEXT, CARD), (MUTED, CARD),
    (TEXT, SPOT_CARD), (MUTED, SPOT_CARD), (BAR_TEXT, BAR), *TIMER_COLOURS.values(),
)

REFERENCE_HEIGHT = 1080


@dataclass(frozen=True)
class Sizes:
    """Pixel sizes for a window of the given height (1080 lines is the reference)."""

    title: int
    question: int
    heading: int
    body: int
    detail: int
    margin: int
    gap: int
    timer: int


def sizes(height: int) -> Sizes:
    scale = max(height, 200) / REFERENCE_HEIGHT

    def px(value: float) -> int:
        return max(8, round(value * scale))

    # The smallest text (details) is 28 px at 1080 lines: readable from the back of a meeting room.
    return Sizes(title=px(60), question=px(38), heading=px(36), body=px(34), detail=px(28), margin=px(56),
                 gap=px(18), timer=px(64))


def _channel(value: int) -> float:
    c = value / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def luminance(colour: str) -> float:
    """WCAG relative luminance of a #RRGGBB colour."""
    red, green, blue = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * _channel(red) + 0.7152 * _channel(green) + 0.0722 * _channel(blue)


def contrast(foreground: str, background: str) -> float:
    """WCAG contrast ratio, from 1 (none) to 21 (black on white)."""
    light, dark = sorted((luminance(foreground), luminance(background)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def is_red_or_green(colour: str) -> bool:
    """A saturated colour whose hue is red or green: such colours are never used to tell states apart."""
    red, green, blue = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    top, low = max(red, green, blue), min(red, green, blue)
    if top - low < 60:
        return False  # grey, white, black or near them
    if top == red and green < 0.45 * red and blue < 0.45 * red:
        return True
    return top == green and red < 0.6 * green and blue < 0.6 * green
