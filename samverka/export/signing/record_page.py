"""The underskriftsbilaga: the signing record appended to a locked agreement before anyone signs."""

from __future__ import annotations

import io
from typing import Any

from samverka.export.pdf_types import SigningRecord
from samverka.export.signing._text import FONT, escape_markup, markup, needs_shaping, register_fonts


def _cell(text: str) -> str:
    return markup(text, FONT)


def _spaced_hash(digest: str) -> str:
    """64 hex digits in groups of eight, so that people can compare them by eye."""
    return " ".join(digest[i : i + 8] for i in range(0, len(digest), 8))


def render_record(record: SigningRecord, pagesize: tuple[float, float]) -> bytes:
    """The signing record as a PDF of one or more pages of `pagesize`."""
    from reportlab.lib import colors  # noqa: PLC0415 - reportlab loads lazily
    from reportlab.lib.styles import ParagraphStyle  # noqa: PLC0415
    from reportlab.lib.units import mm  # noqa: PLC0415
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle  # noqa: PLC0415

    font, bold = register_fonts()
    body = ParagraphStyle("body", fontName=font, fontSize=9.5, leading=13)
    small = ParagraphStyle("small", parent=body, fontSize=8.5, leading=11.5)
    head = ParagraphStyle("head", parent=body, fontName=bold, fontSize=16, leading=20, spaceAfter=4)
    sub = ParagraphStyle("sub", parent=body, fontName=bold, fontSize=11, leading=15, spaceBefore=10, spaceAfter=4)
    label = ParagraphStyle("label", parent=body, fontName=bold)

    prepared = record.prepared_at.astimezone()
    facts = [
        ("Avtal", _cell(record.title)),
        ("Dokument-ID", _cell(record.document_id)),
        ("SHA-256 av avtalets innehåll", _cell(_spaced_hash(record.content_sha256))),
        ("Förberett för underskrift", f"{prepared:%Y-%m-%d %H:%M} {escape_markup(prepared.tzname() or '')}"),
        ("Antal undertecknare", str(len(record.signatories))),
    ]
    fact_table = Table(
        [[Paragraph(name, label), Paragraph(value, body)] for name, value in facts], colWidths=[52 * mm, None]
    )
    header = ParagraphStyle("header", parent=label, fontSize=8.5, leading=11)
    rows = [[Paragraph(text, header) for text in ("Namn", "Titel", "Organisation", "Fält", "Sida")]]
    shaped = ParagraphStyle("shaped", parent=body, shaping=1)

    def cell(text: str) -> Any:
        # HarfBuzz shaping only for scripts that need it; Arabic is already shaped by visual().
        return Paragraph(_cell(text), shaped if needs_shaping(text, font) else body)

    for box in record.signatories:
        rows.append([
            cell(box.signer_name), cell(box.signer_title), cell(box.organisation),
            Paragraph(_cell(box.field_name), small), Paragraph(str(box.page_index + 1), body),
        ])
    signer_table = Table(rows, colWidths=[None, None, None, 30 * mm, 13 * mm], repeatRows=1)
    grid = TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), font),  # else reportlab's table sets an unembedded Helvetica
        ("GRID", (0, 0), (-1, -1), 0.4, colors.Color(0.6, 0.6, 0.65)),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.92, 0.93, 0.96)),
    ])
    signer_table.setStyle(grid)
    fact_table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), font), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                    ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
    story = [
        Paragraph("Underskriftsbilaga", head),
        Paragraph("Signing record", small),
        Spacer(1, 6),
        fact_table,
        Paragraph("Undertecknare", sub),
        signer_table,
        Paragraph("Så skrivs avtalet under", sub),
        Paragraph(
            "Varje undertecknare skriver under i sitt eget underskriftsfält. Varje digital underskrift (PAdES) läggs "
            "till i filen som ett tillägg, så att tidigare underskrifter fortsätter att gälla. Den första digitala "
            "underskriften certifierar avtalet: därefter får bara underskrifter läggas till. En underskrift med ett "
            "självskapat certifikat visar att dokumentet är oförändrat, inte vem som skrev under.", body,
        ),
        Spacer(1, 4),
        Paragraph(
            "Kontrollera underskrifterna i en PDF-läsare eller med kommandot <i>samverka verify</i>. Den som skriver "
            "under på papper skriver ut avtalet och skriver under i sitt underskriftsblock.", body,
        ),
    ]
    out = io.BytesIO()
    doc = SimpleDocTemplate(
        out, pagesize=pagesize, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=20 * mm, bottomMargin=20 * mm,
        title=f"Underskriftsbilaga {plain_id(record.document_id)}", author="Samverka",
        initialFontName=font, initialFontSize=9.5,  # no unembedded Helvetica in the page preamble
    )
    doc.build(story)
    return out.getvalue()


def plain_id(document_id: str) -> str:
    return "".join(char for char in document_id if char.isprintable())
