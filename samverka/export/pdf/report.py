"""Workshop report (minnesanteckningar): facts, attendees by organisation, results, decisions, measures."""

from __future__ import annotations

from typing import Any

from samverka.export.documents import WorkshopReportDocument
from samverka.export.pdf import layout as ly
from samverka.export.pdf.agreement import ACTION_HEADER, ACTION_WIDTHS, action_table_rows
from samverka.export.pdf.styles import Styles, styles
from samverka.export.pdf_types import PdfResult

KIND = "Workshoprapport"


def build_story(doc: WorkshopReportDocument, st: Styles) -> list[Any]:
    heads = ly.Headings(st)
    attendees = sum(len(g.people) for g in doc.attendees)
    meta = [("Datum", doc.date), ("Plats", doc.place), ("Samtalsledare", doc.facilitator),
            ("Samverkan", doc.collaboration), ("Deltagare", f"{attendees} personer från {len(doc.attendees)} "
                                                          "organisationer"), ("Dokument-ID", doc.document_id)]
    story = ly.cover(KIND, doc.title, doc.date, meta, st)
    story.append(heads.h1("1 Deltagare"))
    if doc.attendees:
        story.append(ly.table(("Organisation", "Deltagare"), [[g.organisation, "\n".join(g.people)]
                                                              for g in doc.attendees], (150, 320), st,
                              bold_first=True))
    else:
        story.append(ly.para("Ingen närvaro är registrerad.", st.muted))
    story.append(heads.h1("2 Dagordning"))
    story += ly.body_paragraphs(doc.agenda, st, empty="Ingen dagordning angiven.")
    story.append(heads.h1("3 Anteckningar"))
    story += ly.body_paragraphs(doc.minutes, st, empty="Inga anteckningar.")
    story.append(heads.h1("4 Resultat"))
    if not doc.results:
        story.append(ly.para("Inga resultat är registrerade för mötet.", st.muted))
    for result in doc.results:
        story += [heads.h2(result.heading), *ly.bullets(result.lines, st)]
    story.append(heads.h1("5 Beslut"))
    story += ly.bullets(doc.decisions, st) or [ly.para("Inga beslut är antecknade.", st.muted)]
    if doc.measures:
        story.append(heads.h1("6 Överenskomna åtgärder"))
        story.append(ly.table(ACTION_HEADER, action_table_rows(doc.measures, st), ACTION_WIDTHS, st))
    return story


def build_pdf(doc: WorkshopReportDocument) -> PdfResult:
    info = ly.PageInfo(KIND, doc.title, doc.document_id, doc.date)
    data, pages = ly.render(info, build_story(doc, styles()))
    return PdfResult(data=data, page_count=pages)
