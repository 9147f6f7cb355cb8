"""A stand-in agreement PDF with a signature page, built with reportlab, until the real agreement builder exists."""

from __future__ import annotations

import datetime as dt
import hashlib
import io

from samverka.export.pdf_types import SignatureBox, SigningRecord
from samverka.paths import font_path

SIGNATORIES = (
    ("Anna Åkesson", "Kommundirektör", "Lunds kommun", "sig_kommun"),
    ("محمد علي", "Lokalpolisområdeschef", "Polisen, LPO Lund", "sig_polis"),
)
TEXT = "Medborgarlöftet: vi ökar tryggheten i Östra Torn genom fler trygghetsvandringar."


def agreement_pdf() -> tuple[bytes, tuple[SignatureBox, ...]]:
    """A two-page agreement; page 2 holds one signature block per signatory."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen.canvas import Canvas

    pdfmetrics.registerFont(TTFont("FixtureSans", str(font_path("DejaVuSans.ttf"))))
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=A4)
    canvas.setFont("FixtureSans", 16)
    canvas.drawString(72, 770, "Samverkansöverenskommelse 2026–2029")
    canvas.setFont("FixtureSans", 10)
    canvas.drawString(72, 740, TEXT)
    canvas.showPage()
    canvas.setFont("FixtureSans", 12)
    canvas.drawString(72, 770, "Underskrifter")
    boxes = []
    for index, (name, title, org, field) in enumerate(SIGNATORIES):
        x = 72 + index * 240
        box = (x, 560.0, x + 220, 650.0)
        canvas.rect(x, 560, 220, 90)
        canvas.setFont("FixtureSans", 9)
        canvas.drawString(x, 548, f"{title}, {org}")
        boxes.append(SignatureBox(field, 1, box, name, title, org))
    canvas.showPage()
    canvas.save()
    return out.getvalue(), tuple(boxes)


def record_for(boxes: tuple[SignatureBox, ...]) -> SigningRecord:
    return SigningRecord(
        document_id="SAMV-LUND-2026-0001-v1",
        title="Samverkansöverenskommelse Lund 2026–2029",
        content_sha256=hashlib.sha256(TEXT.encode()).hexdigest(),
        prepared_at=dt.datetime(2026, 11, 25, 14, 30, tzinfo=dt.UTC),
        signatories=boxes,
    )


def prepared_agreement() -> bytes:
    from samverka.export.signing.prepare import prepare_for_signing

    pdf, boxes = agreement_pdf()
    return prepare_for_signing(pdf, record_for(boxes))
