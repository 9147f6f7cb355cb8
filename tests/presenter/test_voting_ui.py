"""Tally voting on the laptop: a new round, counts with −/+ and typed numbers, refusals explained, the reveal."""

from __future__ import annotations

from samverka.core import crud, vote_service
from samverka.ui.presenter.voting import RoundSettings


def test_enter_counts_refuse_too_many_and_reveal(qtbot, demo_presenter):  # type: ignore[no-untyped-def]
    ctx, window, controller = demo_presenter
    panel = controller.panel.notes.vote_panel
    ctx.state.set_step(3)
    controller.start(from_first=False)
    round_id = panel.create_round(RoundSettings("problem_candidate", "Vilket problem?", 2, 3, 4, None))
    assert round_id is not None and panel.current_round() == round_id
    candidates = crud.list_rows(ctx.db, "problem_candidate", order_by=("sort_order",))
    first, second = candidates[0].id, candidates[1].id
    assert panel.step_count(first, +1) and panel.step_count(first, +1)
    assert vote_service.count_of(ctx.db, round_id, first) == 2
    assert not panel.set_count(first, 4)  # above the cap of 3
    assert "Högst 3 röster per punkt" in panel.message.text()
    assert panel._spins[first].value() == 2  # the field shows the stored value again
    assert panel.set_count(second, 3)
    assert panel.message.text() == ""
    assert panel.set_count(candidates[2].id, 3)
    assert not panel.set_count(candidates[3].id, 1)  # 2 votes × 4 people = 8 dots; 2 + 3 + 3 already
    assert "= 8" in panel.message.text()
    assert "8 / 8" in panel.total_label.text()
    ctx.undo.stack.undo()
    assert vote_service.count_of(ctx.db, round_id, candidates[2].id) == 0
    panel.show_button.setChecked(True)
    assert controller.presentation.round_id == round_id
    assert controller.audience.canvas.slide.kind == "list"
    panel.toggle_reveal()
    assert controller.audience.canvas.slide.kind == "bars"
    assert "Dölj" in panel.reveal_button.text()
    # The counts feed the prioritisation: the ranking on the projector shows the dots once the vote is off.
    panel.show_button.setChecked(False)
    assert "2 röster" in " ".join(e.badge for e in controller.audience.canvas.slide.entries)


def test_new_round_is_undoable(qtbot, demo_presenter):  # type: ignore[no-untyped-def]
    ctx, window, controller = demo_presenter
    panel = controller.panel.notes.vote_panel
    ctx.state.set_step(5)
    round_id = panel.create_round(RoundSettings("cause", "", 3, 0, 0, None))
    assert round_id is not None
    result = vote_service.round_result(ctx.db, round_id)
    assert result.round.title == "Orsaker" and len(result.items) > 5
    cause = result.items[0].item_id
    before = crud.get(ctx.db, "cause", cause).votes
    assert panel.set_count(cause, 2)
    assert crud.get(ctx.db, "cause", cause).votes == before + 2
    ctx.undo.stack.undo()
    ctx.undo.stack.undo()
    assert vote_service.rounds(ctx.db, item_kind="cause") == []
    assert panel.current_round() is None
    ctx.undo.stack.redo()
    assert [row.id for row in vote_service.rounds(ctx.db, item_kind="cause")] == [round_id]
