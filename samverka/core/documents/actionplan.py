"""Åtgärdsplan: its own document and the agreement's annex, decided by the kommun (beslutande organ, datum, §,
dnr). It says what is done, by whom, when and against which causes; a measure's status belongs in follow-up.

The decision record and version come from the `action_plan` table when the schema has it (a decided version is
returned exactly as frozen in its content JSON); until then the plan is a draft built from the measures.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from samverka import vocab
from samverka.core.documents.common import (
    Data,
    agreement_reference,
    content_hash,
    field_of,
    iso,
    join,
    known_kommun,
    known_police,
    label,
    number,
    read,
    short_period,
    slug,
    with_hash_id,
)
from samverka.core.documents.goals import goals_for
from samverka.export.documents import ActionPlanDocument, DecisionRecord, PlanGroup, PlanMeasure, from_json
from samverka.models.db import Database
from samverka.swedish import join_list

ACTIONPLAN_TABLES = (
    "collaboration", "organisation", "person", "area", "problem", "cause", "measure", "measure_cause", "goal",
    "indicator", "action_plan",
)
PLAN_STATUS = {"utkast": "Utkast", "beslutad": "Beslutad", "upphävd": "Upphävd", "ersatt": "Ersatt"}
INTRO = (
    "Åtgärdsplanen visar vad parterna gör för att nå målen i samverkansöverenskommelsen: vilka åtgärder, vem "
    "som ansvarar, var och när, och vilka av de troliga orsakerna varje åtgärd riktas mot. Kommunen beslutar om "
    "åtgärdsplanen enligt lagen (2023:196) om kommuners ansvar för brottsförebyggande arbete. Hur åtgärderna "
    "går redovisas i uppföljningen, inte i planen."
)


def action_plan_document(db: Database) -> ActionPlanDocument:
    return action_plan_from(read(db, ACTIONPLAN_TABLES))


def action_plan_from(data: Data) -> ActionPlanDocument:
    """The latest decided version as frozen, else the plan as the data stands (with the latest decision facts)."""
    if "action_plan" in data.memo:
        return data.memo["action_plan"]  # type: ignore[no-any-return]
    plans = sorted(data.of("action_plan"), key=lambda p: (field_of(p, "version", 0), p.id))
    latest = plans[-1] if plans else None
    if latest is not None and field_of(latest, "status", "utkast") != "utkast" and field_of(latest, "content_json", ""):
        document = from_json(ActionPlanDocument, latest.content_json)
    else:
        document = _live(data, latest)
    data.memo["action_plan"] = document
    return document


def decided_document(data: Data, plan: Any) -> ActionPlanDocument:
    """What a decision freezes: the plan as the data stands, with its decision record, marked decided."""
    return _live(data, plan, status="beslutad")


def decided_hash(document: ActionPlanDocument) -> str:
    return content_hash(document, document_id="")


def _live(data: Data, plan: Any | None, status: str | None = None) -> ActionPlanDocument:
    c = data.collaboration
    version = int(field_of(plan, "version", 1)) if plan is not None else 1
    start = field_of(plan, "period_start") if plan is not None else None
    end = field_of(plan, "period_end") if plan is not None else None
    start, end = start or c.period_start, end or c.period_end
    status = status or (str(field_of(plan, "status", "utkast")) if plan is not None else "utkast")
    groups = _groups(data)
    responsible = Counter(m.responsible for g in groups for m in g.measures if m.responsible)
    doc = ActionPlanDocument(
        document_id="",
        title=(str(field_of(plan, "title", "")) if plan is not None else "") or _title(data, start, end),
        date=iso(field_of(plan, "decision_date")) if plan is not None and field_of(plan, "decision_date") else iso(
            c.created_at),
        version=version,
        status=PLAN_STATUS.get(status, status.capitalize()),
        kommun=c.kommun,
        police_area=c.lokalpolisomrade,
        period=short_period(start, end) or "ej angiven",
        decision=_decision(plan),
        agreement_reference=f"Bilaga till {agreement_reference(data)}",
        intro=INTRO,
        groups=groups,
        follow_up=c.followup_text or "Åtgärderna följs upp varje kvartal i beredningsgruppen och årligen i "
                                     "styrgruppen och kommunstyrelsen.",
        responsible_summary=tuple(sorted(responsible.items(), key=lambda kv: (-kv[1], kv[0]))),
    )
    year = start.year if start else c.created_at.year
    return with_hash_id(doc, f"AP-{slug(c.kommun or c.name)}-{year}-V{version}")  # type: ignore[no-any-return]


def default_title(data: Data, plan: Any | None = None) -> str:
    c = data.collaboration
    start = field_of(plan, "period_start") if plan is not None else None
    end = field_of(plan, "period_end") if plan is not None else None
    return _title(data, start or c.period_start, end or c.period_end)


def _title(data: Data, start: Any, end: Any) -> str:
    years = ""
    if start and end:
        years = f" {start.year}" if start.year == end.year else f" {start.year}–{end.year}"
    parties = join_list([known_kommun(data), known_police(data)])
    return f"Åtgärdsplan{years}" + (f" – {parties}" if parties else "")


def _decision(plan: Any | None) -> DecisionRecord:
    if plan is None:
        return DecisionRecord(body="Kommunstyrelsen")
    return DecisionRecord(
        body=str(field_of(plan, "decided_by", "")) or "Kommunstyrelsen",
        date=iso(field_of(plan, "decision_date")),
        paragraph=str(field_of(plan, "paragraph", "")),
        diarienummer=str(field_of(plan, "diarienummer", "")),
    )


def _groups(data: Data) -> tuple[PlanGroup, ...]:
    focus = [p for p in data.of("problem") if p.in_focus]
    by_problem = data.group("measure", "problem_id")
    causes = _causes_of(data)
    groups = []
    for number_, problem in enumerate(focus, start=1):
        ref = str(number_)
        rows = by_problem.get(problem.id, [])
        measures = tuple(_measure(m, f"{ref}.{i}", data, causes) for i, m in enumerate(rows, 1))
        groups.append(PlanGroup(ref, problem.title, goals_for(problem.id, data), measures))
    common = by_problem.get(None, [])
    if common:
        groups.append(PlanGroup("G", "Gemensamma åtgärder", (),
                                tuple(_measure(m, f"G.{i}", data, causes) for i, m in enumerate(common, 1))))
    return tuple(groups)


def _causes_of(data: Data) -> dict[int, list[str]]:
    texts = data.by_id("cause")
    out: dict[int, list[str]] = {}
    for link in data.of("measure_cause"):
        cause = texts.get(link.cause_id)
        if cause is not None:
            out.setdefault(link.measure_id, []).append(cause.text)
    return out


def _measure(m: Any, ref: str, data: Data, causes: dict[int, list[str]]) -> PlanMeasure:
    resources = join([number(m.resources_sek, "kr"), number(m.resources_hours, "timmar")], ", ")
    return PlanMeasure(
        ref=ref,
        title=m.title,
        description=m.description,
        responsible=data.name("organisation", m.responsible_org_id),
        partners=join([data.name("person", m.responsible_person_id), m.partners], ", "),
        place=m.place,
        period=short_period(m.start, m.end),
        frequency=m.frequency,
        causes=tuple(causes.get(m.id, [])),
        prevention=label(vocab.PREVENTION_TYPES, m.prevention_type),
        horizon=label(vocab.HORIZONS, m.horizon) if m.horizon else "",
        resources=resources,
        promise=bool(m.is_citizen_promise),
    )
