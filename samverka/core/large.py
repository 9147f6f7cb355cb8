"""A large generated collaboration for benchmarks and load tests.

About 60 problems, 600 causes, 400 measures and 50,000 survey values, made through the batch service.
"""

from __future__ import annotations

import datetime as dt
import os
import random

from samverka.core import crud
from samverka.core.collaboration_service import new_collaboration
from samverka.dto import (
    AreaRow,
    CauseRow,
    CollaborationRow,
    GoalRow,
    IndicatorRow,
    MeasureCauseRow,
    MeasureRow,
    MeasureTechniqueRow,
    ObservationRow,
    OrganisationRow,
    PersonRow,
    ProblemRow,
    StatusUpdateRow,
    SurveyResultRow,
)
from samverka.models.db import Database

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
    rng = random.Random(seed)
    db = new_collaboration(
        target, name="Storstad kommun × LPO Storstad 2026–2029 (genererad)", kommun="Storstad",
        lokalpolisomrade="LPO Storstad", period_start=dt.date(2026, 1, 1), period_end=dt.date(2029, 12, 31),
    )
    crud.update(db, CollaborationRow, db.collaboration_id(), {
        "lagesbild_summary": "Genererad lägesbild för prestandatester.",
        "documentation_text": "Dokumenteras i Samverka.", "followup_text": "Årlig uppföljning.",
        "overall_goal": "Ökad trygghet.",
    })
    org_ids, _ = crud.create_many(db, OrganisationRow, [
        {"name": f"Organisation {i + 1}", "type": ("kommun", "polis", "förvaltning")[min(i, 2)]} for i in range(12)
    ])
    person_ids, _ = crud.create_many(db, PersonRow, [
        {"name": f"Person {i + 1}", "title": "Handläggare", "organisation_id": org_ids[i % 12],
         "is_signatory": i < 2} for i in range(40)
    ])
    area_ids, _ = crud.create_many(db, AreaRow, [
        {"name": f"Delområde {i + 1}", "code": f"A{i + 1:03d}"} for i in range(AREAS)
    ])
    crud.create_many(db, ObservationRow, [
        {"area_id": area_ids[i % AREAS], "category": "ordningsstörning", "description": f"Iakttagelse {i + 1}",
         "quantity": float(rng.randint(1, 400)), "unit": "brott/år", "weekdays": "567",
         "hour_from": rng.randint(18, 23), "hour_to": rng.randint(0, 4)} for i in range(300)
    ])
    _survey(db, area_ids, rng)
    _problems(db, area_ids, org_ids, person_ids, rng)
    return db


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
              rng: random.Random) -> None:
    problem_ids, _ = crud.create_many(db, ProblemRow, [
        {"title": f"Problem {i + 1}", "statement": f"Problemformulering {i + 1}", "area_id": area_ids[i % AREAS],
         "vad": "Vad", "var": "Var", "nar": "När", "vem_vad_orsakar": "Vem", "varfor": "Varför", "skada": "Skada",
         "sort_order": i} for i in range(PROBLEMS)
    ])
    cause_ids: list[int] = []
    for p, problem_id in enumerate(problem_ids):
        roots, _ = crud.create_many(db, CauseRow, [
            {"problem_id": problem_id, "text": f"Orsak {p + 1}.{c + 1}", "kind": "direkt",
             "triangle_side": SIDES[c % 3], "controller_role": ROLES[SIDES[c % 3]], "fishbone_bone": BONES[c % 3],
             "chain_position": c + 1 if c < 5 else None, "votes": rng.randint(0, 12)} for c in range(3)
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
    measure_ids, _ = crud.create_many(db, MeasureRow, [
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
