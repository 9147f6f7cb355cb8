"""The audience window is a read-only view of AppState and the services: it follows the facilitator's selection
and edits, hides results until they are revealed, never shows private notes and never takes the keyboard."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from samverka.core import crud, guidance, vote_service
from samverka.dto import MeasureRow
from samverka.ui.state import Selection


def _texts(controller) -> str:  # type: ignore[no-untyped-def]
    slide = controller.audience.canvas.slide
    parts = [slide.heading, slide.note, *(f"{e.text} {e.detail} {e.badge}" for e in slide.entries)]
    return " ".join(parts)


def test_content_follows_the_selection_and_edits(qtbot, demo_presenter):  # type: ignore[no-untyped-def]
    ctx, window, controller = demo_presenter
    controller.start(from_first=True)
    ctx.state.set_step(8)
    measures = crud.list_rows(ctx.db, "measure", order_by=("sort_order", "id"))
    assert controller.audience.canvas.slide.spotlight is None
    ctx.state.select(Selection(MeasureRow, measures[4].id))
    assert controller.audience.canvas.slide.spotlight == ("measure", measures[4].id)
    # An edit on the laptop reaches the projector through the bus; nothing was copied.
    ctx.undo.update(MeasureRow, measures[4].id, title="Ny rubrik för tillsynen", expected={"title": measures[4].title})
    assert "Ny rubrik för tillsynen" in _texts(controller)
    ctx.undo.stack.undo()
    assert "Ny rubrik för tillsynen" not in _texts(controller)
    ctx.state.set_step(4)
    problem = crud.list_rows(ctx.db, "problem")[0]
    slide = controller.audience.canvas.slide
    assert slide.kind == "grid" and slide.heading == problem.title
    assert [entry.detail for entry in slide.entries][0] == problem.vad
    assert controller.audience.header.title == "Problembeskrivning"
    assert controller.audience.header.question.startswith("Vad är problemet")


def test_every_step_of_the_demo_has_content(qtbot, demo_presenter):  # type: ignore[no-untyped-def]
    ctx, window, controller = demo_presenter
    controller.start(from_first=True)
    for step in range(1, 11):
        ctx.state.set_step(step)
        if controller.audience.body.currentWidget() is controller.audience.canvas:
            assert controller.audience.canvas.slide.kind in ("list", "grid"), step
            assert controller.audience.canvas.slide.entries, step


def test_private_notes_never_reach_the_projector(qtbot, demo_presenter):  # type: ignore[no-untyped-def]
    ctx, window, controller = demo_presenter
    controller.start(from_first=True)
    panel = controller.panel
    panel.notes.notes_edit.setPlainText("HEMLIGT: fråga om budgeten")
    panel.notes.save_note()
    assert guidance.step_note(ctx.db, 1) == "HEMLIGT: fråga om budgeten"
    assert "Samverkan" in panel.notes.guidance_view.toPlainText() or panel.notes.guidance_view.toPlainText()
    for step in range(1, 11):
        ctx.state.set_step(step)
        assert "HEMLIGT" not in _texts(controller)
    ctx.undo.stack.undo()
    assert guidance.step_note(ctx.db, 1) == ""


def test_hidden_results_stay_hidden_until_revealed(qtbot, demo_presenter):  # type: ignore[no-untyped-def]
    ctx, window, controller = demo_presenter
    controller.start(from_first=True)
    ctx.state.set_step(3)
    assert "poäng" in _texts(controller)
    qtbot.keyClick(window, Qt.Key.Key_H)  # no vote on show: H hides the scores
    assert "poäng" not in _texts(controller)
    qtbot.keyClick(window, Qt.Key.Key_H)
    assert "poäng" in _texts(controller)
    round_id, _ = vote_service.create_round(ctx.db, item_kind="problem_candidate", title="Prickröstning",
                                            votes_per_person=3, participants=5)
    candidates = crud.list_rows(ctx.db, "problem_candidate", order_by=("sort_order",))
    controller.presentation.show_round(round_id)
    for candidate, count in zip(candidates, (7, 4, 2, 1), strict=True):
        ctx.undo.call("röster", lambda c=candidate, n=count: vote_service.set_count(ctx.db, round_id, c.id, n),
                      lambda c=candidate: vote_service.set_count(ctx.db, round_id, c.id, 0))
    slide = controller.audience.canvas.slide
    assert slide.kind == "list" and slide.heading == "Prickröstning"
    assert all(entry.badge == "" and entry.value is None for entry in slide.entries)
    assert "14 röster inräknade av 15" in slide.note
    qtbot.keyClick(window, Qt.Key.Key_H)
    slide = controller.audience.canvas.slide
    assert slide.kind == "bars"
    assert [entry.badge for entry in slide.entries] == ["7", "4", "2", "1"]
    ctx.undo.stack.undo()  # the reveal is on the undo stack too
    assert controller.audience.canvas.slide.kind == "list"
    ctx.state.set_step(4)  # moving on takes the vote off the screen
    assert controller.presentation.round_id is None


def test_audience_window_never_takes_focus(qtbot, demo_presenter):  # type: ignore[no-untyped-def]
    ctx, window, controller = demo_presenter
    controller.start(from_first=True)
    audience = controller.audience
    assert audience.windowFlags() & Qt.WindowType.WindowDoesNotAcceptFocus
    assert audience.testAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
    for step in range(1, 11):
        ctx.state.set_step(step)
        focusable = [w for w in audience.findChildren(QWidget) if w.focusPolicy() != Qt.FocusPolicy.NoFocus]
        assert focusable == [], step
    qtbot.mouseClick(audience.canvas, Qt.MouseButton.LeftButton)
    assert QGuiApplication.focusWindow() is not audience.windowHandle()


def test_one_screen_gives_a_resizable_preview(qtbot, new_presenter, monkeypatch):  # type: ignore[no-untyped-def]
    ctx, window, controller = new_presenter
    primary = QGuiApplication.primaryScreen()
    monkeypatch.setattr(QGuiApplication, "screens", staticmethod(lambda: [primary]))
    controller.start(from_first=True)
    assert controller.mode == "preview"
    assert controller.audience.isVisible() and not controller.audience.isFullScreen()
    assert controller.audience.screen() is primary
    controller.audience.resize(800, 450)
    assert controller.audience.width() == 800
    assert "förhandsvisning" in controller.panel.mode_label.text()
    controller.stop()
    assert controller.mode == "off" and not controller.audience.isVisible()


def test_timer_default_per_step_and_shown_when_started(qtbot, new_presenter):  # type: ignore[no-untyped-def]
    ctx, window, controller = new_presenter
    controller.start(from_first=True)
    assert controller.countdown.duration == guidance.DEFAULT_TIMER_MINUTES[1] * 60
    assert controller.audience.header.timer_text == ""  # not started: the room does not see it
    controller.set_timer(180, remember=True)
    controller.toggle_timer()
    assert controller.audience.header.timer_text in ("3:00", "2:59")
    assert guidance.timer_seconds(ctx.db, 1) == 180
    assert controller.panel.timer_box.display.text() == controller.countdown.text()


def test_the_projector_speaks_english_when_asked(qtbot, demo_presenter):  # type: ignore[no-untyped-def]
    from samverka.errors import language, set_language

    ctx, window, controller = demo_presenter
    controller.start(from_first=True)
    ctx.state.set_step(4)
    before = language()
    try:
        set_language("en")
        controller.language_changed.emit()
        assert controller.audience.header.title == "Problem description"
        assert [entry.text for entry in controller.audience.canvas.slide.entries][:2] == ["What?", "Where?"]
    finally:
        set_language(before)
        controller.language_changed.emit()
    assert controller.audience.header.title == "Problembeskrivning"
