"""Samverkansöverenskommelse: the sections of domain.md (c) with Brå's minimum content, the action plan as a
table, the signature page, and the citizen promises as appendices."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from samverka.export.documents import ActionRow, AgreementDocument, FocusProblem
from samverka.export.pdf import layout as ly
from samverka.export.pdf import text as tx
from samverka.export.pdf.promise import GOAL_HEADER, GOAL_WIDTHS, goal_rows, promise_body
from samverka.export.pdf.signatures import signature_pages
from samverka.export.pdf.styles import Styles, styles
from samverka.export.pdf_types import PdfResult, SignatureBox

KIND = "Samverkansöverenskommelse"
COVER_NOTE = (
    "Överenskommelsen följer Brås, Polisens och SKR:s modell för lokal samverkan. Den är inte juridiskt bindande, "
    "men parterna åtar sig genom sina underskrifter att genomföra det som beskrivs här och att följa upp arbetet "
    "tillsammans. Medborgarlöftena är överenskommelsens publika del och finns som bilagor."
)
ACTION_HEADER = ("Nr", "Åtgärd", "Vem", "När", "Riktas mot orsak", "Typ och status")
ACTION_WIDTHS = (28, 148, 80, 64, 96, 62)


def _problem_intro(problem: FocusProblem, st: Styles, heads: ly.Headings) -> list[Any]:
    flow: list[Any] = [heads.h2(f"{problem.ref} {problem.title}")]
    if problem.statement:
        flow.append(ly.para(problem.statement, st.quote))
    facts = [(q, a) for q, a in problem.questions if a.strip()]
    if problem.area:
        facts.insert(0, ("Område", problem.area))
    if problem.focus_area:
        facts.insert(0, ("Fokusområde", problem.focus_area))
    if facts:
        flow.append(ly.facts(facts, st, label_width=44 * ly.MM))
    return flow


def _causes(problem: FocusProblem, st: Styles, heads: ly.Headings) -> list[Any]:
    from reportlab.lib.styles import ParagraphStyle  # noqa: PLC0415
    from reportlab.platypus import Paragraph  # noqa: PLC0415

    flow: list[Any] = [heads.h2(f"{problem.ref} {problem.title}")]
    if not problem.causes:
        return [*flow, ly.para("Orsaksanalysen är inte gjord ännu.", st.muted)]
    for cause in problem.causes:
        style = ParagraphStyle(f"cause{cause.depth}", parent=st.bullet, leftIndent=14 + 14 * cause.depth,
                               bulletIndent=3 + 14 * cause.depth)
        text = f"{tx.markup(cause.text)} <font size='7.5' color='#5b6b7b'>({tx.markup(cause.kind)})</font>"
        flow.append(Paragraph(text, style, bulletText="–" if cause.depth else "•"))
    return flow


def _goals(problem: FocusProblem, st: Styles, heads: ly.Headings) -> list[Any]:
    flow: list[Any] = [heads.h2(f"{problem.ref} {problem.title}")]
    if not problem.goals:
        return [*flow, ly.para("Inga mål är formulerade ännu.", st.muted)]
    return [*flow, ly.table(GOAL_HEADER, goal_rows(problem.goals), GOAL_WIDTHS, st)]


def _action_plan(doc: AgreementDocument, st: Styles, heads: ly.Headings) -> list[Any]:
    flow: list[Any] = [heads.h2("Åtgärdsplan")]
    if not doc.actions:
        return [*flow, ly.para("Åtgärdsplanen är inte upprättad ännu.", st.muted)]
    # One table per problem: reads better, and a long table re-measures its rest on every page it splits.
    groups: dict[str, list[ActionRow]] = {}
    for action in doc.actions:
        groups.setdefault(action.ref.split(".")[0], []).append(action)
    titles = {p.ref: p.title for p in doc.problems}
    for ref, actions in groups.items():
        heading = f"{ref} {titles[ref]}" if ref in titles else "Gemensamma åtgärder"
        flow += [heads.h3(heading), ly.table(ACTION_HEADER, action_table_rows(actions, st), ACTION_WIDTHS, st)]
    return flow


def action_table_rows(actions: Sequence[ActionRow], st: Styles) -> list[list[Any]]:
    from reportlab.platypus import Paragraph  # noqa: PLC0415

    rows: list[list[Any]] = []
    for action in actions:
        what = f"<b>{tx.markup(action.title)}</b>"
        if action.description:
            what += f"<br/>{tx.markup(action.description)}"
        rows.append(
            [ly.Plain(action.ref), Paragraph(what, st.cell), action.who, ly.Plain(action.when), action.causes,
             ly.Plain(f"{action.prevention}\n{action.status}")]
        )
    return rows


def _extras(key: str, doc: AgreementDocument, st: Styles, heads: ly.Headings) -> list[Any]:
    """The structured part of a section, after its (editable) text."""
    if key == "parter":
        return ly.bullets(doc.parties, st)
    if key == "lagesbild" and doc.sources:
        return [heads.h3("Källor"), *ly.bullets(doc.sources, st)]
    if key == "fokusomraden":
        return [item for p in doc.problems for item in _problem_intro(p, st, heads)]
    if key == "orsaker":
        return [item for p in doc.problems for item in _causes(p, st, heads)]
    if key == "mal":
        return [item for p in doc.problems for item in _goals(p, st, heads)]
    if key == "organisation":
        flow: list[Any] = []
        for group, people in doc.groups:
            flow += [heads.h3(group), *ly.bullets(people, st)]
        return flow
    if key == "roller" and doc.roles:
        return [ly.table(("Part", "Ansvar"), [list(r) for r in doc.roles], (140, 330), st, bold_first=True)]
    if key == "arbetssatt":
        return _action_plan(doc, st, heads)
    if key == "uppfoljning" and doc.indicators:
        rows = [list(r) for r in doc.indicators]
        return [heads.h3("Indikatorer"), ly.table(("Indikator", "Hur den mäts", "Frekvens och ansvar"), rows,
                                                   (150, 190, 130), st, bold_first=True)]
    return []


def build_story(doc: AgreementDocument, st: Styles, boxes: dict[str, SignatureBox]) -> list[Any]:
    heads = ly.Headings(st)
    meta = [
        ("Parter", "\n".join(doc.parties[:2])),
        ("Giltighetstid", doc.period),
        ("Version", f"{doc.version} ({doc.status})"),
        ("Datum", doc.date),
        ("Dokument-ID", doc.document_id),
    ]
    if doc.content_sha256:
        meta.append(("Innehållets SHA-256", doc.content_sha256))
    story: list[Any] = []
    number = 0
    for section in doc.sections:
        number += 1
        story.append(heads.h1(f"{number} {section.heading}"))
        extras = _extras(section.key, doc, st, heads)
        story += ly.body_paragraphs(section.body, st, empty="" if extras else "Avsnittet är inte ifyllt ännu.")
        story += extras
    intro = ("Parterna är överens om innehållet i denna samverkansöverenskommelse och bekräftar det med sina "
             "underskrifter.")
    story += signature_pages(doc.title, doc.document_id, doc.signatories, st, heads, boxes,
                             heading=f"{number + 1} Underskrifter", intro=intro)
    for index, promise in enumerate(doc.promises, start=1):
        from reportlab.platypus import PageBreak  # noqa: PLC0415

        story += [PageBreak(), heads.h1(f"Bilaga {index}: Medborgarlöfte – {promise.title}")]
        story += promise_body(promise, st, heads, appendix=True)
    return ly.cover(KIND, doc.title, doc.period, meta, st, COVER_NOTE) + ly.toc_page(st, story) + story


def build_pdf(doc: AgreementDocument) -> PdfResult:
    st = styles()
    boxes: dict[str, SignatureBox] = {}
    info = ly.PageInfo(KIND, doc.title, doc.document_id, doc.date, draft=doc.status.lower().startswith("utkast"))
    data, pages = ly.render(info, build_story(doc, st, boxes))
    ordered = tuple(boxes[s.field_name] for s in doc.signatories if s.field_name in boxes)
    return PdfResult(data=data, page_count=pages, signature_boxes=ordered)
