"""DOCX drafts of the agreement and the action plan, for circulation on remiss: a kommun sends them round and
takes comments in a word processor. The final versions stay PDF (tagged, archival, signed).

python-docx writes the file; every text goes in as a run's text (never parsed), marked as Swedish.
"""

from __future__ import annotations

import io
from typing import Any

from samverka.export.documents import ActionPlanDocument, AgreementDocument
from samverka.export.pdf.textprep import prepare

DRAFT_NOTE = "UTKAST FÖR REMISS – inte den beslutade versionen. Lämna synpunkter som kommentarer i dokumentet."


def build_docx(document: AgreementDocument | ActionPlanDocument) -> bytes:
    from docx import Document  # noqa: PLC0415 - loads on the first DOCX export

    doc: Any = Document()
    _swedish(doc)
    doc.core_properties.title = prepare(document.title)
    doc.core_properties.author = "Samverka"
    doc.core_properties.language = "sv-SE"
    doc.core_properties.keywords = document.document_id
    note = doc.add_paragraph()
    note.add_run(DRAFT_NOTE).bold = True
    doc.add_heading(prepare(document.title), level=0)
    if isinstance(document, AgreementDocument):
        _agreement(doc, document)
    else:
        _action_plan(doc, document)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def _swedish(doc: Any) -> None:
    from docx.oxml import OxmlElement  # noqa: PLC0415
    from docx.oxml.ns import qn  # noqa: PLC0415

    rpr = doc.styles["Normal"].element.get_or_add_rPr()
    lang = OxmlElement("w:lang")
    lang.set(qn("w:val"), "sv-SE")
    rpr.append(lang)


def _paras(doc: Any, text: str) -> None:
    for block in [b.strip() for b in prepare(text).split("\n\n") if b.strip()]:
        doc.add_paragraph(block)


def _table(doc: Any, header: tuple[str, ...], rows: list[tuple[str, ...]]) -> None:
    table = doc.add_table(rows=1, cols=len(header))
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, header, strict=True):
        cell.text = text
        for run in cell.paragraphs[0].runs:
            run.bold = True
    for row in rows:
        cells = table.add_row().cells
        for cell, text in zip(cells, row, strict=True):
            cell.text = prepare(text)


def _facts(doc: Any, rows: list[tuple[str, str]]) -> None:
    _table(doc, ("Uppgift", "Värde"), [r for r in rows if r[1]])


def _agreement(doc: Any, a: AgreementDocument) -> None:
    _facts(doc, [("Parter", ", ".join(a.parties[:2])), ("Giltighetstid", a.period),
                 ("Version", f"{a.version} ({a.status})"), ("Dokument-ID", a.document_id)])
    for number, section in enumerate(a.sections, start=1):
        doc.add_heading(f"{number} {prepare(section.heading)}", level=1)
        _paras(doc, section.body)
        _agreement_extras(doc, a, section.key)
    doc.add_heading(f"{len(a.sections) + 1} Underskrifter", level=1)
    for who in a.signatories:
        doc.add_paragraph(prepare(f"{who.organisation}\n\nOrt och datum: {who.place} den ________________\n\n"
                                  f"Underskrift: ______________________________\n{who.name}, {who.title}"))


def _agreement_extras(doc: Any, a: AgreementDocument, key: str) -> None:
    if key == "parter":
        for party in a.parties:
            doc.add_paragraph(prepare(party), style="List Bullet")
    elif key == "overgripande_mal":
        for goal in a.sub_goals:
            doc.add_paragraph(prepare(goal), style="List Number")
    elif key == "fokusomraden":
        for p in a.problems:
            doc.add_heading(prepare(f"{p.ref} {p.title}"), level=2)
            _paras(doc, p.statement)
    elif key == "orsaker":
        for p in a.problems:
            doc.add_heading(prepare(f"{p.ref} {p.title}"), level=2)
            for cause in p.causes:
                doc.add_paragraph(prepare("  " * cause.depth + f"{cause.text} ({cause.kind})"), style="List Bullet")
    elif key == "mal":
        for p in a.problems:
            doc.add_heading(prepare(f"{p.ref} {p.title}"), level=2)
            _table(doc, ("Typ", "Mål", "Indikator", "Startvärde", "Målvärde", "Senast"),
                   [(g.type_label, g.text, g.indicator, g.baseline, g.target, g.target_date) for g in p.goals])
    elif key == "roller" and a.roles:
        _table(doc, ("Part", "Ansvar"), list(a.roles))
    elif key == "resurser" and a.resources:
        _table(doc, ("Part", "Resurser"), list(a.resources))
    elif key == "bilagor" and a.annexes:
        _table(doc, ("Bilaga", "Dokument", "Version och beslut"),
               [(str(x.number), x.title, x.reference) for x in a.annexes])


def _action_plan(doc: Any, plan: ActionPlanDocument) -> None:
    d = plan.decision
    _facts(doc, [("Beslutande organ", d.body), ("Beslutsdatum", d.date or "Ej beslutad"),
                 ("Paragraf", d.paragraph), ("Diarienummer", d.diarienummer),
                 ("Version", f"{plan.version} ({plan.status})"), ("Giltighetstid", plan.period),
                 ("Dokument-ID", plan.document_id)])
    doc.add_paragraph(prepare(plan.agreement_reference + "."))
    doc.add_heading("1 Om åtgärdsplanen", level=1)
    _paras(doc, plan.intro)
    doc.add_heading("2 Åtgärder", level=1)
    for group in plan.groups:
        doc.add_heading(prepare(f"{group.ref} {group.title}"), level=2)
        for goal in group.goals:
            doc.add_paragraph(prepare(goal.text), style="List Bullet")
        _table(doc, ("Nr", "Åtgärd", "Ansvarig", "Period", "Riktas mot orsak"), [
            (m.ref, "\n".join(x for x in (m.title, m.description, m.place and f"Plats: {m.place}",
                                          m.frequency and f"När: {m.frequency}") if x),
             "\n".join(x for x in (m.responsible, m.partners) if x), m.period, "\n".join(m.causes))
            for m in group.measures
        ])
    doc.add_heading("3 Uppföljning", level=1)
    _paras(doc, plan.follow_up)
