"""Chart data from stored values: trends, profiles, rankings, breakdowns, goal lines, heat maps."""

from __future__ import annotations

import pytest
from survey_files import add_goal_and_observations, lund_csv

from samverka.core.survey import commit_import, prepare_import, queries
from samverka.core.survey.queries import time_cells


@pytest.fixture
def filled(db, write_file):  # type: ignore[no-untyped-def]
    commit_import(db, prepare_import(db, write_file("lund.csv", lund_csv())))
    add_goal_and_observations(db)
    return db


def test_trend_has_one_series_per_area_and_the_goal(filled) -> None:
    data = queries.trend(filled, "BERUSADE")
    assert data.title == "Berusade personer utomhus" and data.value_type == "index_0_6"
    assert [s.label for s in data.series] == ["Lunds innerstad", "Lunds kommun", "Norr", "Söder/Klostergården",
                                              "Väster"]
    innerstad = data.series[0]
    assert [p.year for p in innerstad.points] == list(range(2016, 2024))
    assert [p.year for p in innerstad.points if p.uncertain] == [2020]
    [target] = data.targets
    assert target.value == 1.3 and target.year == 2027 and "Mål 2027" in target.label


def test_profile_ranking_breakdown(filled) -> None:
    assert queries.total_area_code(filled) == "LUND"
    profile = queries.area_profile(filled, "LU01", 2023)
    assert [name for name, _ in profile.series] == ["Lunds innerstad", "Lunds kommun"]
    assert len(profile.categories) == 5
    area_values = [b.value for b in profile.series[0][1]]
    assert area_values == sorted(area_values, reverse=True)
    ranking = queries.ranking(filled, "MORKA", 2023)
    values = [b.value for b in ranking.series[0][1]]
    assert values == sorted(values, reverse=True) and len(values) == 4
    assert "Lunds kommun" not in ranking.categories
    assert ranking.targets[0].label.startswith("Lunds kommun: ")
    split = queries.breakdown_bars(filled, "BERUSADE", "LU02")
    assert split.categories == ("Alla", "Kvinnor", "Män", "16-24 år")
    assert [name for name, _ in split.series] == ["2021", "2022", "2023"]
    assert split.series[0][1][3].uncertain  # n = 25 in Väster's youngest group


def test_pickers(filled) -> None:
    assert [i.code for i in queries.items(filled)][:2] == ["BERUSADE", "MORKA"]
    assert queries.years(filled) == list(range(2016, 2024))
    assert queries.breakdowns(filled, "BERUSADE") == ["alla", "kvinnor", "män", "ålder:16-24"]


def test_heatmap(filled) -> None:
    heat = queries.observation_heatmap(filled)
    assert (heat.observations, heat.without_time) == (2, 1)
    assert heat.values[4][22] == pytest.approx(38 / 8)  # Friday 22:00
    assert heat.values[6][1] == pytest.approx(38 / 8)  # Saturday night runs into Sunday 01:00
    assert heat.values[0][7] == pytest.approx(41 / 10)
    assert sum(map(sum, heat.values)) == pytest.approx(79)
    only_reports = queries.observation_heatmap(filled, source_kind="medborgardialog")
    assert only_reports.observations == 0


def test_time_cells() -> None:
    assert time_cells("", None, None) == []
    assert time_cells("7", 23, 1) == [(6, 23), (0, 0)]  # Sunday night wraps to Monday
    assert len(time_cells("", 0, 0)) == 7 * 24
    assert time_cells("1", 8, None) == [(0, 8)]
