"""The four canvases driven like the room drives them: keyboard entry, navigation, editing, drag and drop."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from samverka.core import cause_service as cs
from samverka.core import crud
from samverka.core.changes import Changes
from samverka.dto import CauseRow
from samverka.ui.causes.canvas import CauseCanvas
from samverka.ui.state import Selection


def _canvas(rig, kind: str) -> CauseCanvas:  # type: ignore[no-untyped-def]
    rig.page.show_view(kind)
    canvas = rig.page.canvas
    assert canvas.view_kind == kind
    canvas.fit()
    return canvas


def _graph(rig) -> cs.CauseGraph:  # type: ignore[no-untyped-def]
    return cs.cause_graph(rig.db, rig.problem)


def _type(qtbot, canvas: CauseCanvas, text: str, key: Qt.Key) -> None:  # type: ignore[no-untyped-def]
    canvas.entry.setFocus()
    canvas.entry.insert(text)  # QTest types ASCII only; the keys that matter are real key presses
    qtbot.keyClick(canvas.entry, key)


def _centre(canvas: CauseCanvas, cause_id: int) -> QPoint:
    return canvas.mapFromScene(canvas.cause_scene.notes[cause_id].scene_rect().center())


def _drag(canvas: CauseCanvas, start: QPoint, end: QPoint) -> None:
    viewport = canvas.viewport()
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    QTest.mouseMove(viewport, start + QPoint(12, 12))
    QTest.mouseMove(viewport, end)
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)


def test_every_view_shows_every_cause(rig) -> None:  # type: ignore[no-untyped-def]
    for kind in ("triangle", "fishbone", "whys", "tree"):
        canvas = _canvas(rig, kind)
        assert set(canvas.cause_scene.notes) == set(rig.ids.values()), kind


def test_enter_adds_a_cause_that_appears_in_all_views(rig, qtbot) -> None:  # type: ignore[no-untyped-def]
    canvas = _canvas(rig, "tree")
    _type(qtbot, canvas, "Taxikön är rörig", Qt.Key.Key_Return)
    new = next(c for c in _graph(rig).nodes.values() if c.cause.text == "Taxikön är rörig")
    assert new.cause.parent_id is None
    assert canvas.selected_id == new.id
    assert canvas.entry.text() == ""
    assert rig.ctx.state.selection == Selection(CauseRow, new.id)
    for kind in ("triangle", "fishbone", "whys", "tree"):
        assert new.id in _canvas(rig, kind).cause_scene.notes
    assert rig.errors == []


def test_enter_adds_a_sibling_on_the_same_side(rig, qtbot) -> None:  # type: ignore[no-untyped-def]
    canvas = _canvas(rig, "triangle")
    canvas.select(rig.ids["dark"])
    _type(qtbot, canvas, "Buskage skymmer sikten", Qt.Key.Key_Enter)
    cause = next(c.cause for c in _graph(rig).nodes.values() if c.cause.text == "Buskage skymmer sikten")
    assert (cause.parent_id, cause.triangle_side, cause.fishbone_bone) == (None, "plats", "objekt/plats")


def test_tab_adds_a_child_and_selects_it(rig, qtbot) -> None:  # type: ignore[no-untyped-def]
    canvas = _canvas(rig, "fishbone")
    canvas.select(rig.ids["drunk"])
    _type(qtbot, canvas, "Krogarna stänger samtidigt", Qt.Key.Key_Tab)
    _type(qtbot, canvas, "Ingen samordning av stängningstider", Qt.Key.Key_Tab)
    graph = _graph(rig)
    child = next(n for n in graph.nodes.values() if n.cause.text == "Krogarna stänger samtidigt")
    grandchild = next(n for n in graph.nodes.values() if n.cause.text == "Ingen samordning av stängningstider")
    assert child.cause.parent_id == rig.ids["drunk"]
    assert grandchild.cause.parent_id == child.id
    assert graph.effective_bone(grandchild.id) == "gärningsperson"
    assert canvas.selected_id == grandchild.id
    assert canvas.entry.hasFocus()


def test_whys_enter_extends_the_chain(rig, qtbot) -> None:  # type: ignore[no-untyped-def]
    canvas = _canvas(rig, "whys")
    _type(qtbot, canvas, "Budgeten styrs av dagtidsflöden", Qt.Key.Key_Return)
    graph = _graph(rig)
    last = graph.chain()[-1]
    assert graph.node(last).cause.text == "Budgeten styrs av dagtidsflöden"
    assert graph.node(last).cause.parent_id == rig.ids["planned"]


def test_arrows_move_between_notes(rig, qtbot) -> None:  # type: ignore[no-untyped-def]
    canvas = _canvas(rig, "tree")
    canvas.select(rig.ids["avoid"])
    canvas.setFocus()
    qtbot.keyClick(canvas, Qt.Key.Key_Down)
    assert canvas.selected_id == rig.ids["watched"]
    qtbot.keyClick(canvas, Qt.Key.Key_Up)
    assert canvas.selected_id == rig.ids["avoid"]
    qtbot.keyClick(canvas, Qt.Key.Key_Right)
    assert canvas.selected_id == rig.ids["drunk"]
    qtbot.keyClick(canvas, Qt.Key.Key_Left)
    assert canvas.selected_id == rig.ids["avoid"]
    # In the entry line, Up/Down move the selection too.
    canvas.entry.setFocus()
    qtbot.keyClick(canvas.entry, Qt.Key.Key_Down)
    assert canvas.selected_id == rig.ids["watched"]


def test_f2_edits_in_place_and_ctrl_z_undoes(rig, qtbot) -> None:  # type: ignore[no-untyped-def]
    canvas = _canvas(rig, "triangle")
    canvas.select(rig.ids["bikes"])
    canvas.setFocus()
    qtbot.keyClick(canvas, Qt.Key.Key_F2)
    assert canvas.editor.active
    line = canvas.editor.line
    line.selectAll()
    line.insert("Cykelställen räcker inte till")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    assert crud.get(rig.db, "cause", rig.ids["bikes"]).text == "Cykelställen räcker inte till"
    assert not canvas.editor.active
    qtbot.keyClick(canvas, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert crud.get(rig.db, "cause", rig.ids["bikes"]).text == "Cykelställen är överfulla"
    assert "Cykelställen är överfulla" in canvas.cause_scene.notes[rig.ids["bikes"]].text


def test_double_click_edits(rig, qtbot) -> None:  # type: ignore[no-untyped-def]
    canvas = _canvas(rig, "tree")
    QTest.mouseDClick(canvas.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                      _centre(canvas, rig.ids["shops"]))
    assert canvas.editor.active and canvas.editor.cause is not None and canvas.editor.cause.id == rig.ids["shops"]
    qtbot.keyClick(canvas.editor.line, Qt.Key.Key_Escape)
    assert not canvas.editor.active


def test_delete_removes_children_and_undo_redo(rig, qtbot) -> None:  # type: ignore[no-untyped-def]
    canvas = _canvas(rig, "tree")
    chain = {rig.ids[k] for k in ("avoid", "watched", "groups", "noguard", "planned")}
    canvas.select(rig.ids["avoid"])
    canvas.setFocus()
    qtbot.keyClick(canvas, Qt.Key.Key_Delete)
    assert not chain & set(_graph(rig).nodes)
    assert not chain & set(canvas.cause_scene.notes)
    qtbot.keyClick(canvas, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    graph = _graph(rig)
    assert chain <= set(graph.nodes)
    assert graph.node(rig.ids["noguard"]).measure_ids  # the measure link came back too
    rig.ctx.undo.stack.redo()
    assert not chain & set(_graph(rig).nodes)


def test_drag_onto_a_note_reparents_and_undo(rig) -> None:  # type: ignore[no-untyped-def]
    canvas = _canvas(rig, "tree")
    _drag(canvas, _centre(canvas, rig.ids["shops"]), _centre(canvas, rig.ids["dark"]))
    assert crud.get(rig.db, "cause", rig.ids["shops"]).parent_id == rig.ids["dark"]
    assert crud.get(rig.db, "cause", rig.ids["shops"]).kind == "indirekt"
    rig.ctx.undo.stack.undo()
    cause = crud.get(rig.db, "cause", rig.ids["shops"])
    assert (cause.parent_id, cause.kind) == (None, "direkt")


def test_drag_under_own_descendant_is_refused(rig) -> None:  # type: ignore[no-untyped-def]
    canvas = _canvas(rig, "tree")
    _drag(canvas, _centre(canvas, rig.ids["avoid"]), _centre(canvas, rig.ids["noguard"]))
    assert crud.get(rig.db, "cause", rig.ids["avoid"]).parent_id is None
    assert any("under sig själv" in e for e in rig.errors)
    assert rig.ids["avoid"] in canvas.cause_scene.notes  # snapped back


def test_drag_onto_a_triangle_side_reclassifies(rig) -> None:  # type: ignore[no-untyped-def]
    canvas = _canvas(rig, "triangle")
    zone = next(z for z in canvas.cause_scene.zones if z.target == {"triangle_side": "plats",
                                                                    "controller_role": "manager"})
    end = canvas.mapFromScene(zone.zone_rect.bottomRight()) - QPoint(30, 15)
    _drag(canvas, _centre(canvas, rig.ids["shops"]), end)
    cause = crud.get(rig.db, "cause", rig.ids["shops"])
    assert (cause.triangle_side, cause.controller_role) == ("plats", "manager")


def test_drag_into_a_new_bone(rig, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    page = rig.page
    canvas = _canvas(rig, "fishbone")
    monkeypatch.setattr(page, "ask_bone_name", lambda: "Kollektivtrafik")
    page.bone_button.click()
    canvas.fit()
    zone = next(z for z in canvas.cause_scene.zones if z.target == {"fishbone_bone": "Kollektivtrafik"})
    _drag(canvas, _centre(canvas, rig.ids["shops"]), canvas.mapFromScene(zone.zone_rect.center()))
    assert crud.get(rig.db, "cause", rig.ids["shops"]).fishbone_bone == "Kollektivtrafik"


def test_drag_into_the_whys_chain(rig) -> None:  # type: ignore[no-untyped-def]
    canvas = _canvas(rig, "whys")
    slot = next(z for z in canvas.cause_scene.zones if z.target == {"chain_insert": 1})
    _drag(canvas, _centre(canvas, rig.ids["dark"]), canvas.mapFromScene(slot.zone_rect.center()))
    chain = _graph(rig).chain()
    assert chain[1] == rig.ids["dark"] and len(chain) == 6
    rig.ctx.undo.stack.undo()
    assert rig.ids["dark"] not in _graph(rig).chain()


def test_alt_arrows_move_among_siblings(rig, qtbot) -> None:  # type: ignore[no-untyped-def]
    canvas = _canvas(rig, "tree")
    canvas.select(rig.ids["drunk"])
    canvas.setFocus()
    qtbot.keyClick(canvas, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert _graph(rig).roots[0] == rig.ids["drunk"]
    qtbot.keyClick(canvas, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)  # no previous sibling: nothing
    qtbot.keyClick(canvas, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(canvas, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert crud.get(rig.db, "cause", rig.ids["drunk"]).parent_id == rig.ids["avoid"]
    qtbot.keyClick(canvas, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert crud.get(rig.db, "cause", rig.ids["drunk"]).parent_id is None


def test_zoom_and_fit(rig, qtbot) -> None:  # type: ignore[no-untyped-def]
    canvas = _canvas(rig, "tree")
    canvas.setFocus()
    fitted = canvas.zoom()
    qtbot.keyClick(canvas, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert canvas.zoom() > fitted
    qtbot.keyClick(canvas, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(canvas, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert canvas.zoom() < fitted
    qtbot.keyClick(canvas, Qt.Key.Key_F)
    assert abs(canvas.zoom() - fitted) < 1e-6


def test_canvas_keys_win_over_window_shortcuts(rig, qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QAction, QKeySequence

    fired: list[bool] = []
    action = QAction(rig.page)
    action.setShortcut(QKeySequence("F"))
    action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    action.triggered.connect(lambda: fired.append(True))
    rig.page.addAction(action)
    canvas = _canvas(rig, "tree")
    canvas.select(rig.ids["shops"])
    canvas.setFocus()
    qtbot.keyClick(canvas, Qt.Key.Key_Delete)
    qtbot.keyClick(canvas, Qt.Key.Key_F)
    assert fired == []
    assert rig.ids["shops"] not in _graph(rig).nodes


def test_hidden_page_reloads_when_shown(rig) -> None:  # type: ignore[no-untyped-def]
    page = rig.page
    page.hide()
    new, _ = cs.add_cause(rig.db, rig.problem, "Ny orsak medan sidan är dold")
    rig.ctx.bus.emit_changed(Changes.of("cause", new))
    assert new not in page.canvas.cause_scene.notes
    page.show()
    assert new in page.canvas.cause_scene.notes


def test_drop_on_the_problem_makes_a_top_level_cause(rig) -> None:  # type: ignore[no-untyped-def]
    canvas = _canvas(rig, "tree")
    head = canvas.cause_scene.problem_box
    assert head is not None
    _drag(canvas, _centre(canvas, rig.ids["watched"]), canvas.mapFromScene(head.scene_rect().center()))
    assert crud.get(rig.db, "cause", rig.ids["watched"]).parent_id is None


def test_drop_outside_the_chain_takes_a_cause_out(rig) -> None:  # type: ignore[no-untyped-def]
    canvas = _canvas(rig, "whys")
    zone = next(z for z in canvas.cause_scene.zones if "chain_remove" in z.target)
    end = canvas.mapFromScene(zone.zone_rect.bottomLeft()) + QPoint(20, -10)
    _drag(canvas, _centre(canvas, rig.ids["groups"]), end)
    chain = _graph(rig).chain()
    assert rig.ids["groups"] not in chain and len(chain) == 4


def test_problem_chooser_switches_the_graph(rig, qtbot) -> None:  # type: ignore[no-untyped-def]
    other, _ = crud.create(rig.db, "problem", {"title": "Cykelstölder"})
    rig.ctx.bus.emit_changed(Changes.of("problem", other))
    page = rig.page
    index = page.problems.findData(other)
    assert index >= 0
    page.problems.setCurrentIndex(index)
    page.problems.activated.emit(index)
    assert rig.ctx.state.problem_id == other
    assert page.canvas.cause_scene.notes == {}
    _type(qtbot, page.canvas, "Cykelställen saknar lås", Qt.Key.Key_Return)
    assert [c.text for c in crud.list_rows(rig.db, "cause", problem_id=other)] == ["Cykelställen saknar lås"]


def _menu_action(menu, text: str):  # type: ignore[no-untyped-def]
    return next(a for a in menu.actions() if a.text().startswith(text))


def test_context_menu_on_a_note_and_a_custom_bone(rig) -> None:  # type: ignore[no-untyped-def]
    from samverka.ui.causes.canvas_menu import build_menu

    canvas = _canvas(rig, "fishbone")
    note = canvas.cause_scene.notes[rig.ids["watched"]]
    menu = build_menu(canvas, note.scene_rect().center())
    assert canvas.selected_id == rig.ids["watched"]
    _menu_action(menu, "Flytta till översta nivån").trigger()
    assert crud.get(rig.db, "cause", rig.ids["watched"]).parent_id is None
    zone = next(z for z in canvas.cause_scene.zones if z.target == {"fishbone_bone": "Tider och scheman"})
    menu = build_menu(canvas, zone.zone_rect.center(), ask=lambda *_args: "Scheman")
    _menu_action(menu, "Byt namn på benet").trigger()
    assert [b.name for b in _graph(rig).bones][3:] == ["Scheman"]
    zone = next(z for z in canvas.cause_scene.zones if z.target == {"fishbone_bone": "Scheman"})
    _menu_action(build_menu(canvas, zone.zone_rect.center()), "Ta bort benet").trigger()
    assert [b.name for b in _graph(rig).bones][3:] == []
    rig.ctx.undo.stack.undo()
    assert [b.name for b in _graph(rig).bones][3:] == ["Scheman"]
