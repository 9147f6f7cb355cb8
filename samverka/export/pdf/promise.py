"""Medborgarlöfte: the public, plain-language promise (also the appendix of the agreement)."""

from __future__ import annotations

from typing import Any

from samverka.export.documents import PromiseDocument
from samverka.export.pdf import layout as ly
from samverka.export.pdf import text as tx
from samverka.export.pdf.signatures import signature_pages
from samverka.export.pdf.styles import Styles, styles
from samverka.export.pdf_types import PdfResult, SignatureBox

KIND = "Medborgarlöfte"


def goal_rows(goals: Any) -> list[list[str]]:
    return [[g.type_label, g.text, g.indicator, g.baseline, g.target, g.target_date] for g in goals]


GOAL_HEADER = ("Typ", "Mål", "Indikator", "Startvärde", "Målvärde", "Senast")
GOAL_WIDTHS = (56, 140, 92, 58, 52, 58)


def promise_body(doc: PromiseDocument, st: Styles, heads: ly.Headings, *, appendix: bool) -> list[Any]:
    """The sections of domain.md (c); in the agreement they are sub-headings of one appendix."""
    from reportlab.platypus import Paragraph, Spacer  # noqa: PLC0415

    head = heads.h2 if appendix else heads.h1
    flow: list[Any] = []
    if appendix:
        flow.append(
            ly.facts(
                [("Område", doc.area), ("Målgrupp", doc.target_group), ("Giltighetstid", doc.period),
                 ("Parter", ", ".join(doc.parties)), ("Dokument-ID", doc.document_id)],
                st,
            )
        )
    flow.append(head("Vi lovar"))
    if doc.promises:
        for line in doc.promises:
            details = " · ".join(part for part in (line.responsible, line.place, line.when) if part)
            text = f"<b>{tx.markup(line.wording)}</b>"
            if details:
                text += f"<br/><font size='8.5' color='#5b6b7b'>{tx.markup(details)}</font>"
            flow.append(Paragraph(text, st.quote))
    else:
        flow.append(ly.para("Inga löften är formulerade ännu.", st.muted))
    flow.append(head("Inriktning"))
    flow += ly.body_paragraphs(doc.direction, st, empty="Inriktningen är inte beskriven ännu.")
    flow.append(head("Situationen idag samt hur löftet togs fram"))
    flow += ly.body_paragraphs(doc.situation, st)
    flow += ly.body_paragraphs(doc.how_produced, st)
    if doc.sources:
        flow.append(ly.para("Underlaget bygger på:", st.body))
        flow += ly.bullets(doc.sources, st)
    flow.append(head("Mål och uppföljning"))
    if doc.goals:
        flow.append(ly.table(GOAL_HEADER, goal_rows(doc.goals), GOAL_WIDTHS, st))
        flow.append(Spacer(1, 3 * ly.MM))
    flow += ly.body_paragraphs(doc.follow_up, st, empty="Hur resultatet återrapporteras är inte beskrivet ännu.")
    flow.append(head("Så kan du bidra"))
    flow += ly.body_paragraphs(doc.contribute, st, empty="Kontakta kommunen eller polisen.")
    if doc.channels:
        flow.append(ly.para(f"Löftet publiceras på: {doc.channels}", st.body))
    flow.append(ly.para(doc.link, st.muted))
    return flow


def build_story(doc: PromiseDocument, st: Styles, boxes: dict[str, SignatureBox]) -> list[Any]:
    heads = ly.Headings(st)
    meta = [
        ("Parter", ", ".join(doc.parties)),
        ("Område", doc.area),
        ("Målgrupp", doc.target_group),
        ("Giltighetstid", doc.period),
        ("Datum", doc.date),
        ("Dokument-ID", doc.document_id),
    ]
    subtitle = f"{doc.area} · {doc.period}" if doc.area else doc.period
    story = ly.cover(KIND, doc.title, subtitle, meta, st)
    story += promise_body(doc, st, heads, appendix=False)
    story += signature_pages(doc.title, doc.document_id, doc.signatories, st, heads, boxes)
    return story


def build_pdf(doc: PromiseDocument) -> PdfResult:
    st = styles()
    boxes: dict[str, SignatureBox] = {}
    info = ly.PageInfo(KIND, doc.title, doc.document_id, doc.date)
    data, pages = ly.render(info, build_story(doc, st, boxes))
    ordered = tuple(boxes[s.field_name] for s in doc.signatories if s.field_name in boxes)
    return PdfResult(data=data, page_count=pages, signature_boxes=ordered)
