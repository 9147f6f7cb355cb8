"""The fifth view, the event chain (händelsekedja), driven with keys and the mouse; the views' names; readable zoom
on the laptop; the projector's pages; and the page's "what is missing" hand-over."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QGraphicsSimpleTextItem, QVBoxLayout, QWidget

from samverka.core import cause_service as cs
from samverka.core import crud
from samverka.dto import CauseRow
from samverka.ui.causes.canvas import MIN_TEXT_PT, CauseCanvas
from samverka.ui.causes.projection import CauseProjectionView
from samverka.ui.causes.theme import PROJECTION, SCREEN
from samverka.ui.context import make_context
from samverka.ui.state import Selection
from samverka.workflow.missing import missing


def _chain(rig) -> CauseCanvas:  # type: ignore[no-untyped-def]
    ids = rig.ids
    cs.set_event_chain(rig.db, rig.problem, {"före": [ids["youth"], ids["drunk"]], "under": [ids["groups"]],
                                             "efter": [ids["bikes"]]})
    rig.page.refresh()
    rig.page.show_view("event_chain")
    canvas = rig.page.canvas
    assert canvas.view_kind == "event_chain"
    return canvas


def _phases(rig) -> dict[str, tuple[int, ...]]:  # type: ignore[no-untyped-def]
    chain = cs.cause_graph(rig.db, rig.problem).event_chain()
    return {phase.key: phase.cause_ids for phase in chain.phases}


def _type(qtbot, canvas: CauseCanvas, text: str, key: Qt.Key) -> None:  # type: ignore[no-untyped-def]
    canvas.entry.setFocus()
    canvas.entry.insert(text)
    qtbot.keyClick(canvas.entry, key)


def _point(canvas: CauseCanvas, cause_id: int, share: float = 0.5) -> QPoint:
    rect = canvas.cause_scene.notes[cause_id].scene_rect()
    return canvas.mapFromScene(rect.center().x(), rect.top() + rect.height() * share)


def _drag(canvas: CauseCanvas, start: QPoint, end: QPoint) -> None:
    viewport = canvas.viewport()
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    QTest.mouseMove(viewport, start + QPoint(12, 12))
    QTest.mouseMove(viewport, end)
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)


def test_phases_left_to_right_each_in_order(rig) -> None:  # type: ignore[no-untyped-def]
    canvas, ids = _chain(rig), rig.ids
    notes = canvas.cause_scene.notes
    assert set(notes) == set(ids.values())  # every cause: the rest wait in the tray above
    x = {key: notes[ids[key]].x() for key in ("youth", "groups", "bikes")}
    assert x["youth"] < x["groups"] < x["bikes"]
    assert notes[ids["youth"]].y() < notes[ids["drunk"]].y()  # "före": 1. youth, 2. drunk
    assert notes[ids["shops"]].y() < notes[ids["youth"]].y()  # not in the chain: the tray on top
    labels = {z.label for z in canvas.cause_scene.zones}
    assert {"Före händelsen", "Under händelsen", "Efter händelsen", "Inte i händelsekedjan"} <= labels


def test_enter_adds_the_next_link_after_the_selected_one(rig, qtbot) -> None:  # type: ignore[no-untyped-def]
    canvas, ids = _chain(rig), rig.ids
    canvas.select(ids["youth"])
    _type(qtbot, canvas, "Bussen går var 30:e minut efter 21", Qt.Key.Key_Return)
    new = next(n.id for n in cs.cause_graph(rig.db, rig.problem).nodes.values()
               if n.cause.text.startswith("Bussen går"))
    assert _phases(rig)["före"] == (ids["youth"], new, ids["drunk"])
    assert canvas.selected_id == new and canvas.entry.text() == ""
    _type(qtbot, canvas, "Ingen väntsal är öppen", Qt.Key.Key_Tab)  # Tab: a sub-cause, still in the chain
    graph = cs.cause_graph(rig.db, rig.problem)
    child = next(n for n in graph.nodes.values() if n.cause.text == "Ingen väntsal är öppen")
    assert child.cause.parent_id == new and _phases(rig)["före"][2] == child.id
    rig.ctx.undo.stack.undo()
    rig.ctx.undo.stack.undo()
    assert _phases(rig)["före"] == (ids["youth"], ids["drunk"])
    assert rig.errors == []


def test_a_blank_chain_starts_before_the_event(qtbot, sqlite_db) -> None:  # type: ignore[no-untyped-def]
    from samverka.ui.steps.step05_cause_analysis import CausePage

    problem, _ = crud.create(sqlite_db, "problem", {"title": "Cykelstölder vid stationen", "in_focus": True})
    ctx = make_context(sqlite_db)
    page = CausePage(ctx)
    qtbot.addWidget(page)
    page.resize(1100, 640)
    page.show()
    page.show_view("event_chain")
    _type(qtbot, page.canvas, "Cykeln lämnas olåst", Qt.Key.Key_Return)
    _type(qtbot, page.canvas, "Tjuven klipper låset", Qt.Key.Key_Return)
    chain = cs.cause_graph(sqlite_db, problem).event_chain()
    texts = [cs.cause_graph(sqlite_db, problem).node(i).cause.text for i in chain.phase("före").cause_ids]
    assert texts == ["Cykeln lämnas olåst", "Tjuven klipper låset"]


def test_alt_arrows_move_between_and_within_phases(rig, qtbot) -> None:  # type: ignore[no-untyped-def]
    canvas, ids = _chain(rig), rig.ids
    canvas.select(ids["drunk"])
    canvas.setFocus()
    qtbot.keyClick(canvas, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert _phases(rig)["före"] == (ids["drunk"], ids["youth"])
    qtbot.keyClick(canvas, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert _phases(rig)["under"] == (ids["drunk"], ids["groups"])
    qtbot.keyClick(canvas, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert _phases(rig)["under"] == (ids["groups"], ids["drunk"])
    qtbot.keyClick(canvas, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(canvas, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)  # out of the chain, to the tray
    assert ids["drunk"] not in sum(_phases(rig).values(), ())
    for _ in range(5):
        qtbot.keyClick(canvas, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _phases(rig)["före"] == (ids["youth"], ids["drunk"])


def test_drag_into_another_phase_and_before_a_note(rig) -> None:  # type: ignore[no-untyped-def]
    canvas, ids = _chain(rig), rig.ids
    canvas.fit()
    efter = next(z for z in canvas.cause_scene.zones if z.target == {"event_phase": "efter"})
    canvas.ensureVisible(efter.zone_rect)
    _drag(canvas, _point(canvas, ids["bikes"]), canvas.mapFromScene(efter.zone_rect.center().x(),
                                                                   efter.zone_rect.bottom() - 20))
    assert _phases(rig)["efter"] == (ids["bikes"],)  # dropped on its own phase: nothing changes
    canvas.ensureVisible(canvas.cause_scene.notes[ids["youth"]].scene_rect())
    _drag(canvas, _point(canvas, ids["drunk"]), _point(canvas, ids["youth"], 0.2))  # upper half: before it
    assert _phases(rig)["före"] == (ids["drunk"], ids["youth"])
    canvas.ensureVisible(canvas.cause_scene.notes[ids["groups"]].scene_rect())
    _drag(canvas, _point(canvas, ids["shops"]), _point(canvas, ids["groups"], 0.8))  # from the tray, after it
    assert _phases(rig)["under"] == (ids["groups"], ids["shops"])
    rig.ctx.undo.stack.undo()
    assert ids["shops"] not in _phases(rig)["under"]


def test_view_names_follow_bra(rig) -> None:  # type: ignore[no-untyped-def]
    tabs = [rig.page.tabs.tabText(i) for i in range(rig.page.tabs.count())]
    assert tabs == ["Brottstriangeln", "Fiskben", "Händelsekedja", "Orsaksträd", "5 varför (komplement)"]
    assert "inte ett av Brås verktyg" in rig.page.tabs.tabToolTip(4)
    rig.page.show_view("triangle")
    texts = {item.text() for item in rig.page.canvas.cause_scene.items()
             if isinstance(item, QGraphicsSimpleTextItem)}
    assert "Handledare" in texts and "Handler" not in texts
    assert {"Kapabel väktare", "Platsansvarig", "Gärningsperson", "Offer/mål", "Plats"} <= texts


def test_every_view_keeps_text_at_9_points_on_the_laptop(qtbot, demo_path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication, QScrollBar

    from samverka.ui.app import build_window

    window = build_window(QApplication.instance(), "sv")  # type: ignore[arg-type]
    qtbot.addWidget(window)
    window.setWindowState(Qt.WindowState.WindowNoState)  # a first start is maximised
    window.resize(1366, 768)
    window.show()
    assert window.open_path(str(demo_path))
    window.go_to_step(5)
    page = window.current_page()
    for kind in ("triangle", "fishbone", "event_chain", "tree", "whys"):
        page.show_view(kind)
        canvas = page.canvas
        qtbot.keyClick(canvas, Qt.Key.Key_F)
        QApplication.processEvents()  # the scroll bars follow the new scale
        pixels = SCREEN.text_px * canvas.zoom()
        assert pixels * 72 / canvas.logicalDpiY() >= MIN_TEXT_PT - 1e-6, kind
        scene = canvas.cause_scene.sceneRect()
        wider = scene.width() * canvas.zoom() > canvas.viewport().width()
        bar: QScrollBar = canvas.horizontalScrollBar()
        assert bar.maximum() > bar.minimum() if wider else True, kind  # the rest is reached by scrolling
        # The entry line is not under the scroll bar.
        assert canvas.entry.geometry().bottom() < bar.mapTo(canvas, QPoint(0, 0)).y() or not bar.isVisible()
    window.close()


def _on_a_projector(qtbot, view: CauseProjectionView) -> QWidget:  # type: ignore[no-untyped-def]
    """A 1080-line window, shown, with a 200 px header above the view (keep it: it owns the view)."""
    screen = QWidget()
    qtbot.addWidget(screen)
    column = QVBoxLayout(screen)
    column.setContentsMargins(0, 0, 0, 0)
    header = QWidget()
    header.setFixedHeight(200)
    column.addWidget(header)
    column.addWidget(view, 1)
    screen.resize(1920, 1080)
    screen.show()
    qtbot.waitExposed(screen)
    return screen


def test_projector_pages_instead_of_cropping(qtbot, demo_db) -> None:  # type: ignore[no-untyped-def]
    ctx = make_context(demo_db)
    problem = crud.list_rows(demo_db, "problem", order_by=("sort_order", "id"))[0].id
    ctx.state.set_problem(problem)
    for kind in ("triangle", "event_chain"):
        view = CauseProjectionView(ctx, kind)
        _screen = _on_a_projector(qtbot, view)  # kept alive: it owns the view
        view.place()
        assert PROJECTION.text_px * view.transform().m11() >= 28 - 1e-6
        assert view.pages.columns == 1, kind  # the whole width fits: nothing is cut off left or right
        notes = view.cause_scene.notes
        lowest = max(notes, key=lambda i: notes[i].scene_rect().bottom())
        ctx.state.select(Selection(CauseRow, lowest))
        if view.pages.rows > 1:
            assert view.pages.current[1] == view.pages.rows - 1  # the page follows the spotlit cause
        seen = view.mapToScene(view.viewport().rect()).boundingRect()
        assert seen.contains(notes[lowest].scene_rect()), kind
        ctx.state.select(None)


def test_focus_missing_selects_the_cause_and_its_field(rig) -> None:  # type: ignore[no-untyped-def]
    page, cause = rig.page, rig.ids["handlers"]
    page.show_view("tree")
    item = missing("orsaksanalys", "Flytta orsaken", "Move the cause", entity="cause", entity_id=cause,
                   field="triangle_side")
    assert page.focus_missing(item)
    assert page.view_kind == "triangle" and page.canvas.selected_id == cause
    assert page.panel.side.hasFocus()
    empty, _ = crud.create(rig.db, "problem", {"title": "Nytt problem", "in_focus": True})
    item = missing("orsaksanalys", "Saknar orsaker", "No causes", entity="problem", entity_id=empty)
    assert page.focus_missing(item)
    assert rig.ctx.state.problem_id == empty and page.canvas.entry.hasFocus()


def test_evidence_options_are_read_when_needed(rig) -> None:  # type: ignore[no-untyped-def]
    panel = rig.page.panel
    rig.page.canvas.select(rig.ids["shops"])  # a cause without evidence: nothing is read
    assert panel.evidence_model.rowCount() == 0
    panel.evidence_choice.setFocus()  # reaching for the picker reads the options
    assert panel.evidence_model.rowCount() == 1  # the one observation of the fixture
    rig.page.canvas.select(rig.ids["dark"])
    assert panel.evidence.item(0).text().startswith("Belysning")


def test_a_small_triangle_fits_one_projector_slide(qtbot, db) -> None:  # type: ignore[no-untyped-def]
    """A workshop's first causes: the room sees the whole triangle at once, not "Del 1 av 2" of empty boxes."""
    problem, _ = crud.create(db, "problem", {"title": "Otrygghet vid stationen"})
    ctx = make_context(db)
    ctx.state.set_problem(problem)
    view = CauseProjectionView(ctx, "triangle")
    _screen = _on_a_projector(qtbot, view)  # kept alive: it owns the view
    placements = [{"triangle_side": "plats"}, {"triangle_side": "gärningsperson"},
                  {"triangle_side": "offer", "controller_role": "guardian"}, {}]
    for number, placement in enumerate(placements, start=1):
        _cause, changes = cs.add_cause(db, problem, f"Orsak {number}: sista tåget går 01.30", **placement)
        ctx.bus.changed.emit(changes, None)
        view.place()
        assert PROJECTION.text_px * view.transform().m11() >= 28 - 1e-6
        assert view.pages.count == 1, f"{number} causes: {view.pages}"
        seen = view.mapToScene(view.viewport().rect()).boundingRect()
        assert seen.contains(view.cause_scene.itemsBoundingRect()), number


def test_a_brainstorm_of_unplaced_causes_gets_a_full_width_row(qtbot, db) -> None:  # type: ignore[no-untyped-def]
    """Many causes not yet placed (a workshop's brainstorm) flow across the whole width under the triangle,
    not down a narrow third of it."""
    problem, _ = crud.create(db, "problem", {"title": "Otrygghet vid stationen"})
    for number in range(10):
        cs.add_cause(db, problem, f"Orsak {number}: folk samlas efter stängning")
    ctx = make_context(db)
    ctx.state.set_problem(problem)
    view = CauseProjectionView(ctx, "triangle")
    _screen = _on_a_projector(qtbot, view)  # kept alive: it owns the view
    view.place()
    scene = view.cause_scene
    tray = next(zone for zone in scene.zones if zone.target == {"triangle_side": "", "controller_role": ""})
    assert tray.zone_rect.width() > 0.9 * scene.itemsBoundingRect().width()
    assert view.pages.count <= 2
