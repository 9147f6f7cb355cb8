"""A large generated collaboration for benchmarks and load tests.

About 60 problems, 600 causes, 400 measures and 50,000 survey values, made through the batch service, with the
method's newer tables filled in proportion: a lägesbild contribution per party, an event chain per problem, a
measurement series per indicator, promises with quantified lines and their status, a decided action plan and
an årshjul.
"""

from __future__ import annotations

import datetime as dt
import os
import random

from samverka.core import action_plan_service, calendar_service, crud
from samverka.core.collaboration_service import new_collaboration
from samverka.dto import (
    CauseRow,
    GoalRow,
    IndicatorRow,
    MeasureCauseRow,
    MeasureTechniqueRow,
    ObservationRow,
    StatusUpdateRow,
    SurveyResultRow,
)
from samverka.models.db import Database

ORGANISATIONS = 12
PROMISES = 5
ITEMS_PER_PROMISE = 4
MEASUREMENTS_PER_INDICATOR = 4
PHASES = ("före", "under", "efter")
PROBLEMS = 60
CAUSES_PER_PROBLEM = 10
MEASURES = 400
AREAS = 50
ITEMS = 25
YEARS = 10
BREAKDOWNS = ("alla", "kvinnor", "män", "ålder:16-24")
SIDES = ("gärningsperson", "offer", "plats")
ROLES = {"gärningsperson": "handler", "offer": "guardian", "plats": "manager"}
BONES = ("gärningsperson", "brottsutsatt", "objekt/plats")
KINDS = ("direkt", "indirekt", "grundorsak")


def build_large(target: str | os.PathLike[str], *, seed: int = 2026) -> Database:
    """The large collaboration at `target`, built whole before it appears there."""
    rng = random.Random(seed)
    return new_collaboration(
        target, name="Storstad kommun × LPO Storstad 2026–2029 (genererad)", kommun="Storstad",
        lokalpolisomrade="LPO Storstad", period_start=dt.date(2026, 1, 1), period_end=dt.date(2029, 12, 31),
        fill=lambda db: _fill(db, rng),
    )


def _fill(db: Database, rng: random.Random) -> None:
    crud.update(db, "collaboration", db.collaboration_id(), {
        "lagesbild_summary": "Genererad lägesbild för prestandatester.",
        "documentation_text": "Dokumenteras i Samverka.", "followup_text": "Årlig uppföljning.",
        "overall_goal": "Ökad trygghet.", "lagesbild_extent": "Omfattning.", "lagesbild_consequences": "Följder.",
        "lagesbild_other": "Annat.", "lagesbild_analysis": "Analys.",
    })
    org_ids, _ = crud.create_many(db, "organisation", [
        {"name": f"Organisation {i + 1}", "type": ("kommun", "polis", "förvaltning")[min(i, 2)],
         "resources": "Personal och budget."} for i in range(ORGANISATIONS)
    ])
    crud.create_many(db, "lagesbild_contribution", [
        {"organisation_id": org_id, "text": f"Bild {i + 1}", "sources": "Egen statistik", "sort_order": i}
        for i, org_id in enumerate(org_ids)
    ])
    person_ids, _ = crud.create_many(db, "person", [
        {"name": f"Person {i + 1}", "title": "Handläggare", "organisation_id": org_ids[i % ORGANISATIONS],
         "is_signatory": i < 2} for i in range(40)
    ])
    roles = ("samordningsfunktion", "kommunikationsansvarig", "kommunpolis")
    crud.create_many(db, "membership", [
        {"person_id": person_id, "group": "beredningsgrupp", "role": roles[i] if i < len(roles) else "deltagare"}
        for i, person_id in enumerate(person_ids)
    ])
    area_ids, _ = crud.create_many(db, "area", [
        {"name": f"Delområde {i + 1}", "code": f"A{i + 1:03d}"} for i in range(AREAS)
    ])
    crud.create_many(db, ObservationRow, [
        {"area_id": area_ids[i % AREAS], "category": "ordningsstörning", "description": f"Iakttagelse {i + 1}",
         "quantity": float(rng.randint(1, 400)), "unit": "brott/år", "weekdays": "567",
         "hour_from": rng.randint(18, 23), "hour_to": rng.randint(0, 4)} for i in range(300)
    ])
    _survey(db, area_ids, rng)
    measure_ids = _problems(db, area_ids, org_ids, person_ids, rng)
    _promises(db, measure_ids, org_ids, rng)
    action_plan_service.update_draft(db, {"decision_date": dt.date(2026, 3, 11), "paragraph": "§ 1",
                                          "diarienummer": "KS 2026/0001"})
    action_plan_service.decide(db, at=dt.datetime(2026, 3, 11, 12, 0))
    calendar_service.add_standard_year(db)


def _survey(db: Database, area_ids: list[int], rng: random.Random) -> None:
    rows = []
    for year in range(2016, 2016 + YEARS):
        for a, area_id in enumerate(area_ids):
            for item in range(ITEMS):
                for breakdown in BREAKDOWNS:
                    rows.append({
                        "survey": "PRS-trygghet", "year": year, "area_id": area_id, "area_code": f"A{a + 1:03d}",
                        "area_name": f"Delområde {a + 1}", "group": "utomhusstorningar",
                        "item_code": f"ITEM{item:02d}", "item_label": f"Fråga {item + 1}",
                        "value_type": "index_0_6", "value": round(rng.uniform(0.5, 4.5), 2),
                        "breakdown": breakdown, "n_respondents": rng.randint(15, 400),
                        "source": "genererad",
                    })
    crud.create_many(db, SurveyResultRow, rows)


def _problems(db: Database, area_ids: list[int], org_ids: list[int], person_ids: list[int],
              rng: random.Random) -> list[int]:
    problem_ids, _ = crud.create_many(db, "problem", [
        {"title": f"Problem {i + 1}", "statement": f"Problemformulering {i + 1}", "area_id": area_ids[i % AREAS],
         "vad": "Vad", "var": "Var", "nar": "När", "vem_vad_orsakar": "Vem", "varfor": "Varför", "skada": "Skada",
         "sort_order": i} for i in range(PROBLEMS)
    ])
    cause_ids: list[int] = []
    for p, problem_id in enumerate(problem_ids):
        roots, _ = crud.create_many(db, CauseRow, [
            {"problem_id": problem_id, "text": f"Orsak {p + 1}.{c + 1}", "kind": "direkt",
             "triangle_side": SIDES[c % 3], "controller_role": ROLES[SIDES[c % 3]], "fishbone_bone": BONES[c % 3],
             "why_position": c + 1, "chain_phase": PHASES[c], "chain_position": 1, "votes": rng.randint(0, 12)}
            for c in range(3)
        ])
        children, _ = crud.create_many(db, CauseRow, [
            {"problem_id": problem_id, "parent_id": roots[c % 3], "text": f"Orsak {p + 1}.{c + 4}",
             "kind": KINDS[1 + c % 2], "triangle_side": SIDES[c % 3], "fishbone_bone": BONES[c % 3],
             "votes": rng.randint(0, 12)} for c in range(CAUSES_PER_PROBLEM - 3)
        ])
        cause_ids += roots + children
        indicator_ids, _ = crud.create_many(db, IndicatorRow, [{"name": f"Indikator {p + 1}", "unit": "%"}])
        crud.create_many(db, GoalRow, [
            {"problem_id": problem_id, "type": "effekt", "text": f"Mål {p + 1}", "indicator_id": indicator_ids[0],
             "baseline_value": 30.0, "target_value": 25.0, "target_date": dt.date(2028, 12, 31)}
        ])
        crud.create_many(db, "measurement", [
            {"indicator_id": indicator_ids[0], "date": dt.date(2025 + m, 10, 1),
             "value": round(30.0 - m * rng.uniform(0.0, 2.0), 1)} for m in range(MEASUREMENTS_PER_INDICATOR)
        ])
    measure_ids, _ = crud.create_many(db, "measure", [
        {"title": f"Åtgärd {i + 1}", "problem_id": problem_ids[i % PROBLEMS], "responsible_org_id": org_ids[i % 12],
         "responsible_person_id": person_ids[i % 40], "start": dt.date(2026, 1, 1), "end": dt.date(2027, 12, 31),
         "status": "pågår", "place": "Centrum"} for i in range(MEASURES)
    ])
    crud.create_many(db, MeasureCauseRow, [
        {"measure_id": measure_ids[i], "cause_id": cause_ids[(i * 3) % len(cause_ids)]} for i in range(MEASURES)
    ])
    crud.create_many(db, MeasureTechniqueRow, [
        {"measure_id": measure_ids[i], "technique_id": 1 + i % 25} for i in range(MEASURES)
    ])
    crud.create_many(db, StatusUpdateRow, [
        {"measure_id": measure_ids[i], "date": dt.date(2026, 6, 30), "status": "pågår", "percent_done": 50}
        for i in range(0, MEASURES, 2)
    ])
    crud.create_many(db, "goal", [
        {"type": "strategiskt", "text": f"Strategiskt delmål {i + 1}", "sort_order": i} for i in range(2)
    ])
    return measure_ids


def _promises(db: Database, measure_ids: list[int], org_ids: list[int], rng: random.Random) -> None:
    promise_ids, _ = crud.create_many(db, "citizen_promise", [
        {"title": f"Medborgarlöfte {i + 1}", "period_start": dt.date(2026, 4, 1), "period_end": dt.date(2027, 3, 31),
         "dialogue_basis": "Medborgardialog"} for i in range(PROMISES)
    ])
    item_ids, _ = crud.create_many(db, "promise_item", [
        {"promise_id": promise_id, "measure_id": measure_ids[(p * ITEMS_PER_PROMISE + i) % MEASURES],
         "responsible_org_id": org_ids[i % ORGANISATIONS], "wording": f"Vi lovar {i + 1}", "activity_count": 26,
         "activity_unit": "kvällar", "report_back_date": dt.date(2026, 10, 15), "sort_order": i}
        for p, promise_id in enumerate(promise_ids) for i in range(ITEMS_PER_PROMISE)
    ])
    crud.create_many(db, "promise_item_status", [
        {"promise_item_id": item_id, "date": dt.date(2026, 9, 30), "status": "delvis",
         "done_count": rng.randint(5, 20)} for item_id in item_ids
    ])
