"""Lägesbild: summary, sources, survey charts and table, observations and the problem candidates."""

from __future__ import annotations

from typing import Any

from samverka.export.documents import LagesbildDocument
from samverka.export.pdf import layout as ly
from samverka.export.pdf.charts import chart_flowable
from samverka.export.pdf.styles import Styles, styles
from samverka.export.pdf_types import PdfResult

KIND = "Lägesbild"


def build_story(doc: LagesbildDocument, st: Styles) -> list[Any]:
    from reportlab.platypus import KeepTogether, Spacer  # noqa: PLC0415

    heads = ly.Headings(st)
    meta = [("Kommun", doc.kommun), ("Lokalpolisområde", doc.police_area), ("Datum", doc.date),
            ("Dokument-ID", doc.document_id)]
    story = ly.cover(KIND, doc.title, f"{doc.kommun} · {doc.police_area}".strip(" ·"), meta, st)
    body_start = len(story)
    story += [heads.h1("1 Sammanfattning"), *ly.body_paragraphs(doc.summary, st, empty="Ingen sammanfattning ännu.")]
    story.append(heads.h1("2 Underlag och källor"))
    if doc.sources:
        rows = [[s.name, s.kind, s.owner, s.period] for s in doc.sources]
        story.append(ly.table(("Källa", "Slag", "Ägare", "Period"), rows, (180, 100, 120, 70), st, bold_first=True))
    else:
        story.append(ly.para("Inga källor är registrerade.", st.muted))
    story.append(heads.h1("3 Trygghetsmätningen"))
    if not doc.charts and not doc.survey_rows:
        story.append(ly.para("Inga resultat från trygghetsmätningen är inlästa.", st.muted))
    for chart in doc.charts:
        story += [KeepTogether([chart_flowable(chart)]), Spacer(1, 5 * ly.MM)]
    if doc.survey_rows:
        story.append(heads.h2("Senaste värden"))
        story.append(ly.table(("Område", "Fråga", "År", "Värde", "Förändring", "Antal svar"),
                              [list(r) for r in doc.survey_rows], (105, 165, 35, 50, 55, 60), st))
    story.append(heads.h1("4 Iakttagelser"))
    if doc.observations:
        rows = [[o.description, o.area, o.source, o.quantity, o.trend, o.when] for o in doc.observations]
        story.append(ly.table(("Iakttagelse", "Område", "Källa", "Omfattning", "Trend", "När"), rows,
                              (150, 62, 80, 55, 48, 75), st))
    else:
        story.append(ly.para("Inga iakttagelser är registrerade.", st.muted))
    story.append(heads.h1("5 Problemkandidater"))
    if doc.candidates:
        rows = [[c.title, c.description, c.area, c.score, "Ja" if c.selected else ""] for c in doc.candidates]
        story.append(ly.table(("Problem", "Beskrivning", "Område", "Poäng", "I fokus"), rows,
                              (120, 190, 70, 45, 45), st, bold_first=True))
    else:
        story.append(ly.para("Inga problemkandidater är registrerade.", st.muted))
    return story[:body_start] + ly.toc_page(st, story[body_start:]) + story[body_start:]


def build_pdf(doc: LagesbildDocument) -> PdfResult:
    info = ly.PageInfo(KIND, doc.title, doc.document_id, doc.date)
    data, pages = ly.render(info, build_story(doc, styles()))
    return PdfResult(data=data, page_count=pages)
