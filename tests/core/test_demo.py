"""The Lund demo fills every step, and the large generator makes what the benchmarks need."""

from __future__ import annotations

from pathlib import Path

import pytest

from samverka.core import crud
from samverka.core.overview import overview
from samverka.models.db import Database


def test_demo_fills_the_steps(demo_db: Database) -> None:
    summary = overview(demo_db)
    incomplete = {s.step.number: [str(m) for m in s.missing] for s in summary.steps if not s.complete}
    # Step 7 completes when the documents service locks the agreement; everything else must be complete.
    assert set(incomplete) <= {9}, incomplete
    assert summary.counts["causes"] >= 10
    assert summary.counts["measures"] >= 9
    problem = crud.list_rows(demo_db, "problem")[0]
    assert problem.title == "Otrygghet kvällstid vid Lund C"


@pytest.mark.slow
def test_large_collaboration_sizes(tmp_path: Path) -> None:
    from samverka.core import large

    db = large.build_large(tmp_path / "large.samverka")
    try:
        counts = overview(db).counts
    finally:
        db.close()
    assert counts["problems"] == large.PROBLEMS
    assert counts["causes"] == large.PROBLEMS * large.CAUSES_PER_PROBLEM
    assert counts["measures"] == large.MEASURES
    assert counts["survey_results"] == large.AREAS * large.ITEMS * large.YEARS * len(large.BREAKDOWNS)
