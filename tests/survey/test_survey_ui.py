"""The panel, the import and mapping dialogs, the projection view and the charts, with real widgets."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from survey_files import add_goal_and_observations, long_csv, lund_csv

from samverka.core import crud
from samverka.core.survey import ColumnMapping, commit_import, prepare_import, queries
from samverka.ui.charts.theme import NORMAL, PROJECTION, contrast
from samverka.ui.context import make_context


@pytest.fixture
def ctx(sqlite_db):  # type: ignore[no-untyped-def]
    return make_context(sqlite_db)


@pytest.fixture
def filled_ctx(ctx, write_file):  # type: ignore[no-untyped-def]
    commit_import(ctx.db, prepare_import(ctx.db, write_file("lund.csv", lund_csv())))
    add_goal_and_observations(ctx.db)
    return ctx


def _png_ok(data: bytes, width: int, height: int) -> QImage:
    image = QImage.fromData(data, "PNG")
    assert not image.isNull() and (image.width(), image.height()) == (width, height)
    colours = {image.pixel(x, y) for x in range(0, width, 7) for y in range(0, height, 7)}
    assert len(colours) > 20  # more than a blank frame
    return image


def test_panel_empty_then_import_with_undo(qtbot, ctx, write_file, monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    from samverka.ui.survey import SurveyPanel
    from samverka.ui.survey.import_dialog import SurveyImportDialog

    panel = SurveyPanel(ctx)
    qtbot.addWidget(panel)
    panel.show()
    assert panel.stack.currentWidget() is panel.empty
    assert "pyqtgraph" not in sys.modules or panel.charts == {}
    prepared = prepare_import(ctx.db, write_file("s.csv", long_csv()))
    monkeypatch.setattr(SurveyImportDialog, "ask", classmethod(lambda cls, parent, c: (prepared, False)))
    infos: list[str] = []
    ctx.bus.info_raised.connect(infos.append)
    panel.import_button.click()
    assert len(crud.list_rows(ctx.db, "survey_result")) == 3
    assert "3 nya" in infos[-1]
    assert panel.current_chart() is not None
    ctx.undo.stack.undo()
    assert crud.list_rows(ctx.db, "survey_result") == [] and crud.list_rows(ctx.db, "area") == []
    assert panel.stack.currentWidget() is panel.empty
    ctx.undo.stack.redo()
    assert len(crud.list_rows(ctx.db, "survey_result")) == 3


def test_panel_pickers_drive_projection(qtbot, filled_ctx) -> None:
    from samverka.ui.survey import SurveyPanel, make_projection_view

    panel = SurveyPanel(filled_ctx)
    view = make_projection_view(filled_ctx)
    qtbot.addWidget(panel)
    qtbot.addWidget(view)
    assert panel.charts == {}  # nothing is drawn while hidden
    panel.show()
    view.show()
    assert panel.item.count() == 5 and panel.year.currentData() == 2023
    for kind in ("trend", "profile", "ranking", "breakdown", "heatmap"):
        panel.kind.setCurrentIndex(panel.kind.findData(kind))
        assert panel.state.spec.kind == kind
        chart = panel.current_chart()
        assert chart is not None and not chart.projection
        shown = view.current_chart()  # type: ignore[attr-defined]
        assert shown is not None and shown.projection and shown.data == chart.data
    panel.kind.setCurrentIndex(panel.kind.findData("ranking"))
    panel.item.setCurrentIndex(panel.item.findData("MORKA"))
    assert view.current_chart().data.title.startswith("Dåligt upplysta")  # type: ignore[attr-defined]
    assert not panel.area.isVisibleTo(panel) and panel.year.isVisibleTo(panel)


def test_import_dialog_report_and_skip(qtbot, ctx, write_file) -> None:
    from samverka.ui.survey.import_dialog import SurveyImportDialog

    rows = [*long_csv().strip().splitlines()[1:], "S,2023,Lund,LU01,X,g,BAD,Bad,index_0_6,abc,alla,,,,"]
    dialog = SurveyImportDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.load(write_file("bad.csv", long_csv(",", rows)))
    assert "Avvisade: 1" in dialog.report.toPlainText() and "abc" in dialog.report.toPlainText()
    assert dialog.preview.rowCount() == 3
    assert not dialog.import_button.isEnabled() and dialog.skip.isVisibleTo(dialog)
    dialog.skip.setChecked(True)
    assert dialog.import_button.isEnabled()
    dialog.load(write_file("x.xlsx", b"%PDF-1.5"))
    assert "PDF" in dialog.report.toPlainText() and not dialog.import_button.isEnabled()
    assert crud.list_rows(ctx.db, "survey_result") == []


def test_import_dialog_sheets_and_mapping(qtbot, ctx, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from survey_files import write_xlsx

    from samverka.ui.survey.import_dialog import SurveyImportDialog
    from samverka.ui.survey.mapping_dialog import ColumnMappingDialog

    path = write_xlsx(tmp_path / "w.xlsx", {
        "Info": [["Trygghetsmätning 2024"]],
        "Index": [["Trygghetsindex 2024"], ["Område", "Nedskräpning", "Klotter", "Antal svarande"],
                  ["Innerstad", 2.4, 1.9, 310], ["Väster", 1.0, 0.8, 28]],
    })
    seen: list[ColumnMapping] = []

    def fake_ask(cls, parent, header, sample, initial):  # type: ignore[no-untyped-def]
        dialog = ColumnMappingDialog(header, sample, initial, parent)
        qtbot.addWidget(dialog)
        assert dialog.label_column.currentData() == "Område"
        assert dialog.n_column.currentData() == "Antal svarande"
        dialog.name.setText("Index brett")
        dialog.year.setValue(2024)
        seen.append(dialog.mapping())
        return seen[-1]

    monkeypatch.setattr(ColumnMappingDialog, "ask", classmethod(fake_ask))
    dialog = SurveyImportDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.load(path)
    assert dialog.sheet.isVisibleTo(dialog) and dialog.sheet.currentText() == "Index"
    assert seen and seen[0].value_columns == {"Nedskräpning": "", "Klotter": ""}
    assert dialog.prepared is not None and dialog.prepared.report.accepted == 4
    assert "(osäkert, n<30)" in dialog.preview.item(2, 6).text()
    assert dialog.import_button.isEnabled()
    # The mapping was remembered: a second dialog needs no mapping step.
    monkeypatch.setattr(ColumnMappingDialog, "ask", classmethod(lambda *a: pytest.fail("asked again")))
    again = SurveyImportDialog(ctx)
    qtbot.addWidget(again)
    again.load(path)
    assert again.prepared is not None and again.prepared.report.accepted == 4


def test_read_only_disables_import(qtbot, ctx) -> None:
    from samverka.ui.survey import SurveyPanel

    ctx.db.read_only = True
    panel = SurveyPanel(ctx)
    qtbot.addWidget(panel)
    assert not panel.import_button.isEnabled()


@pytest.mark.parametrize("projection", [False, True])
def test_every_chart_renders_a_png(qtbot, filled_ctx, projection: bool) -> None:
    from samverka.ui.survey.chart_state import CHART_KINDS, ChartSpec
    from samverka.ui.survey.charts import chart_data, make_chart

    for kind in CHART_KINDS:
        chart = make_chart(kind, projection=projection)
        qtbot.addWidget(chart)
        chart.set_data(chart_data(filled_ctx.db, ChartSpec(kind=kind)))
        _png_ok(chart.render_png(1200, 700), 1200, 700)


def test_uncertain_and_goal_are_shown(qtbot, filled_ctx) -> None:
    from samverka.ui.charts.trend import TrendChart

    chart = TrendChart()
    qtbot.addWidget(chart)
    chart.set_data(queries.trend(filled_ctx.db, "BERUSADE"))
    assert "färre än 30 svar" in chart.note.text()
    assert "Mål 2027: 1,3" in chart.legend.text()


def test_projection_theme_rules() -> None:
    assert PROJECTION.font_px >= 28 and PROJECTION.title_px >= 28
    assert contrast(PROJECTION.foreground, PROJECTION.background) >= 7
    assert contrast(NORMAL.foreground, NORMAL.background) >= 7
    for colour in PROJECTION.palette:
        assert contrast(colour, PROJECTION.background) >= 7, colour  # series labels are drawn in these colours

    def hue(colour: str) -> float:
        from PySide6.QtGui import QColor

        return QColor(colour).hslHueF() * 360

    for palette in (PROJECTION.palette, NORMAL.palette):
        hues = [hue(c) for c in palette if len({c[1:3], c[3:5], c[5:7]}) > 1]
        reds = [h for h in hues if h < 15 or h > 345]
        greens = [h for h in hues if 80 < h < 160]
        assert not (reds and greens)


def test_dialog_links_a_renamed_area(qtbot, ctx, write_file) -> None:
    from samverka.ui.survey.import_dialog import SurveyImportDialog

    area_id, _ = crud.create(ctx.db, "area", {"name": "Söder/Klostergården", "code": "LU07"})
    rows = ["S,2019,Lund,KG,Klostergården,g,A,A,index_0_6,1.1,alla,,,,"]
    dialog = SurveyImportDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.load(write_file("old.csv", long_csv(",", rows)))
    assert dialog.prepared is not None and dialog.prepared.report.new_areas == [("KG", "Klostergården")]
    assert dialog.areas.isVisibleTo(dialog) and dialog.areas.rowCount() == 1
    combo = dialog.areas.cellWidget(0, 2)
    combo.setCurrentIndex(combo.findData(area_id))  # type: ignore[attr-defined]
    assert {a.alias for a in crud.list_rows(ctx.db, "area_alias")} == {"Klostergården", "KG"}
    assert dialog.prepared.report.new_areas == []
    assert "tidigare namn" in dialog.report.toPlainText()
    ctx.undo.stack.undo()
    assert crud.list_rows(ctx.db, "area_alias") == []


def test_chart_png_for_documents(qtbot, filled_ctx) -> None:
    from samverka.ui.survey.chart_state import ChartSpec
    from samverka.ui.survey.charts import chart_png

    png = chart_png(filled_ctx.db, ChartSpec(kind="profile", area_code="LU01"), 900, 500)
    assert png is not None
    _png_ok(png, 900, 500)


def test_chart_png_without_data(qtbot, ctx) -> None:
    from samverka.ui.survey.chart_state import ChartSpec
    from samverka.ui.survey.charts import chart_png

    assert chart_png(ctx.db, ChartSpec(kind="trend"), 900, 500) is None
