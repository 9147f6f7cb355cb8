"""Tally voting: rounds, counts with caps and the room's budget, reveal, totals per meeting, cause votes."""

from __future__ import annotations

import pytest

from samverka.core import crud, vote_service
from samverka.errors import ValidationError


def _candidates(db, *titles):  # type: ignore[no-untyped-def]
    return [crud.create(db, "problem_candidate", {"title": title})[0] for title in titles]


def test_round_offers_every_candidate_with_zero_dots(db):  # type: ignore[no-untyped-def]
    a, b = _candidates(db, "Otrygghet vid Lund C", "Cykelstölder")
    round_id, changes = vote_service.create_round(db, item_kind="problem_candidate", votes_per_person=3,
                                                  participants=4)
    assert changes.touches("vote_round")
    result = vote_service.round_result(db, round_id)
    assert [(item.item_id, item.count) for item in result.items] == [(a, 0), (b, 0)]
    assert result.round.title == "Problemkandidater"
    assert result.budget == 12
    assert not result.round.revealed


def test_counts_are_checked_against_cap_and_budget(db):  # type: ignore[no-untyped-def]
    a, b = _candidates(db, "A", "B")
    round_id, _ = vote_service.create_round(db, item_kind="problem_candidate", votes_per_person=2,
                                            cap_per_item=3, participants=3)
    vote_service.set_count(db, round_id, a, 3)
    with pytest.raises(ValidationError, match="Högst 3 röster per punkt"):
        vote_service.set_count(db, round_id, b, 4)
    vote_service.set_count(db, round_id, b, 3)
    # 2 votes × 3 participants = 6 dots in the room; 3 + 3 uses them all.
    with pytest.raises(ValidationError) as refused:
        vote_service.set_count(db, round_id, a, 4)
    assert "Högst 3" in refused.value.sv
    vote_service.set_count(db, round_id, a, 2)
    round_id2, _ = vote_service.create_round(db, item_kind="problem_candidate", votes_per_person=2, participants=2)
    vote_service.set_count(db, round_id2, a, 3)
    with pytest.raises(ValidationError, match="2 röster × 2 deltagare = 4"):
        vote_service.set_count(db, round_id2, b, 2)
    with pytest.raises(ValidationError, match="negativt"):
        vote_service.set_count(db, round_id2, b, -1)
    # Nothing half-written: the refused counts are not stored.
    assert vote_service.count_of(db, round_id2, b) == 0
    assert vote_service.round_result(db, round_id).total == 5


def test_ranked_result_and_reveal(db):  # type: ignore[no-untyped-def]
    a, b, c = _candidates(db, "Alfa", "Beta", "Gamma")
    round_id, _ = vote_service.create_round(db, item_kind="problem_candidate", title="Vad är viktigast?")
    for item, count in ((a, 1), (b, 5), (c, 3)):
        vote_service.set_count(db, round_id, item, count)
    result = vote_service.round_result(db, round_id)
    assert [item.label for item in result.ranked()] == ["Beta", "Gamma", "Alfa"]
    assert result.budget is None
    vote_service.set_revealed(db, round_id, True)
    assert vote_service.round_result(db, round_id).round.revealed


def test_totals_are_kept_per_meeting(db):  # type: ignore[no-untyped-def]
    (a,) = _candidates(db, "A")
    first = crud.create(db, "meeting", {"title": "Workshop 1"})[0]
    second = crud.create(db, "meeting", {"title": "Workshop 2"})[0]
    r1, _ = vote_service.create_round(db, item_kind="problem_candidate", meeting_id=first)
    r2, _ = vote_service.create_round(db, item_kind="problem_candidate", meeting_id=second)
    vote_service.set_count(db, r1, a, 4)
    vote_service.set_count(db, r2, a, 2)
    assert vote_service.totals(db, "problem_candidate") == {a: 6}
    assert vote_service.totals(db, "problem_candidate", meeting_id=first) == {a: 4}
    assert [row.id for row in vote_service.rounds(db, meeting_id=second)] == [r2]


def test_cause_rounds_feed_the_cause_votes(db):  # type: ignore[no-untyped-def]
    problem = crud.create(db, "problem", {"title": "Otrygghet"})[0]
    cause = crud.create(db, "cause", {"problem_id": problem, "text": "Mörka hörn\nmer text"})[0]
    other = crud.create(db, "cause", {"problem_id": problem, "text": "Inga vakter"})[0]
    round_id, _ = vote_service.create_round(db, item_kind="cause", problem_id=problem)
    assert [item.label for item in vote_service.round_result(db, round_id).items] == ["Mörka hörn", "Inga vakter"]
    changes = vote_service.set_count(db, round_id, cause, 7)
    assert changes.touches("cause") and cause in changes.ids("cause")
    assert crud.get(db, "cause", cause).votes == 7
    snapshot, _ = vote_service.delete_round(db, round_id)
    assert crud.get(db, "cause", cause).votes == 0
    vote_service.restore_round(db, snapshot)
    assert crud.get(db, "cause", cause).votes == 7
    assert crud.get(db, "cause", other).votes == 0


def test_nothing_to_vote_on_is_refused_and_nothing_is_written(db):  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationError, match="inget att rösta på"):
        vote_service.create_round(db, item_kind="measure")
    with pytest.raises(ValidationError):
        vote_service.create_round(db, item_kind="cause")  # no problem chosen
    assert vote_service.rounds(db) == []


def test_settings_cannot_break_counts_already_entered(db):  # type: ignore[no-untyped-def]
    (a,) = _candidates(db, "A")
    round_id, _ = vote_service.create_round(db, item_kind="problem_candidate")
    vote_service.set_count(db, round_id, a, 5)
    with pytest.raises(ValidationError, match="Högst 4"):
        vote_service.update_settings(db, round_id, votes_per_person=3, cap_per_item=4, participants=0)
    assert crud.get(db, "vote_round", round_id).cap_per_item == 0
    vote_service.update_settings(db, round_id, votes_per_person=3, cap_per_item=5, participants=2)
    assert crud.get(db, "vote_round", round_id).participants == 2
