"""Fixtures for the cause analysis: a problem, a Lund-like cause graph, and the cause page on it."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

import pytest
from cause_fixtures import build_lund_causes

from samverka.core import crud
from samverka.models.db import Database


@pytest.fixture
def problem_id(db: Database) -> int:
    new_id, _ = crud.create(db, "problem", {"title": "Skadegörelse i parken"})
    return new_id


@pytest.fixture
def lund(sqlite_db: Database) -> tuple[Database, int, dict[str, int]]:
    problem, ids = build_lund_causes(sqlite_db)
    return sqlite_db, problem, ids


@dataclass
class PageRig:
    page: object
    ctx: object
    db: Database
    problem: int
    ids: dict[str, int]
    errors: list[str] = field(default_factory=list)


@pytest.fixture
def rig(qtbot, lund: tuple[Database, int, dict[str, int]]) -> Iterator[PageRig]:  # type: ignore[no-untyped-def]
    from samverka.ui.context import make_context
    from samverka.ui.steps.step05_cause_analysis import CausePage

    db, problem, ids = lund
    ctx = make_context(db)
    result = PageRig(None, ctx, db, problem, ids)
    ctx.bus.error_raised.connect(result.errors.append)
    page = CausePage(ctx)
    qtbot.addWidget(page)
    page.resize(1700, 1000)
    page.show()
    qtbot.waitExposed(page)
    result.page = page
    yield result
    ctx.undo.clear()
