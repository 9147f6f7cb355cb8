"""Every Qt item model in samverka/ui/models passes Qt's model checks (pytest-qt's qtmodeltester), filled, after
a reload with other rows, after an update shown in place, sorted, and empty."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

import pytest
from PySide6.QtCore import Qt

from samverka import vocab
from samverka.dto import GoalRow, PriorityCriterionRow, PriorityScoreRow, ProblemCandidateRow
from samverka.ui.models.columns import Column, Options
from samverka.ui.models.row_table import RowTableModel
from samverka.ui.models.score_matrix import ScoreMatrixModel


class Indicators:
    def options(self) -> Options:
        return [(1, "Andel otrygga"), (2, "Anmälda brott")]

    def label(self, value: Any) -> str:
        return dict(self.options()).get(value, "")


def goal(goal_id: int, **changes: Any) -> GoalRow:
    base = GoalRow(id=goal_id, collaboration_id=1, problem_id=1, type="effekt", text=f"Mål {goal_id}",
                   indicator_id=1, baseline_value=40.5, baseline_date=dt.date(2025, 9, 1), target_value=30.0,
                   target_date=dt.date(2028, 9, 1), accepted=goal_id % 2 == 0, sort_order=goal_id)
    return dataclasses.replace(base, **changes)


COLUMNS = [
    Column("type", "Typ", "choice", choices=vocab.GOAL_TYPES),
    Column("text", "Mål", "long"),
    Column("indicator_id", "Indikator", "ref", ref=Indicators()),
    Column("baseline_value", "Utgångsvärde", "float"),
    Column("baseline_date", "Mätt", "date"),
    Column("sort_order", "Ordning", "int"),
    Column("accepted", "Accepterad", "bool"),
    Column("smart", "SMART", "computed", display=lambda row: "S · A", tooltip="Specifik …"),
]


# The tester stays connected after check(): every later change to the model is checked as it is signalled.
TESTERS = [pytest.param(True, id="python-tester"), pytest.param(False, id="qt-tester")]


@pytest.mark.parametrize("force_py", TESTERS)
@pytest.mark.parametrize("editable", [True, False], ids=["editable", "read-only"])
def test_row_table_model(qtmodeltester: Any, editable: bool, force_py: bool) -> None:
    model: RowTableModel[GoalRow] = RowTableModel(COLUMNS, (lambda row, field, value: True) if editable else None)
    model.flagged = lambda row: "Saknar ansvarig" if row.id == 2 else ""
    qtmodeltester.check(model, force_py=force_py)
    model.set_rows([goal(1), goal(2), goal(3)])
    model.set_rows([goal(1, text="Samma rader"), goal(2), goal(3)])  # the same rows: repainted in place
    model.set_rows([goal(3), goal(4)])  # other rows: a reset
    assert model.patch([goal(4, text="Ändrat mål")])  # an update shown in place
    assert not model.patch([goal(9)])  # a row not shown: the caller reloads
    model.sort(1, Qt.SortOrder.DescendingOrder)
    assert [row.id for row in model.rows] == [4, 3]
    model.repaint_all()
    model.set_rows([])


@pytest.mark.parametrize("force_py", TESTERS)
def test_score_matrix_model(qtmodeltester: Any, force_py: bool) -> None:
    model = ScoreMatrixModel(lambda candidate, criterion, value: True)
    qtmodeltester.check(model, force_py=force_py)
    candidates = [ProblemCandidateRow(id=i, collaboration_id=1, title=f"Kandidat {i}", description="", area_id=None,
                                      category="", raised_by_org_id=None, rationale="", selected=False,
                                      sort_order=i, dialogue_basis="") for i in (1, 2)]
    criteria = [PriorityCriterionRow(id=i, collaboration_id=1, name=f"Kriterium {i}", description="Hur ofta",
                                     weight=1.5, sort_order=i, is_filter=False) for i in (1, 2, 3)]
    scores = [PriorityScoreRow(id=1, candidate_id=1, criterion_id=2, score=3, comment="")]
    model.set_data(candidates, criteria, scores)
    model.set_data(candidates[:1], criteria, [])
