"""A document as the JSON the templates read: its fields with every string prepared for print, plus what the
page furniture needs (document kind, header variants, draft mark, contents depth)."""

from __future__ import annotations

import dataclasses
from typing import Any

from samverka.export.documents import (
    ActionPlanDocument,
    AgreementDocument,
    AnyDocument,
    FollowupDocument,
    LagesbildDocument,
    PromiseDocument,
    PromiseFollowupDocument,
    WorkshopReportDocument,
)
from samverka.export.pdf.textprep import prepare
from samverka.export.pdf_types import signature_field_label
from samverka.swedish import BILAGA, count

KINDS: dict[type, tuple[str, str]] = {
    AgreementDocument: ("agreement", "Samverkansöverenskommelse"),
    ActionPlanDocument: ("actionplan", "Åtgärdsplan"),
    PromiseDocument: ("promise", "Medborgarlöfte"),
    PromiseFollowupDocument: ("promise-followup", "Medborgarlöfte – uppföljning"),
    LagesbildDocument: ("lagesbild", "Lägesbild"),
    WorkshopReportDocument: ("report", "Minnesanteckningar"),
    FollowupDocument: ("followup", "Uppföljningsrapport"),
}
HEADER_SHORT = 60
# More headings than this and the contents lists only the numbered sections.
TOC_DETAIL_LIMIT = 40


def payload(document: AnyDocument) -> dict[str, Any]:
    kind, label = KINDS[type(document)]
    lang = getattr(document, "language", "sv") or "sv"
    data: dict[str, Any] = _prepared(dataclasses.asdict(document), lang)
    title = data["title"]
    data.update(
        kind=kind,
        kind_label=label,
        lang=lang,
        draft=_is_draft(document),
        header=header_variants(label, title),
    )
    for signatory, who in zip(data.get("signatories", ()), getattr(document, "signatories", ()), strict=True):
        # The empty figure where a signatory signs carries the signature field's own label as alternative text:
        # made from the document's values as SignatureBox.label is, not from the typeset ones, so they match.
        signatory["field_label"] = signature_field_label(who.name, who.title, who.organisation)
    extra = _EXTRAS.get(kind)
    if extra is not None:
        data.update(extra(document, data))
    return data


def header_variants(kind: str, title: str) -> list[str]:
    """The running header, longest first; the template shows the first that fits on one line (never cut)."""
    stem = kind.lower().split(" ")[0][:7]
    described = stem in title.lower() or title.startswith("Så har det gått")
    full = title if described else f"{kind} – {title}"
    variants = [full, title]
    words = title.split()
    short = ""
    for word in words:
        if len(short) + len(word) + 1 > HEADER_SHORT:
            break
        short = f"{short} {word}".strip()
    if short and short != title:
        variants.append(f"{short} …")
    variants.append(kind)
    seen: list[str] = []
    for variant in variants:
        if variant and variant not in seen:
            seen.append(variant)
    return seen


def _is_draft(document: AnyDocument) -> bool:
    if isinstance(document, AgreementDocument | ActionPlanDocument):
        return document.status.lower().startswith("utkast")
    if isinstance(document, PromiseDocument):
        return document.draft
    return False


def _prepared(value: Any, lang: str) -> Any:
    if isinstance(value, str):
        return prepare(value, lang)
    if isinstance(value, dict):
        return {key: _prepared(item, lang) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_prepared(item, lang) for item in value]
    return value


def _agreement(document: Any, data: dict[str, Any]) -> dict[str, Any]:
    doc: AgreementDocument = document
    headings = len(doc.sections) + 3 * len(doc.problems)
    annexes = len(doc.annexes)
    extra: dict[str, Any] = {
        "toc_depth": 2 if headings <= TOC_DETAIL_LIMIT else 1,
        "annex_summary": count(annexes, BILAGA, words=False) if annexes else "",
        "cover_note": (
            "Överenskommelsen följer Brås, Polisens och SKR:s modell för lokal samverkan. Den är inte juridiskt "
            "bindande, men parterna åtar sig genom sina underskrifter att genomföra det som beskrivs här och att "
            "följa upp arbetet tillsammans."
        ),
        "record": {
            "prepared": data["prepared_at"],
            "hash_groups": [doc.content_sha256[i : i + 8] for i in range(0, len(doc.content_sha256), 8)],
        },
    }
    return extra


def _lagesbild(document: Any, data: dict[str, Any]) -> dict[str, Any]:
    doc: LagesbildDocument = document
    return {"toc": len(doc.observations) + len(doc.survey_rows) + len(doc.candidates) > 120}


_EXTRAS = {"agreement": _agreement, "lagesbild": _lagesbild}
