"""The visible signature: the drawn signature image with name, title, organisation and time.

Drawn with reportlab (bundled DejaVu Sans, python-bidi for right-to-left names) and placed in the field as a static
stamp, because pyHanko's own text stamps mis-space 2048-units/em fonts and do no bidi (stack.md 6d).
"""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass

from samverka.errors import KnownError
from samverka.export.signing._text import draw_text, fit_text, has_rtl, register_fonts, visual

SELF_SIGNED_NOTE_SV = "Självskapat certifikat: visar att dokumentet är oförändrat, inte vem som skrev under."
SELF_SIGNED_NOTE_EN = "Self-made certificate: shows the document is unchanged, not who signed it."
_PAD = 3.0
_INK = (0.05, 0.1, 0.3)


@dataclass(frozen=True)
class Appearance:
    """What the signature field shows."""

    signer_name: str
    signer_title: str = ""
    organisation: str = ""
    image_png: bytes | None = None
    self_signed: bool = False


def format_time(moment: dt.datetime) -> str:
    local = moment.astimezone()
    return f"{local:%Y-%m-%d %H:%M} {local.tzname() or ''}".strip()


MAX_IMAGE_PIXELS = 4000 * 4000  # a signature needs far less; more only costs memory


def check_image(png: bytes) -> None:
    """Refuse anything that is not a readable PNG before a signature is made."""
    from PIL import Image, UnidentifiedImageError  # noqa: PLC0415

    try:
        with Image.open(io.BytesIO(png)) as image:
            if image.format != "PNG":
                raise KnownError(
                    "Underskriftsbilden måste vara en PNG-bild.", "The signature image must be a PNG image."
                )
            if image.width * image.height > MAX_IMAGE_PIXELS:  # checked before the pixels are unpacked
                raise KnownError(
                    f"Underskriftsbilden är {image.width}×{image.height} bildpunkter; högst {MAX_IMAGE_PIXELS:,} "
                    "tillåts. Välj en mindre bild eller rita underskriften.".replace(",", " "),
                    f"The signature image is {image.width}×{image.height} pixels; at most {MAX_IMAGE_PIXELS:,} "
                    "are allowed. Choose a smaller image or draw the signature.",
                )
            image.load()
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError) as exc:
        raise KnownError(
            f"Underskriftsbilden går inte att läsa ({exc}). Välj en PNG-bild eller rita underskriften igen.",
            f"The signature image cannot be read ({exc}). Choose a PNG image or draw the signature again.",
        ) from None


def _text_lines(appearance: Appearance, signed_at: dt.datetime) -> list[tuple[str, bool, float]]:
    """(text, bold, relative size) for each line before wrapping."""
    lines = [(appearance.signer_name, True, 1.0)]
    role = ", ".join(part for part in (appearance.signer_title, appearance.organisation) if part.strip())
    if role:
        lines.append((role, False, 1.0))
    lines.append((f"Signerat {format_time(signed_at)}", False, 1.0))
    if appearance.self_signed:
        lines.append((SELF_SIGNED_NOTE_SV, False, 0.8))
    return lines


def _wrapped(
    lines: list[tuple[str, bool, float]], size: float, width: float, fonts: tuple[str, str]
) -> list[tuple[str, str, float]]:
    """(visual text, font, size) per drawn line: long lines wrap once, then are shortened with an ellipsis."""
    from reportlab.lib.utils import simpleSplit  # noqa: PLC0415

    drawn: list[tuple[str, str, float]] = []
    for text, is_bold, scale in lines:
        face = fonts[1] if is_bold else fonts[0]
        line_size = size * scale
        parts = [text] if has_rtl(text) else simpleSplit(text, face, line_size, width)
        if len(parts) > 2:
            parts = [parts[0], " ".join(parts[1:])]
        drawn.extend((fit_text(visual(part), face, line_size, width), face, line_size) for part in parts or [""])
    return drawn


def _fit(
    appearance: Appearance, signed_at: dt.datetime, width: float, max_height: float, fonts: tuple[str, str]
) -> tuple[list[tuple[str, str, float]], float]:
    """The largest font size (9 pt down to 4.5 pt) at which the wrapped lines fit; returns lines and their height."""
    size = 9.0
    while True:
        drawn = _wrapped(_text_lines(appearance, signed_at), size, width, fonts)
        text_height = sum(line_size * 1.2 for _, _, line_size in drawn)
        if text_height <= max_height or size <= 4.5:
            return drawn, text_height
        size -= 0.5


def render_appearance(appearance: Appearance, width: float, height: float, signed_at: dt.datetime) -> bytes:
    """A one-page PDF of exactly width × height points holding the appearance.

    Tall boxes: the drawn signature above, the text below. Wide, low boxes (a signature line): side by side.
    """
    from reportlab.lib.utils import ImageReader  # noqa: PLC0415
    from reportlab.pdfgen.canvas import Canvas  # noqa: PLC0415

    fonts = register_fonts()
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=(width, height), pageCompression=1)
    canvas.setTitle("Underskrift")
    side_by_side = bool(appearance.image_png) and height < 70 and width > 3 * height
    if side_by_side:
        split = width * 0.42
        text_x, text_width = split + _PAD, width - split - 2 * _PAD
        drawn, text_height = _fit(appearance, signed_at, text_width, height - 2 * _PAD, fonts)
        top = (height + text_height) / 2
        image_rect = (_PAD, _PAD, split - 2 * _PAD, height - 2 * _PAD)
    else:
        text_x, text_width = _PAD, width - 2 * _PAD
        drawn, text_height = _fit(appearance, signed_at, text_width, height * 0.55 - _PAD, fonts)
        top = text_height + _PAD
        image_rect = (_PAD, top + _PAD, width - 2 * _PAD, height - top - 2 * _PAD)
        if appearance.image_png:
            canvas.setStrokeColorRGB(0.45, 0.45, 0.5)
            canvas.setLineWidth(0.5)
            canvas.line(_PAD, top + 1, width - _PAD, top + 1)
    canvas.setFillColorRGB(*_INK)
    y = top
    for text, face, line_size in drawn:
        y -= line_size * 1.2
        draw_text(canvas, text_x, y + line_size * 0.25, text, face, line_size)
    if appearance.image_png and image_rect[2] > 4 and image_rect[3] > 4:
        canvas.drawImage(
            ImageReader(io.BytesIO(appearance.image_png)), *image_rect, mask="auto", preserveAspectRatio=True,
            anchor="c" if side_by_side else "sw",
        )
    canvas.showPage()
    canvas.save()
    return out.getvalue()
