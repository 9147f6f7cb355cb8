"""Samverkansöverenskommelse: generated from steps 1–8, with the facilitator's section edits and signatories.

A locked version is returned exactly as frozen (its content JSON); a draft is built from the current data.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from samverka import vocab
from samverka.core.documents.annexes import ANNEX_TABLES, annex_list
from samverka.core.documents.common import (
    Data,
    agreement_title,
    content_hash,
    field_of,
    iso,
    join,
    label,
    person_line,
    read,
    slug,
)
from samverka.core.documents.goals import STRATEGIC, goals_for
from samverka.core.documents.promise import main_parties
from samverka.core.documents.sections import SECTIONS, generated_text
from samverka.core.documents.signatories import agreement_signatories, default_signatories
from samverka.core.documents.six import SIX_QUESTIONS
from samverka.errors import NotFoundError
from samverka.export.documents import AgreementDocument, CauseItem, FocusProblem, Section, from_json
from samverka.models.db import Database

AGREEMENT_TABLES = tuple(dict.fromkeys((
    *ANNEX_TABLES, "membership", "cause", "measure_cause", "agreement", "agreement_section", "signatory",
)))
# Fields left out of the content hash: they are derived from it or change when it is locked, and the annex
# list: annexes (the action plan, the promises) are renewed without a new version of the agreement.
HASH_BLANKS: dict[str, Any] = {"document_id": "", "status": "", "content_sha256": "", "date": "", "annexes": (),
                               "prepared_at": ""}
# Sections whose generated text names the annexes: like the annex list, they are left out of the hash, so an annex
# decided or renewed after signing (the action plan in step 8, a promise in step 9) does not turn the signed agreement
# into a new unsigned version. A text the parties wrote themselves in them still counts.
ANNEX_SECTIONS = frozenset({"revidering", "arbetssatt", "bilagor"})
GROUP_ORDER = ("styrgrupp", "beredningsgrupp", "arbetsgrupp")
MAX_CAUSE_DEPTH = 4


def agreement_document(db: Database, agreement_id: int | None = None) -> AgreementDocument:
    """The given version, or the current one: the locked version while the data still matches it, else a draft."""
    return document_from(read(db, AGREEMENT_TABLES), agreement_id)


def document_from(data: Data, agreement_id: int | None = None) -> AgreementDocument:
    versions = sorted(data.of("agreement"), key=lambda a: a.version)
    if agreement_id is not None:
        target = data.by_id("agreement").get(agreement_id)
        if target is None:
            raise NotFoundError(
                "Versionen av överenskommelsen finns inte längre. Uppdatera vyn.",
                "That version of the agreement no longer exists. Refresh the view.",
            )
        if is_frozen(target):
            return frozen(target)
        return live_document(data, target)
    if not versions:
        return live_document(data, None)
    latest = versions[-1]
    if not is_frozen(latest):
        return live_document(data, latest)
    live = live_document(data, latest)
    if agreement_hash(live) == latest.content_hash:
        return frozen(latest)
    return live_document(data, latest, next_version=True)


def agreement_hash(document: AgreementDocument) -> str:
    """The content hash that names a version: without what changes when it is locked, and without the annexes."""
    sections = tuple(dataclasses.replace(s, body="") if s.key in ANNEX_SECTIONS and not s.edited else s
                     for s in document.sections)
    return content_hash(document, **HASH_BLANKS, sections=sections)


def is_frozen(agreement: Any) -> bool:
    return bool(agreement.status != "utkast" and agreement.content_json)


def frozen(agreement: Any) -> AgreementDocument:
    return from_json(AgreementDocument, agreement.content_json)


def draft_id(data: Data, version: int) -> str:
    c = data.collaboration
    year = c.period_start.year if c.period_start else c.created_at.year
    return f"SAMV-{slug(c.kommun or c.name)}-{year}-V{version}"


def default_title(data: Data) -> str:
    return agreement_title(data)


def live_document(data: Data, base: Any | None, *, next_version: bool = False) -> AgreementDocument:
    """The document as the data stands, with `base`'s section edits and signatories (a draft)."""
    version = (base.version + 1 if next_version else base.version) if base is not None else 1
    edits = {s.key: s.body for s in data.of("agreement_section") if base is not None and s.agreement_id == base.id}
    sections = tuple(
        Section(key, heading, edits.get(key, generated_text(key, data)), key in edits) for key, heading in SECTIONS
    )
    signatory_rows = [s for s in data.of("signatory") if base is not None and s.agreement_id == base.id]
    signatories = agreement_signatories(signatory_rows) if signatory_rows else default_signatories(data)
    problems = _problems(data)
    c = data.collaboration
    date_source = (base.locked_at or base.created_at) if base is not None else c.created_at
    return AgreementDocument(
        document_id=f"{draft_id(data, version)}-UTKAST",
        title=(base.title if base is not None and base.title and not next_version else "") or default_title(data),
        date=iso(date_source),
        version=version,
        status=label(vocab.AGREEMENT_STATUS, "utkast"),
        kommun=c.kommun,
        police_area=c.lokalpolisomrade,
        period=join([iso(c.period_start), iso(c.period_end)], " – ") or "ej angiven",
        parties=tuple(main_parties(data)),
        sections=sections,
        problems=problems,
        actions=(),  # the action plan is its own document (an annex); status belongs in follow-up
        groups=_groups(data),
        roles=tuple((o.name, o.responsibilities) for o in data.of("organisation") if o.responsibilities.strip()),
        indicators=tuple(
            (i.name, i.how_measured, join([i.frequency, data.name("organisation", i.responsible_org_id)], ", "))
            for i in data.of("indicator")
        ),
        sources=tuple(
            join([s.name, label(vocab.SOURCE_KINDS, s.kind), data.name("organisation", s.owner_org_id), s.period],
                 ", ")
            for s in data.of("data_source")
        ),
        signatories=signatories,
        promises=(),  # each promise is an annex, named in `annexes`
        sub_goals=tuple(g.text for g in data.of("goal") if g.type == STRATEGIC),
        resources=tuple((o.name, str(field_of(o, "resources", ""))) for o in data.of("organisation")
                        if str(field_of(o, "resources", "")).strip()),
        annexes=annex_list(data),
    )


def locked_version(document: AgreementDocument, locked_date: str, prepared_at: str = "") -> AgreementDocument:
    """The frozen form: the hash of the content names the document; `prepared_at` ("2026-11-25 14:03 UTC")
    puts the signing record on its last page."""
    digest = agreement_hash(document)
    base_id = document.document_id.removesuffix("-UTKAST")
    return dataclasses.replace(
        document,
        document_id=f"{base_id}-{digest[:8].upper()}",
        status=label(vocab.AGREEMENT_STATUS, "låst"),
        content_sha256=digest,
        date=locked_date,
        prepared_at=prepared_at,
    )


def _problems(data: Data) -> tuple[FocusProblem, ...]:
    focus = [p for p in data.of("problem") if p.in_focus]
    causes_by_problem = data.group("cause", "problem_id")
    return tuple(
        FocusProblem(
            ref=str(number),
            title=problem.title,
            statement=problem.statement,
            area=data.name("area", problem.area_id),
            focus_area=problem.focus_area,
            questions=tuple((sv, str(getattr(problem, field))) for field, sv in SIX_QUESTIONS),
            causes=_cause_items(causes_by_problem.get(problem.id, [])),
            goals=goals_for(problem.id, data),
        )
        for number, problem in enumerate(focus, start=1)
    )


def _cause_items(causes: list[Any]) -> tuple[CauseItem, ...]:
    """The cause tree depth-first (roots in their order), each with its depth."""
    ids = {c.id for c in causes}
    children: dict[int | None, list[Any]] = {}
    for cause in causes:
        parent = cause.parent_id if cause.parent_id in ids else None
        children.setdefault(parent, []).append(cause)
    items: list[CauseItem] = []
    stack = [(c, 0) for c in reversed(children.get(None, []))]
    seen: set[int] = set()
    while stack:
        cause, depth = stack.pop()
        if cause.id in seen:
            continue
        seen.add(cause.id)
        items.append(CauseItem(cause.text, label(vocab.CAUSE_KINDS, cause.kind), min(depth, MAX_CAUSE_DEPTH)))
        stack.extend((child, depth + 1) for child in reversed(children.get(cause.id, [])))
    return tuple(items)


def _groups(data: Data) -> tuple[tuple[str, tuple[str, ...]], ...]:
    people = data.by_id("person")
    grouped: dict[str, list[str]] = {}
    for membership in data.of("membership"):
        person = people.get(membership.person_id)
        if person is None or membership.group not in GROUP_ORDER:
            continue
        line = person_line(person, data)
        if membership.role not in ("deltagare", ""):
            line += f" – {label(vocab.ROLES, membership.role).lower()}"
        grouped.setdefault(membership.group, []).append(line)
    return tuple((label(vocab.GROUPS, g), tuple(grouped[g])) for g in GROUP_ORDER if g in grouped)
