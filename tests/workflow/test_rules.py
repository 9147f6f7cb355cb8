"""The workflow rules say what is missing, in Swedish and English, and where to fix it; they gate the lock."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import pytest

from samverka.core import crud
from samverka.errors import set_language
from samverka.models.db import Database
from samverka.workflow.gates import lock_blockers
from samverka.workflow.missing import Missing, missing
from samverka.workflow.progress import StepStatus, evaluate
from samverka.workflow.steps import STEPS, step_number

D = dt.date


def _status(db: Database, key: str) -> StepStatus:
    return evaluate(db)[step_number(key) - 1]


def _missing(db: Database, key: str) -> list[Missing]:
    return list(_status(db, key).missing)


def _texts(db: Database, key: str) -> list[str]:
    return [m.sv for m in _missing(db, key)]


def _where(items: list[Missing]) -> set[tuple[str, str, str]]:
    return {(m.step_key, m.entity, m.field) for m in items}


def test_ten_steps_in_order() -> None:
    assert [s.title.sv for s in STEPS] == [
        "Samverkan", "Lägesbild", "Prioritering", "Problembeskrivning", "Orsaksanalys", "Mål", "Överenskommelse",
        "Åtgärdsplan", "Medborgarlöften", "Uppföljning",
    ]
    assert all(s.question.sv and s.question.en for s in STEPS)
    # Brå's phases never go backwards: the agreement ends the joint preparation before implementation.
    assert [s.bra_phase for s in STEPS] == sorted(s.bra_phase for s in STEPS)


def test_missing_names_the_place_in_both_languages() -> None:
    item = missing("lagesbild", "Lägesbilden saknar en analys", "The situation picture lacks an analysis",
                   entity="collaboration", entity_id=1, field="lagesbild_analysis")
    assert item.sv == "Lägesbilden saknar en analys (steg 2, Lägesbild)."
    assert item.en == "The situation picture lacks an analysis (step 2, Situation picture)."
    assert (item.step, item.step_key, item.entity, item.entity_id, item.field) == (
        2, "lagesbild", "collaboration", 1, "lagesbild_analysis")
    with pytest.raises(ValueError, match="no step"):
        missing("steg2", "x", "y")


def _every_item(db: Database) -> list[Missing]:
    return [item for status in evaluate(db) for item in (*status.missing, *status.advice)]


def _says_where(item: Missing) -> bool:
    number = step_number(item.step_key)
    return bool(re.search(rf"\((?:\w+ i )?steg {number}, [^)]+\)\.$", item.sv)
                and re.search(rf"\((?:\w+ in )?step {number}, [^)]+\)\.$", item.en))


def test_every_rule_of_a_new_collaboration_says_where_to_fix_it(db: Database) -> None:
    items = _every_item(db)
    assert items and all(isinstance(item, Missing) for item in items)
    assert all(_says_where(item) for item in items), [item.sv for item in items if not _says_where(item)]
    assert not any(status.complete for status in evaluate(db))


def test_every_rule_of_the_demo_says_where_to_fix_it(demo_db: Database) -> None:
    items = _every_item(demo_db)
    assert all(_says_where(item) for item in items), [item.sv for item in items if not _says_where(item)]


def _org(db: Database, name: str, kind: str, parent: int | None = None) -> int:
    new_id, _ = crud.create(db, "organisation", {"name": name, "type": kind, "parent_id": parent})
    return new_id


def _person(db: Database, name: str, org: int, *, signs: bool = False, role: str = "") -> int:
    person, _ = crud.create(db, "person", {"name": name, "title": name, "organisation_id": org,
                                           "is_signatory": signs})
    if role:
        crud.create(db, "membership", {"person_id": person, "group": "beredningsgrupp", "role": role})
    return person


def test_step_1_needs_both_signatories_the_coordination_function_and_a_communication_lead(db: Database) -> None:
    assert ("samverkan", "collaboration", "period_start") in _where(_missing(db, "samverkan"))
    kommun = _org(db, "Testkommun", "kommun")
    tekniska = _org(db, "Tekniska förvaltningen", "förvaltning", kommun)
    police = _org(db, "Polisen", "polis")
    crud.update(db, "collaboration", db.collaboration_id(), {"period_start": D(2026, 1, 1),
                                                              "period_end": D(2029, 12, 31)})
    _person(db, "Kommundirektör", kommun)
    texts = " ".join(_texts(db, "samverkan"))
    assert "undertecknare från kommunen" in texts and "undertecknare från polisen" in texts
    assert "samordningsfunktion" in texts and "kommunikationsansvarig" in texts
    # A förvaltning speaks for its kommun; a police signatory is a second, separate requirement.
    _person(db, "Förvaltningschef", tekniska, signs=True)
    assert "undertecknare från kommunen" not in " ".join(_texts(db, "samverkan"))
    _person(db, "LPO-chef", police, signs=True)
    _person(db, "Samordnare", kommun, role="samordnare")
    assert _texts(db, "samverkan") == [
        "Ingen kommunikationsansvarig är utsedd; ge en person rollen Kommunikationsansvarig (steg 1, Samverkan)."]
    _person(db, "Kommunikatör", kommun, role="kommunikationsansvarig")
    assert _missing(db, "samverkan") == []


def test_a_ticked_signatory_without_an_organisation_is_named(db: Database) -> None:
    """Ticking the police chief as signatory before choosing her organisation: the rule says what is still
    missing and leads to the organisation field, instead of repeating "mark the person as a signatory"."""
    _org(db, "Polisen", "polis")
    chief, _ = crud.create(db, "person", {"name": "Eva Berg", "is_signatory": True})
    [police] = [m for m in _missing(db, "samverkan") if "från polisen" in m.sv]
    assert "välj organisation för ”Eva Berg”, som är markerad men inte hör till någon" in police.sv
    assert "choose the organisation of “Eva Berg”" in police.en
    assert (police.entity, police.entity_id, police.field) == ("person", chief, "organisation_id")


def test_step_2_needs_each_partys_own_picture_with_sources_and_the_laws_parts(db: Database) -> None:
    kommun = _org(db, "Testkommun", "kommun")
    skola = _org(db, "Skolförvaltningen", "förvaltning", kommun)
    police = _org(db, "Polisen", "polis")
    items = _missing(db, "lagesbild")
    assert {(m.entity, m.entity_id) for m in items if m.entity == "organisation"} == {
        ("organisation", kommun), ("organisation", police)}
    assert {m.field for m in items if m.entity == "collaboration"} == {
        "lagesbild_extent", "lagesbild_consequences", "lagesbild_other", "lagesbild_analysis", "lagesbild_summary"}
    # The schools' contribution counts for the kommun; the police still owe theirs.
    schools, _ = crud.create(db, "lagesbild_contribution", {"organisation_id": skola,
                                                            "text": "Elever erbjuds narkotika."})
    reports, _ = crud.create(db, "lagesbild_contribution", {"organisation_id": police, "text": "Anmälningar"})
    items = _missing(db, "lagesbild")
    assert not any(m.entity == "organisation" for m in items)
    assert {(m.entity_id, m.field) for m in items if m.entity == "lagesbild_contribution"} == {
        (schools, "sources"), (reports, "sources")}
    for row in crud.list_rows(db, "lagesbild_contribution"):
        crud.update(db, "lagesbild_contribution", row.id, {"sources": "Elevenkät 2025; anmälda brott 2025"})
    crud.update(db, "collaboration", db.collaboration_id(), {
        "lagesbild_extent": "410 cykelstölder", "lagesbild_consequences": "Otrygghet", "lagesbild_other": "Krogar",
        "lagesbild_analysis": "Kvällstid", "lagesbild_summary": "Kort sammanfattning",
    })
    assert _missing(db, "lagesbild") == []


def _candidate(db: Database, title: str, **values: Any) -> int:
    new_id, _ = crud.create(db, "problem_candidate", {"title": title, **values})
    return new_id


def test_step_3_rationale_dialogue_basis_and_filters(db: Database) -> None:
    criteria = crud.list_rows(db, "priority_criterion", order_by=("sort_order",))
    filters = [c for c in criteria if c.is_filter]
    assert [c.name for c in filters] == ["Tillräckliga resurser", "Möjlighet att påverka"]
    chosen = _candidate(db, "Otrygghet kvällstid", selected=True)
    other = _candidate(db, "Cykelstölder")
    crud.create(db, "problem", {"title": "Otrygghet kvällstid", "candidate_id": chosen})
    for criterion in criteria:
        crud.create(db, "priority_score", {"candidate_id": other, "criterion_id": criterion.id, "score": 0})
    items = _missing(db, "prioritering")
    assert ("prioritering", "problem_candidate", "rationale") in _where(items)
    assert sum(1 for m in items if "inte prövat mot filtret" in m.sv) == 2  # the unchosen one is not judged
    assert not any(m.field == "dialogue_basis" for m in items)  # no citizen dialogue was held
    crud.create(db, "data_source", {"kind": "medborgardialog", "name": "Kartapp"})
    assert ("prioritering", "problem_candidate", "dialogue_basis") in _where(_missing(db, "prioritering"))
    crud.update(db, "problem_candidate", chosen, {"rationale": "Drabbar många.", "dialogue_basis": "140 nålar."})
    resources, influence = filters
    crud.create(db, "priority_score", {"candidate_id": chosen, "criterion_id": resources.id, "score": 2})
    failed, _ = crud.create(db, "priority_score", {"candidate_id": chosen, "criterion_id": influence.id,
                                                   "score": 0})
    items = _missing(db, "prioritering")
    assert [(m.entity, m.entity_id) for m in items] == [("priority_score", failed)]
    assert "klarar inte filtret ”Möjlighet att påverka”" in items[0].sv
    crud.update(db, "priority_score", failed, {"score": 1})
    assert _missing(db, "prioritering") == []


def _focus_problem(db: Database) -> int:
    problem, _ = crud.create(db, "problem", {"title": "Otrygghet kvällstid"})
    return problem


def test_step_4_statement_and_the_six_questions(db: Database) -> None:
    problem = _focus_problem(db)
    assert {m.field for m in _missing(db, "problembeskrivning")} == {
        "statement", "vad", "var", "nar", "vem_vad_orsakar", "varfor", "skada"}
    assert all(m.entity_id == problem for m in _missing(db, "problembeskrivning"))
    crud.update(db, "problem", problem, {"statement": "Kvinnor undviker Bantorget.", "vad": "Ofredanden",
                                         "var": "Bantorget", "nar": "Tors–lör 21–02", "vem_vad_orsakar": "Grupper",
                                         "varfor": "Ingen väktare", "skada": "Platsen undviks"})
    assert _missing(db, "problembeskrivning") == []


def test_problem_without_causes_is_named(db: Database) -> None:
    problem = _focus_problem(db)
    assert _texts(db, "orsaksanalys") == ["Problemet ”Otrygghet kvällstid” saknar orsaksanalys (steg 5, Orsaksanalys)."]
    crud.create(db, "cause", {"problem_id": problem, "text": "Mörkt"})
    assert _missing(db, "orsaksanalys") == []


def test_no_focus_points_to_prioritisation(db: Database) -> None:
    assert _texts(db, "orsaksanalys") == ["Inget problem är valt för fokus ännu (välj i steg 3, Prioritering)."]
    assert _missing(db, "mal")[0].step_key == "prioritering"


def test_english_messages(db: Database) -> None:
    _focus_problem(db)
    set_language("en")
    try:
        texts = [str(m) for m in _missing(db, "orsaksanalys")]
    finally:
        set_language("sv")
    assert texts == ["The problem “Otrygghet kvällstid” has no cause analysis (step 5, Cause analysis)."]


def test_controller_on_the_wrong_side_is_advice(db: Database) -> None:
    problem = _focus_problem(db)
    cause, _ = crud.create(db, "cause", {"problem_id": problem, "text": "Ingen väktare efter 01",
                                         "triangle_side": "plats", "controller_role": "guardian"})
    status = _status(db, "orsaksanalys")
    assert status.complete
    advice = [a for a in status.advice if a.entity_id == cause and a.field == "triangle_side"]
    assert advice and "Offer/mål" in advice[0].sv
    crud.update(db, "cause", cause, {"triangle_side": "offer"})
    assert not any(a.field == "triangle_side" for a in _status(db, "orsaksanalys").advice)


def test_step_6_every_effect_goal_has_indicator_baseline_and_target(db: Database) -> None:
    problem = _focus_problem(db)
    assert _texts(db, "mal") == ["Problemet ”Otrygghet kvällstid” saknar ett effektmål (steg 6, Mål)."]
    goal, _ = crud.create(db, "goal", {"problem_id": problem, "type": "effekt",
                                       "text": "Vi ska verka för ökad trygghet vid stationen"})
    assert {m.field for m in _missing(db, "mal")} == {"indicator_id", "baseline_value", "target_value",
                                                      "target_date"}
    indicator, _ = crud.create(db, "indicator", {"name": "Otrygg ute ensam sen kväll", "unit": "%"})
    crud.update(db, "goal", goal, {"indicator_id": indicator, "baseline_value": 31.0, "target_value": 25.0,
                                   "target_date": D(2027, 10, 1)})
    status = _status(db, "mal")
    assert status.complete
    assert [(a.entity_id, a.field) for a in status.advice] == [(goal, "text")]
    assert "”verka för”" in status.advice[0].sv and "minska från 31 %" in status.advice[0].sv
    # A strategic sub-goal at the collaboration's level is a goal type of its own and needs no indicator.
    crud.create(db, "goal", {"type": "strategiskt", "text": "Stärka samverkan mellan förvaltningarna"})
    status = _status(db, "mal")
    assert status.complete and len(status.advice) == 2


def _bra_minimum(db: Database) -> int:
    """The least an agreement can be locked with: no measures, no promises."""
    problem = _focus_problem(db)
    crud.create(db, "cause", {"problem_id": problem, "text": "Mörkt"})
    indicator, _ = crud.create(db, "indicator", {"name": "Otrygga", "unit": "%"})
    crud.create(db, "goal", {"problem_id": problem, "type": "effekt", "text": "Minska otryggheten från 31 till 25 %",
                             "indicator_id": indicator, "baseline_value": 31.0, "target_value": 25.0,
                             "target_date": D(2028, 1, 1)})
    crud.update(db, "collaboration", db.collaboration_id(), {
        "lagesbild_summary": "Otryggt kvällstid.", "documentation_text": "Dokumenteras i Samverka.",
        "followup_text": "Årligen.", "period_start": D(2026, 1, 1), "period_end": D(2029, 12, 31),
    })
    return problem


def test_lock_needs_bra_minimum_and_never_measures_or_promises(db: Database) -> None:
    blockers = lock_blockers(db)
    assert {b.step_key for b in blockers} == {"lagesbild", "prioritering", "overenskommelse", "samverkan"}
    # How the work is documented and followed up is written in the agreement's sections (one home each).
    texts = {b.field: b for b in blockers if b.step_key == "overenskommelse"}
    assert set(texts) == {"documentation_text", "followup_text"}
    assert texts["followup_text"].sv.endswith("(steg 7, Överenskommelse).")
    assert "Överenskommelsen saknar problem i fokus (steg 3, Prioritering)." in [b.sv for b in blockers]
    _bra_minimum(db)
    assert lock_blockers(db) == []
    assert crud.list_rows(db, "measure") == [] and crud.list_rows(db, "citizen_promise") == []


def test_a_goal_without_baseline_blocks_the_lock(db: Database) -> None:
    _bra_minimum(db)
    goal = crud.list_rows(db, "goal")[0]
    crud.update(db, "goal", goal.id, {"baseline_value": None})
    assert [(b.step_key, b.entity) for b in lock_blockers(db)] == [("mal", "goal")]


def test_step_7_is_complete_when_everyone_has_signed_not_when_locked(demo_db: Database) -> None:
    from samverka.core import signing_service

    agreement = next(a for a in crud.list_rows(demo_db, "agreement") if a.status == "låst")
    items = _missing(demo_db, "overenskommelse")
    assert len(items) == 1 and items[0].entity == "agreement" and items[0].field == "signature"
    assert "väntar på underskrift av Anna Lindqvist" in items[0].sv and "Johan Bergström" in items[0].sv
    first, second = signing_service.signing_status(demo_db, agreement.id).signatories
    signing_service.record_paper_signature(demo_db, agreement.id, first.id)
    assert "Anna Lindqvist" not in _missing(demo_db, "overenskommelse")[0].sv
    signing_service.record_paper_signature(demo_db, agreement.id, second.id)
    assert _missing(demo_db, "overenskommelse") == []


def test_step_7_before_the_lock_lists_the_gate(db: Database) -> None:
    items = _missing(db, "overenskommelse")
    assert items[-1].sv == "Överenskommelsen är inte låst för underskrift (steg 7, Överenskommelse)."
    assert [m.sv for m in items[:-1]] == [b.sv for b in lock_blockers(db)]
    _bra_minimum(db)
    assert [m.sv for m in _missing(db, "overenskommelse")] == [
        "Överenskommelsen är inte låst för underskrift (steg 7, Överenskommelse)."]


def test_step_8_needs_measures_with_owners_and_a_decided_action_plan(db: Database) -> None:
    problem = _focus_problem(db)
    cause, _ = crud.create(db, "cause", {"problem_id": problem, "text": "Mörkt"})
    assert _where(_missing(db, "atgardsplan")) == {("atgardsplan", "measure", "problem_id"),
                                                   ("atgardsplan", "action_plan", "status")}
    org = _org(db, "Tekniska", "förvaltning")
    measure, _ = crud.create(db, "measure", {"title": "Belysning", "problem_id": problem})
    assert ("atgardsplan", "measure", "responsible_org_id") in _where(_missing(db, "atgardsplan"))
    assert [(a.entity, a.entity_id) for a in _status(db, "atgardsplan").advice] == [("cause", cause)]
    crud.update(db, "measure", measure, {"responsible_org_id": org})
    crud.create(db, "measure_cause", {"measure_id": measure, "cause_id": cause})
    assert _status(db, "atgardsplan").advice == ()
    assert _where(_missing(db, "atgardsplan")) == {("atgardsplan", "action_plan", "status")}
    crud.create(db, "action_plan", {"version": 1, "status": "beslutad", "decided_by": "Kommunstyrelsen"})
    assert _missing(db, "atgardsplan") == []


def test_step_9_each_line_has_party_quantity_and_report_back(db: Database) -> None:
    org = _org(db, "Polisen", "polis")
    promise, _ = crud.create(db, "citizen_promise", {"title": "Tryggare kvällar", "period_start": D(2026, 4, 1),
                                                     "period_end": D(2027, 3, 31)})
    item, _ = crud.create(db, "promise_item", {"promise_id": promise, "wording": "Polisen lovar att vara synlig"})
    joint, _ = crud.create(db, "promise_item", {"promise_id": promise, "wording": "Tillsammans lovar vi",
                                                "all_parties": True, "activity_count": 2,
                                                "activity_unit": "redovisningar", "report_back_date": D(2026, 12, 1)})
    assert _where(_missing(db, "medborgarloften")) == {
        ("medborgarloften", "citizen_promise", "dialogue_basis"),
        ("medborgarloften", "promise_item", "responsible_org_id"),
        ("medborgarloften", "promise_item", "activity_count"),
        ("medborgarloften", "promise_item", "report_back_date"),
    }
    assert all(m.entity_id in (promise, item) for m in _missing(db, "medborgarloften"))
    crud.update(db, "promise_item", item, {"responsible_org_id": org, "activity_count": 156,
                                           "activity_unit": "kvällar", "report_back_date": D(2026, 10, 15)})
    crud.update(db, "citizen_promise", promise, {"dialogue_basis": "Medborgardialogen hösten 2025"})
    assert _missing(db, "medborgarloften") == []
    assert joint


def test_step_9_judges_only_the_promises_in_force(db: Database) -> None:
    old, _ = crud.create(db, "citizen_promise", {"title": "Löfte 2025"})
    crud.create(db, "citizen_promise", {"title": "Löfte 2026", "version": 2, "renews_id": old,
                                        "period_start": D(2026, 1, 1), "period_end": D(2026, 12, 31),
                                        "dialogue_basis": "Dialog"})
    texts = " ".join(_texts(db, "medborgarloften"))
    assert "Löfte 2026" in texts and "Löfte 2025" not in texts


def test_step_10_flags_a_promise_behind_its_pace(db: Database) -> None:
    promise, _ = crud.create(db, "citizen_promise", {"title": "Tryggare kvällar", "period_start": D(2026, 4, 1),
                                                     "period_end": D(2027, 3, 31)})
    item, _ = crud.create(db, "promise_item", {"promise_id": promise, "wording": "Nattvandring varannan fredag",
                                               "activity_count": 26, "activity_unit": "kvällar"})
    crud.update(db, "collaboration", db.collaboration_id(), {"followup_text": "Kvartalsvis i beredningsgruppen."})
    assert _texts(db, "uppfoljning") == [
        "Ingen åtgärd och inget löfte har följts upp ännu (steg 10, Uppföljning)."]
    crud.create(db, "promise_item_status", {"promise_item_id": item, "date": D(2026, 9, 30), "status": "delvis",
                                            "done_count": 9, "comment": "Svårt att få volontärer."})
    status = _status(db, "uppfoljning")
    assert status.complete
    assert [a.sv for a in status.advice] == [
        "Löftet ”Nattvandring varannan fredag” ligger efter plan: 9 av 26 kvällar, men till 2026-09-30 borde minst "
        "13 vara gjorda (steg 10, Uppföljning)."]
    crud.create(db, "promise_item_status", {"promise_item_id": item, "date": D(2026, 10, 31), "status": "delvis",
                                            "done_count": 15})
    assert _status(db, "uppfoljning").advice == ()


def test_demo_lock_blockers_empty(demo_db: Database) -> None:
    assert lock_blockers(demo_db) == []
