"""The signature page: one block per signatory (organisation, ort och datum, signature line, namnförtydligande,
title), kept together on a page that repeats the document's title and ID, so the page cannot be swapped."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from samverka.export.documents import Signatory
from samverka.export.pdf import text as tx
from samverka.export.pdf.layout import FRAME_W, MM, Headings
from samverka.export.pdf.styles import FONT, FONT_BOLD, MUTED, NAVY, Styles
from samverka.export.pdf_types import SignatureBox

BLOCKS_PER_PAGE = 6
SIGN_HEIGHT = 18 * MM


def _line_field_class() -> type:
    from reportlab.lib import colors  # noqa: PLC0415
    from reportlab.pdfbase.pdfmetrics import stringWidth  # noqa: PLC0415
    from reportlab.platypus import Flowable  # noqa: PLC0415

    class LineField(Flowable):  # type: ignore[misc]
        """A ruled line with optional pre-filled text above it and a small label under it.

        When `record` is given the rectangle above the line is noted (page, points) for the signature field.
        """

        def __init__(
            self, width: float, height: float, label: str, prefill: str = "",
            record: tuple[dict[str, SignatureBox], Signatory] | None = None,
        ) -> None:
            super().__init__()
            self.width = width
            self.height = height
            self.label = label
            self.prefill = prefill
            self.record = record

        def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
            return self.width, self.height

        def draw(self) -> None:
            canvas = self.canv
            line_y = 9.0
            canvas.setStrokeColor(colors.HexColor(NAVY))
            canvas.setLineWidth(0.7)
            canvas.line(0, line_y, self.width, line_y)
            canvas.setFont(FONT, 6.8)
            canvas.setFillColor(colors.HexColor(MUTED))
            canvas.drawString(0, 0.5, self.label)
            if self.prefill:
                size = 9.5
                shown = tx.plain(self.prefill)
                while size > 6 and stringWidth(shown, FONT, size) > self.width:
                    size -= 0.5
                canvas.setFont(FONT, size)
                canvas.setFillColor(colors.black)
                canvas.drawString(1, line_y + 3, shown)
            if self.record is not None:
                boxes, who = self.record
                x1, y1 = canvas.absolutePosition(0, line_y)
                x2, y2 = canvas.absolutePosition(self.width, self.height)
                boxes[who.field_name] = SignatureBox(
                    field_name=who.field_name,
                    page_index=canvas.getPageNumber() - 1,
                    box=(round(x1, 2), round(y1, 2), round(x2, 2), round(y2, 2)),
                    signer_name=who.name,
                    signer_title=who.title,
                    organisation=who.organisation,
                )

    return LineField


def _block(who: Signatory, width: float, st: Styles, boxes: dict[str, SignatureBox]) -> list[Any]:
    from reportlab.lib.styles import ParagraphStyle  # noqa: PLC0415
    from reportlab.platypus import Paragraph, Spacer  # noqa: PLC0415

    line_field = _line_field_class()
    org_style = ParagraphStyle("sig_org", parent=st.cell_bold, fontName=FONT_BOLD, fontSize=9.5, leading=12)
    place = f"{who.place}, den" if who.place.strip() else ""
    return [
        Paragraph(tx.markup(who.organisation or "–"), org_style),
        Spacer(1, 5 * MM),
        line_field(width, 8 * MM, "Ort och datum", place),
        Spacer(1, 3 * MM),
        line_field(width, SIGN_HEIGHT, "Underskrift", record=(boxes, who)),
        Spacer(1, 2 * MM),
        line_field(width, 8 * MM, "Namnförtydligande", who.name),
        Spacer(1, 2 * MM),
        line_field(width, 8 * MM, "Titel", who.title),
    ]


def signature_pages(
    title: str, document_id: str, signatories: Sequence[Signatory], st: Styles, heads: Headings,
    boxes: dict[str, SignatureBox], *, heading: str = "Underskrifter", intro: str = "",
) -> list[Any]:
    """Each page holds up to six blocks in two columns and repeats the title and document ID."""
    from reportlab.lib import colors  # noqa: PLC0415
    from reportlab.platypus import KeepTogether, PageBreak, Paragraph, Spacer, Table, TableStyle  # noqa: PLC0415

    people = list(signatories)
    chunks = [people[i : i + BLOCKS_PER_PAGE] for i in range(0, len(people), BLOCKS_PER_PAGE)] or [[]]
    column = (FRAME_W - 14 * MM) / 2
    flow: list[Any] = []
    for number, chunk in enumerate(chunks):
        label = heading if number == 0 else f"{heading} (forts.)"
        head = heads.h1(label) if number == 0 else Paragraph(tx.markup(label), st.h1)
        parts: list[Any] = [
            head,
            Paragraph(tx.markup(title), st.h2),
            Paragraph(tx.markup(f"Dokument-ID: {document_id}"), st.muted),
            Spacer(1, 3 * MM),
        ]
        if intro:
            parts.append(Paragraph(tx.markup(intro), st.body))
        if not chunk:
            parts.append(Paragraph("Inga undertecknare är angivna ännu.", st.muted))
        else:
            cells = [_block(who, column, st, boxes) for who in chunk]
            if len(cells) % 2:
                cells.append([])
            rows = [cells[i : i + 2] for i in range(0, len(cells), 2)]
            grid = Table(rows, colWidths=[column + 7 * MM, column + 7 * MM], hAlign="LEFT", splitInRow=1)
            grid.setStyle(
                TableStyle(
                    [
                        ("FONTNAME", (0, 0), (-1, -1), FONT),
                        ("VALIGN", (0, 0), (-1, -1), "TOP"),
                        ("LEFTPADDING", (0, 0), (-1, -1), 0),
                        ("RIGHTPADDING", (0, 0), (-1, -1), 7 * MM),
                        ("TOPPADDING", (0, 0), (-1, -1), 6 * MM),
                        ("BOTTOMPADDING", (0, 0), (-1, -1), 2 * MM),
                        ("LINEABOVE", (0, 0), (-1, 0), 0.4, colors.HexColor(NAVY)),
                    ]
                )
            )
            parts.append(grid)
        flow += [PageBreak(), KeepTogether(parts)]
    return flow
