"""The page around the canvases: the side panel, causes to measures, images, projection, the demo."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QGraphicsSimpleTextItem

from samverka.core import cause_service as cs
from samverka.core import crud
from samverka.core.changes import Changes
from samverka.dto import CauseRow
from samverka.ui.causes.projection import CauseProjectionView, make_projection_view
from samverka.ui.causes.render import render_view
from samverka.ui.causes.theme import PROJECTION, SCREEN, contrast_ratio, smallest_px
from samverka.ui.context import make_context
from samverka.ui.state import Selection

VIEWS = ("triangle", "fishbone", "event_chain", "tree", "whys")


def test_panel_edits_confidence_votes_and_kind(rig, qtbot) -> None:  # type: ignore[no-untyped-def]
    page, cause = rig.page, rig.ids["bikes"]
    page.canvas.select(cause)
    panel = page.panel
    assert panel.cause_id == cause
    panel.confidence.setCurrentIndex(panel.confidence.findData("hög"))
    panel.confidence.activated.emit(panel.confidence.currentIndex())
    panel.vote_button.click()
    panel.vote_button.click()
    panel.kind.setCurrentIndex(panel.kind.findData("grundorsak"))
    panel.kind.activated.emit(panel.kind.currentIndex())
    row = crud.get(rig.db, "cause", cause)
    assert (row.confidence, row.votes, row.kind) == ("hög", 2, "grundorsak")
    assert panel.votes.value() == 2
    rig.ctx.undo.stack.undo()
    assert crud.get(rig.db, "cause", cause).kind == "direkt"


def test_new_measure_for_cause_and_its_mark(rig, qtbot) -> None:  # type: ignore[no-untyped-def]
    page, cause = rig.page, rig.ids["shops"]
    assert "Ingen åtgärd" in page.canvas.cause_scene.notes[cause].badge_text
    assert "Ingen åtgärd" not in page.canvas.cause_scene.notes[rig.ids["dark"]].badge_text
    page.canvas.select(cause)
    page.panel.measure_title.setText("Öppna butiker längre")
    page.panel.measure_new.click()
    measures = cs.measures_for_cause(rig.db, cause)
    assert [m.title for m in measures] == ["Öppna butiker längre"]
    assert page.panel.measures.item(0).text() == "Öppna butiker längre"
    assert "Ingen åtgärd" not in page.canvas.cause_scene.notes[cause].badge_text
    rig.ctx.undo.stack.undo()
    assert cs.measures_for_cause(rig.db, cause) == []


def test_technique_suggestions_follow_the_cause(rig) -> None:  # type: ignore[no-untyped-def]
    page = rig.page
    page.canvas.select(rig.ids["planned"])  # place / manager
    texts = [page.panel.techniques.item(i).text() for i in range(page.panel.techniques.count())]
    assert texts[0].startswith("7. Underlätta naturlig övervakning")
    assert texts[1].startswith("9. ")


def test_evidence_link_from_the_panel(rig) -> None:  # type: ignore[no-untyped-def]
    page, cause = rig.page, rig.ids["lone"]
    page.canvas.select(cause)
    panel = page.panel
    panel.evidence_choice.setCurrentIndex(0)
    panel.evidence_add.click()
    assert len(cs.cause_graph(rig.db, rig.problem).node(cause).evidence) == 1
    assert panel.evidence.count() == 1
    panel.evidence.setCurrentRow(0)
    panel.evidence_remove.click()
    assert cs.cause_graph(rig.db, rig.problem).node(cause).evidence == ()


def test_images_png_and_svg(lund, qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db, problem, _ids = lund
    for kind in VIEWS:
        png = render_view(kind, db, problem, "png", dpi=150)
        assert png.startswith(b"\x89PNG")
        image = QImage.fromData(png)
        assert image.width() > 1000 and abs(image.dotsPerMeterX() * 0.0254 - 150) < 1
        svg = render_view(kind, db, problem, "svg").decode("utf-8")
        assert "<svg" in svg and "Mörka hörn" in svg


def test_save_image_writes_a_private_file(rig, monkeypatch, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "tree.svg"
    monkeypatch.setattr(rig.page, "ask_image_path", lambda: str(target))
    rig.page.show_view("tree")
    rig.page.image_action.trigger()
    assert target.read_bytes().lstrip().startswith(b"<?xml")
    assert os.stat(target).st_mode & 0o777 == 0o600


def test_projection_follows_problem_and_selection(qtbot, lund) -> None:  # type: ignore[no-untyped-def]
    db, problem, ids = lund
    ctx = make_context(db)
    ctx.state.set_problem(problem)
    view = make_projection_view(ctx, "tree")
    assert isinstance(view, CauseProjectionView)
    qtbot.addWidget(view)
    view.resize(1920, 1080)
    view.show()
    assert view.focusPolicy() == Qt.FocusPolicy.NoFocus and not view.isInteractive()
    assert set(view.cause_scene.notes) == set(ids.values())
    ctx.state.select(Selection(CauseRow, ids["dark"]))
    assert view.cause_scene.spotlight_id == ids["dark"]
    # Legible from the back: every text at least 28 px on the 1080-line screen (badges and the legend too).
    assert_projected_text_legible(view)
    # It redraws when the facilitator changes something.
    cs.add_cause(db, problem, "Ny orsak från rummet")
    ctx.bus.emit_changed(Changes.of("cause", 999))
    assert len(view.cause_scene.notes) == len(ids) + 1
    ctx.state.set_problem(None)
    assert view.cause_scene.notes == {}


def assert_projected_text_legible(view: CauseProjectionView) -> None:
    scale = view.transform().m11()
    assert smallest_px(PROJECTION) * scale >= 28 - 1e-6  # what notes and boxes paint themselves (badges)
    texts = [item for item in view.cause_scene.items() if isinstance(item, QGraphicsSimpleTextItem)]
    assert any(item.text().startswith("Orange lapp") for item in texts)  # the legend is measured too
    for item in texts:
        assert item.font().pixelSize() * scale >= 28 - 1e-6, item.text()


def test_every_projected_text_is_legible_at_the_smallest_scale(qtbot, lund) -> None:  # type: ignore[no-untyped-def]
    """Even a drawing too big for the screen is scaled no further than keeps its smallest text at 28 px."""
    db, problem, _ids = lund
    ctx = make_context(db)
    ctx.state.set_problem(problem)
    for kind in ("tree", "triangle", "fishbone"):
        view = make_projection_view(ctx, kind)
        assert isinstance(view, CauseProjectionView)
        qtbot.addWidget(view)
        view.resize(960, 1080)  # narrow: the drawing does not fit and the scale is the smallest allowed
        view.show()
        view.place()
        assert view.transform().m11() <= view.min_scale() + 1e-6 or view.transform().m11() == 1.0
        assert_projected_text_legible(view)


def test_projection_colours_have_contrast() -> None:
    for theme in (PROJECTION, SCREEN):
        for fill in (theme.note_fill, theme.root_fill, theme.problem_fill, theme.zone_fill, theme.background):
            assert contrast_ratio(theme.ink, fill) >= 7, (theme.name, fill.name())
    assert contrast_ratio(PROJECTION.unaddressed, PROJECTION.note_fill) >= 4.5


def test_demo_causes_in_all_four_views(qtbot, demo_db) -> None:  # type: ignore[no-untyped-def]
    from samverka.ui.steps.step05_cause_analysis import CausePage

    ctx = make_context(demo_db)
    page = CausePage(ctx)
    qtbot.addWidget(page)
    page.resize(1600, 1000)
    page.show()
    problem = ctx.state.problem_id
    assert problem is not None
    causes = {c.id for c in crud.list_rows(demo_db, "cause", problem_id=problem)}
    assert len(causes) >= 10
    for kind in VIEWS:
        page.show_view(kind)
        assert set(page.canvas.cause_scene.notes) == causes, kind
    assert len(cs.cause_graph(demo_db, problem).chain()) == 5
