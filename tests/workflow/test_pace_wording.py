"""The pace of a quantified promise and the vague verbs Brå warns against."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from samverka.core.smart import check_goal
from samverka.dto import GoalRow
from samverka.workflow.pace import activity_pace, elapsed_share
from samverka.workflow.wording import vague_phrases

D = dt.date


def test_elapsed_share_counts_both_ends() -> None:
    assert elapsed_share(D(2026, 1, 1), D(2026, 1, 10), D(2026, 1, 5)) == 0.5
    assert elapsed_share(D(2026, 1, 1), D(2026, 1, 10), D(2025, 12, 1)) == 0.0
    assert elapsed_share(D(2026, 1, 1), D(2026, 1, 10), D(2026, 2, 1)) == 1.0


def test_nine_of_twenty_six_halfway_is_behind() -> None:
    pace = activity_pace(26, 9, "kvällar", D(2026, 4, 1), D(2027, 3, 31), D(2026, 9, 30))
    assert pace is not None
    assert (pace.expected, pace.behind, pace.text.sv, pace.text.en) == (13, True, "9 av 26 kvällar",
                                                                         "9 of 26 kvällar")
    assert pace.explanation.sv == "9 av 26 kvällar, men till 2026-09-30 borde minst 13 vara gjorda."
    on_pace = activity_pace(26, 13, "kvällar", D(2026, 4, 1), D(2027, 3, 31), D(2026, 9, 30))
    assert on_pace is not None and not on_pace.behind and "enligt plan" in on_pace.explanation.sv


@pytest.mark.parametrize(("planned", "done", "start", "end"), [
    (None, 3, D(2026, 1, 1), D(2026, 12, 31)), (0, 3, D(2026, 1, 1), D(2026, 12, 31)),
    (10, None, D(2026, 1, 1), D(2026, 12, 31)), (10, 3, None, D(2026, 12, 31)), (10, 3, D(2026, 1, 1), None),
])
def test_nothing_to_compare(planned: int | None, done: int | None, start: dt.date | None,
                            end: dt.date | None) -> None:
    assert activity_pace(planned, done, "", start, end, D(2026, 6, 1)) is None


@pytest.mark.parametrize(("text", "phrase"), [
    ("Vi ska verka för ökad trygghet", "verka för"),
    ("Parterna arbetar för en tryggare stad", "arbeta för"),
    ("Vi värnar om de boendes trygghet", "värna om"),
    ("Öka samverkan mellan förvaltningarna", "öka samverkan"),
    ("Ökad samverkan kring unga", "öka samverkan"),
    ("Stärka föräldrarnas roll", "stärka"),
    ("Ett stärkt förtroende för polisen", "stärka"),
])
def test_vague_phrases_are_found(text: str, phrase: str) -> None:
    found = vague_phrases(text)
    assert [p.phrase for p in found] == [phrase]
    assert found[0].suggestion.sv and found[0].suggestion.en


def test_clear_goals_have_no_vague_phrases() -> None:
    assert vague_phrases("Andelen otrygga ska minska från 31 % till 25 % till 2027") == []
    assert vague_phrases("Förstärkt belysning vid Bantorget före 1 oktober") == []  # "förstärka" is concrete


def _goal(text: str) -> GoalRow:
    return GoalRow(id=1, collaboration_id=1, problem_id=1, type="effekt", text=text, indicator_id=3,
                   baseline_value=31.0, baseline_date=D(2025, 10, 1), target_value=25.0,
                   target_date=D(2027, 10, 1), accepted=True, sort_order=0)


def test_smart_s_flags_a_vague_verb_with_a_suggestion() -> None:
    result = check_goal(_goal("Vi ska verka för att färre känner sig otrygga vid stationen"))
    specific = result.verdicts[0]
    assert not specific.ok and "”verka för”" in specific.reason.sv and "minska från 31 %" in specific.reason.sv
    assert "Brå warns" in specific.reason.en
    clear = dataclasses.replace(_goal(""), text="Andelen otrygga vid stationen ska minska till 25 %")
    assert check_goal(clear).complete


@pytest.mark.parametrize("step", range(1, 11))
def test_guidance_says_when_each_step_is_done_in_both_languages(step: int) -> None:
    from samverka.core import guidance

    assert guidance.done_when(step, "sv") and guidance.done_when(step, "en")


def test_guidance_names_the_event_chain_and_follow_up_in_the_room() -> None:
    from samverka.core import guidance
    from samverka.workflow.steps import step_number

    causes = guidance.guidance(step_number("orsaksanalys"), "sv")
    assert "händelsekedjan – Brås verktyg" in causes and "5 varför är inte ett av Brås verktyg" in causes
    follow_up = guidance.guidance(step_number("uppfoljning"), "sv")
    assert "värde, datum, källa och kommentar" in follow_up and "9 av 26 kvällar" in follow_up
    assert "undertecknad av alla" in guidance.done_when(step_number("overenskommelse"), "sv")
    assert guidance.DEFAULT_TIMER_MINUTES[step_number("overenskommelse")] == 5
