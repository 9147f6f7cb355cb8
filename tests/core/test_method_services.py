"""The Qt-free services steps 2, 3, 8 and 9 stand on: lägesbild contributions and parts, the ranking with
filters, action plan versions with their decision record, and promise renewal."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from samverka.core import action_plan_service as plans
from samverka.core import crud, priority, promise_service
from samverka.core import lagesbild_service as lagesbild
from samverka.errors import ConflictError, KnownError, NotFoundError, ValidationError
from samverka.models.db import Database

D = dt.date


def _org(db: Database, name: str, kind: str, parent: int | None = None) -> int:
    new_id, _ = crud.create(db, "organisation", {"name": name, "type": kind, "parent_id": parent})
    return new_id


def test_contributions_in_order_with_their_party(db: Database) -> None:
    kommun = _org(db, "Lunds kommun", "kommun")
    skola = _org(db, "Skolförvaltningen", "förvaltning", kommun)
    police = _org(db, "Polisen", "polis")
    assert [o.id for o in lagesbild.parties_without_contribution(db)] == [kommun, police]
    first, changes = lagesbild.add_contribution(db, skola, "Elever erbjuds narkotika.", "Elevenkät 2025")
    assert changes.ids("lagesbild_contribution") == {first}
    second, _ = lagesbild.add_contribution(db, police, "Anmälningar kring stationen.", "Anmälda brott 2025",
                                           D(2025, 10, 1))
    assert [o.id for o in lagesbild.parties_without_contribution(db)] == []
    found = lagesbild.contributions(db)
    assert [(c.row.id, c.organisation, c.party) for c in found] == [
        (first, "Skolförvaltningen", "Lunds kommun"), (second, "Polisen", "Polisen")]
    lagesbild.move_contribution(db, second, 0)
    assert [c.row.id for c in lagesbild.contributions(db)] == [second, first]
    snapshot, _ = lagesbild.delete_contribution(db, first)
    assert [c.row.id for c in lagesbild.contributions(db)] == [second]
    crud.restore(db, snapshot)
    assert [c.row.id for c in lagesbild.contributions(db)] == [second, first]
    with pytest.raises(NotFoundError):
        lagesbild.move_contribution(db, first + 99, 0)


def test_the_laws_parts_are_edited_with_compare_and_set(db: Database) -> None:
    assert [p.field for p in lagesbild.parts(db)] == [
        "lagesbild_extent", "lagesbild_consequences", "lagesbild_other", "lagesbild_analysis", "lagesbild_summary"]
    lagesbild.set_part(db, "lagesbild_analysis", "Otryggheten hänger ihop med kvällstid.")
    with pytest.raises(ConflictError):
        lagesbild.set_part(db, "lagesbild_analysis", "Annat", expected="Gammalt")
    assert lagesbild.parts(db)[3].text == "Otryggheten hänger ihop med kvällstid."
    with pytest.raises(ValueError, match="not a part"):
        lagesbild.set_part(db, "name", "x")


def test_filters_are_passed_or_failed_never_summed(db: Database) -> None:
    criteria = crud.list_rows(db, "priority_criterion", order_by=("sort_order",))
    strong, _ = crud.create(db, "problem_candidate", {"title": "Stark men utan resurser"})
    modest, _ = crud.create(db, "problem_candidate", {"title": "Måttlig"})
    for criterion in criteria:
        crud.create(db, "priority_score", {"candidate_id": strong, "criterion_id": criterion.id,
                                           "score": 0 if criterion.name == "Tillräckliga resurser" else 3})
        crud.create(db, "priority_score", {"candidate_id": modest, "criterion_id": criterion.id, "score": 1})
    ranked = priority.ranking(db)
    assert [r.candidate.id for r in ranked] == [modest, strong]  # failing a filter ranks last
    scored = sum(1 for c in criteria if not c.is_filter)
    assert ranked[0].score == scored * 1.0 and ranked[1].score == scored * 3.0  # filters add nothing
    assert ranked[1].failed_filters == ("Tillräckliga resurser",) and not ranked[1].passes_filters
    assert ranked[0].passes_filters and ranked[0].unchecked_filters == ()


def _plan_ready(db: Database) -> int:
    org = _org(db, "Tekniska förvaltningen", "förvaltning")
    measure, _ = crud.create(db, "measure", {"title": "LED-belysning vid Bantorget", "responsible_org_id": org,
                                             "status": "pågår"})
    plans.update_draft(db, {"decision_date": D(2026, 3, 11), "paragraph": "§ 45", "diarienummer": "KS 2026/0123"})
    return measure


def test_action_plan_decision_freezes_a_version(db: Database) -> None:
    crud.update(db, "collaboration", db.collaboration_id(), {"period_start": D(2026, 1, 1),
                                                              "period_end": D(2029, 12, 31), "kommun": "Lunds kommun"})
    missing = plans.missing_for_decision(db)
    assert {m.field for m in missing} >= {"decision_date", "paragraph", "diarienummer"}
    with pytest.raises(KnownError, match="kan inte beslutas"):
        plans.decide(db)
    measure = _plan_ready(db)
    draft = plans.versions(db)[0]
    assert (draft.decided_by, draft.period_start, draft.title) == (
        "Kommunstyrelsen", D(2026, 1, 1), "Åtgärdsplan 2026–2029 – Lunds kommun")
    changes = plans.decide(db, at=dt.datetime(2026, 3, 11, 14, 0))
    decided = plans.in_force(db)
    assert decided is not None and changes.ids("action_plan") == {decided.id}
    assert (decided.status, decided.decided_at, decided.document_id[:16]) == (
        "beslutad", dt.datetime(2026, 3, 11, 14, 0), "AP-LUNDS-2026-V1")
    content = json.loads(decided.content_json)
    assert content["decision"] == {"body": "Kommunstyrelsen", "date": "2026-03-11", "paragraph": "§ 45",
                                   "diarienummer": "KS 2026/0123"}
    assert content["status"] == "Beslutad"
    measures = [m for group in content["groups"] for m in group["measures"]]
    assert [m["title"] for m in measures] == ["LED-belysning vid Bantorget"]
    assert "status" not in measures[0]  # a measure's status belongs to follow-up
    # A status change is follow-up: the decided plan still matches. A new title is a change of plan.
    crud.update(db, "measure", measure, {"status": "genomförd"})
    assert not plans.changed_since_decision(db)
    crud.update(db, "measure", measure, {"title": "LED-belysning och klippta häckar"})
    assert plans.changed_since_decision(db)
    # The next version keeps the body and the period, not the decision.
    plans.update_draft(db, {"decision_date": D(2027, 3, 10)})
    second = plans.versions(db)[-1]
    assert (second.version, second.status, second.decided_by, second.paragraph) == (2, "utkast", "Kommunstyrelsen",
                                                                                      "")
    assert plans.in_force(db) == decided


def test_a_decided_version_cannot_be_edited_and_undo_reopens_it(db: Database) -> None:
    _plan_ready(db)
    plans.decide(db)
    decided = plans.in_force(db)
    assert decided is not None
    with pytest.raises(ValueError, match="not editable"):
        plans.update_draft(db, {"status": "utkast"})
    plans.undo_decision(db, decided.id)
    again = plans.versions(db)
    assert [(p.id, p.status, p.content_json) for p in again] == [(decided.id, "utkast", "")]
    plans.decide(db)
    plans.update_draft(db, {"paragraph": "§ 12"})  # opens version 2
    with pytest.raises(KnownError, match="senaste beslutade"):
        plans.undo_decision(db, decided.id)


def _promise(db: Database) -> tuple[int, int]:
    promise, _ = crud.create(db, "citizen_promise", {
        "title": "Tryggare kvällar", "period_start": D(2026, 4, 1), "period_end": D(2027, 3, 31),
        "dialogue_basis": "Medborgardialogen hösten 2025"})
    item, _ = crud.create(db, "promise_item", {"promise_id": promise, "wording": "Polisen lovar att vara synlig",
                                               "activity_count": 156, "activity_unit": "kvällar",
                                               "report_back_date": D(2026, 10, 15)})
    crud.create(db, "promise_item_status", {"promise_item_id": item, "date": D(2026, 9, 30), "status": "hållet",
                                            "done_count": 78})
    return promise, item


def test_renewal_is_a_new_version_with_copied_lines(db: Database) -> None:
    first, item = _promise(db)
    second, changes = promise_service.renew_promise(db, first, period_start=D(2027, 4, 1),
                                                     period_end=D(2028, 3, 31), report_back=D(2027, 10, 15))
    assert changes.ids("citizen_promise") == {second}
    new = crud.get(db, "citizen_promise", second)
    assert (new.version, new.renews_id, new.title, new.dialogue_basis) == (2, first, "Tryggare kvällar",
                                                                            "Medborgardialogen hösten 2025")
    copied = crud.list_rows(db, "promise_item", promise_id=second)
    assert [(i.wording, i.activity_count, i.report_back_date) for i in copied] == [
        ("Polisen lovar att vara synlig", 156, D(2027, 10, 15))]
    assert crud.list_rows(db, "promise_item_status", promise_item_id=copied[0].id) == []
    assert len(crud.list_rows(db, "promise_item_status", promise_item_id=item)) == 1  # the old one keeps it
    assert [p.id for p in promise_service.current_promises(db)] == [second]
    assert [p.id for p in promise_service.versions(db, first)] == [first, second]
    with pytest.raises(KnownError, match="redan förnyat"):
        promise_service.renew_promise(db, first, period_start=D(2027, 4, 1), period_end=D(2028, 3, 31))
    with pytest.raises(KnownError, match="senaste versionen"):
        promise_service.delete_version(db, first)
    promise_service.delete_version(db, second)
    assert [p.id for p in promise_service.current_promises(db)] == [first]


def test_renewal_refuses_a_bad_period(db: Database) -> None:
    first, _ = _promise(db)
    with pytest.raises(KnownError, match="senare startdatum"):
        promise_service.renew_promise(db, first, period_start=D(2026, 1, 1), period_end=D(2026, 12, 31))
    with pytest.raises(ValidationError, match="före startdatumet"):
        promise_service.renew_promise(db, first, period_start=D(2027, 4, 1), period_end=D(2027, 1, 1))
    assert len(crud.list_rows(db, "citizen_promise")) == 1


def test_draft_edits_refuse_a_stale_value_and_a_bad_period(db: Database) -> None:
    plans.update_draft(db, {"paragraph": "§ 45"})
    with pytest.raises(ConflictError):
        plans.update_draft(db, {"paragraph": "§ 46"}, expected={"paragraph": "§ 44"})
    with pytest.raises(ValidationError, match="före startdatumet"):
        plans.update_draft(db, {"period_start": D(2027, 1, 1), "period_end": D(2026, 1, 1)})
    (draft,) = plans.versions(db)
    assert (draft.paragraph, draft.period_start) == ("§ 45", None)
