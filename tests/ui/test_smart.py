"""The SMART check of step 6: each letter judged with a reason."""

from __future__ import annotations

import dataclasses
import datetime as dt

from samverka.core.smart import check_goal
from samverka.dto import GoalRow


def goal(**changes: object) -> GoalRow:
    base = GoalRow(
        id=1, collaboration_id=1, problem_id=1, type="effekt",
        text="Färre boende ska känna sig otrygga vid Clemenstorget på kvällen",
        indicator_id=3, baseline_value=40.0, baseline_date=dt.date(2025, 9, 1), target_value=30.0,
        target_date=dt.date(2028, 9, 1), accepted=True, sort_order=0,
    )
    return dataclasses.replace(base, **changes)


def letters(result: object) -> str:
    return "".join(v.letter for v in result.verdicts if v.ok)  # type: ignore[attr-defined]


def test_complete_goal_passes_every_letter() -> None:
    result = check_goal(goal())
    assert result.complete
    assert letters(result) == "SMART"


def test_each_letter_fails_with_a_reason() -> None:
    assert "S" not in letters(check_goal(goal(text="Tryggare")))
    assert "M" not in letters(check_goal(goal(indicator_id=None)))
    assert "M" not in letters(check_goal(goal(baseline_value=None)))
    assert "A" not in letters(check_goal(goal(accepted=False)))
    assert "R" not in letters(check_goal(goal(target_value=5.0)))
    assert "R" not in letters(check_goal(goal(target_value=40.0)))
    assert "T" not in letters(check_goal(goal(target_date=None)))
    assert "T" not in letters(check_goal(goal(target_date=dt.date(2024, 1, 1))))
    for verdict in check_goal(goal(text="", indicator_id=None, accepted=False, target_date=None)).missing():
        assert verdict.reason.sv and verdict.reason.en


def test_process_goal_needs_no_baseline() -> None:
    result = check_goal(goal(type="process", baseline_value=None, baseline_date=None, target_value=12.0))
    assert result.complete
    assert result.passed == 5


def test_has_indicator_override() -> None:
    assert "M" in letters(check_goal(goal(indicator_id=None), has_indicator=True))
