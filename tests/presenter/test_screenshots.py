"""The projector as the room sees it: one 1920×1080 picture per step of the demo, plus a revealed vote.

Run with SAMVERKA_SCREENSHOTS=1 (inside the two-screen run) to refresh docs/screenshots/projector-*.png.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtGui import QImage

from samverka.core import crud, vote_service
from samverka.dto import CauseRow, MeasureRow
from samverka.ui.state import Selection
from samverka.workflow.steps import step_number

DOCS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


def _folder(tmp_path: Path) -> Path:
    return DOCS if os.environ.get("SAMVERKA_SCREENSHOTS") == "1" else tmp_path


def test_projector_pictures_of_every_step(qtbot, two_screens, demo_presenter, tmp_path):  # type: ignore[no-untyped-def]
    ctx, window, controller = demo_presenter
    folder = _folder(tmp_path)
    controller.start(from_first=True)
    measures = crud.list_rows(ctx.db, "measure", order_by=("sort_order", "id"))
    pictures = []
    for step in range(1, 11):
        ctx.state.set_step(step)
        if step == step_number("orsaksanalys"):
            problem = crud.list_rows(ctx.db, "problem")[0]
            ctx.state.set_problem(problem.id)  # the cause canvases draw the problem being worked on
            causes = sorted(crud.list_rows(ctx.db, "cause", problem_id=problem.id), key=lambda c: -c.votes)
            ctx.state.select(Selection(CauseRow, causes[0].id))
            controller.set_timer(5 * 60)
            controller.toggle_timer()  # the room sees the countdown while it works on the causes
        if step == step_number("atgardsplan"):
            ctx.state.select(Selection(MeasureRow, measures[1].id))  # the facilitator points at one measure
        image = controller.audience.grab().toImage()
        assert (image.width(), image.height()) == (1920, 1080)
        path = folder / f"projector-step-{step:02d}.png"
        assert image.save(str(path))
        pictures.append(image)
        if step == step_number("orsaksanalys"):
            controller.presentation.set_cause_view("list")  # the causes as cards, most votes first
            assert controller.audience.grab().save(str(folder / "projector-step-05-list.png"))
            controller.presentation.set_cause_view("triangle")
            controller.reset_timer()
    assert len({picture.cacheKey() for picture in pictures}) == 10
    assert all(QImage(str(folder / f"projector-step-{n:02d}.png")).width() == 1920 for n in range(1, 11))


def test_projector_picture_of_a_revealed_vote(qtbot, two_screens, demo_presenter, tmp_path):  # type: ignore[no-untyped-def]
    ctx, window, controller = demo_presenter
    folder = _folder(tmp_path)
    controller.start(from_first=False)
    ctx.state.set_step(step_number("prioritering"))
    round_id, _ = vote_service.create_round(ctx.db, item_kind="problem_candidate",
                                            title="Vilket problem ska vi börja med?", votes_per_person=3,
                                            participants=9)
    candidates = crud.list_rows(ctx.db, "problem_candidate", order_by=("sort_order",))
    for candidate, count in zip(candidates, (11, 6, 3, 7), strict=True):
        vote_service.set_count(ctx.db, round_id, candidate.id, count)
    controller.presentation.show_round(round_id)
    hidden = controller.audience.grab().toImage()
    assert hidden.save(str(folder / "projector-vote-hidden.png"))
    ctx.bus.emit_changed(vote_service.set_revealed(ctx.db, round_id, True))
    shown = controller.audience.grab().toImage()
    assert shown.save(str(folder / "projector-vote-revealed.png"))
    assert shown != hidden
