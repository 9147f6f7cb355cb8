"""Follow-up report: the reports' findings, status per measure, indicators against goals, and charts."""

from __future__ import annotations

from typing import Any

from samverka.export.documents import FollowupDocument
from samverka.export.pdf import layout as ly
from samverka.export.pdf.charts import chart_flowable
from samverka.export.pdf.styles import Styles, styles
from samverka.export.pdf_types import PdfResult

KIND = "Uppföljningsrapport"


def build_story(doc: FollowupDocument, st: Styles) -> list[Any]:
    from reportlab.platypus import KeepTogether, Spacer  # noqa: PLC0415

    heads = ly.Headings(st)
    meta = [("Samverkan", doc.collaboration), ("Period", doc.period), ("Datum", doc.date),
            ("Dokument-ID", doc.document_id)]
    story = ly.cover(KIND, doc.title, doc.period, meta, st)
    body_start = len(story)
    story.append(heads.h1("1 Iakttagelser och rekommendationer"))
    if not doc.entries:
        story.append(ly.para("Ingen uppföljningsrapport är skriven ännu.", st.muted))
    for entry in doc.entries:
        story.append(heads.h2(entry.heading))
        story.append(ly.facts([("Datum", entry.date), ("Skickas till", entry.sent_to)], st))
        story += [heads.h3("Iakttagelser"), *ly.body_paragraphs(entry.findings, st, empty="–")]
        story += [heads.h3("Rekommendationer"), *ly.body_paragraphs(entry.recommendations, st, empty="–")]
    story.append(heads.h1("2 Åtgärdernas status"))
    if doc.charts:
        story += [KeepTogether([chart_flowable(doc.charts[0])]), Spacer(1, 4 * ly.MM)]
    if doc.measures:
        rows = [[m.ref, m.title, m.responsible, m.period.replace(" – ", " –\n"), m.status, m.percent, m.updated,
                 m.note]
                for m in doc.measures]
        story.append(ly.table(("Nr", "Åtgärd", "Ansvarig", "Period", "Status", "Klart", "Rapport", "Kommentar"),
                              rows, (22, 96, 80, 62, 50, 34, 52, 62), st))
    else:
        story.append(ly.para("Inga åtgärder finns.", st.muted))
    story.append(heads.h1("3 Indikatorer och mål"))
    if doc.indicators:
        rows = [[i.name, i.goal, i.baseline, i.target, i.latest, i.assessment] for i in doc.indicators]
        story.append(ly.table(("Indikator", "Mål", "Startvärde", "Målvärde", "Senaste värde", "Bedömning"),
                              rows, (84, 124, 56, 62, 60, 72), st, bold_first=True))
    else:
        story.append(ly.para("Inga mål har en indikator ännu.", st.muted))
    for chart in doc.charts[1:]:
        story += [Spacer(1, 4 * ly.MM), KeepTogether([chart_flowable(chart)])]
    return story[:body_start] + ly.toc_page(st, story[body_start:]) + story[body_start:]


def build_pdf(doc: FollowupDocument) -> PdfResult:
    info = ly.PageInfo(KIND, doc.title, doc.document_id, doc.date)
    data, pages = ly.render(info, build_story(doc, styles()))
    return PdfResult(data=data, page_count=pages)
