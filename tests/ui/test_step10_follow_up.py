"""Step 10 in the room: a measurement typed in and drawn against baseline and target (the chart's data checked
against the service), a measure's status with a comment, a promise line kept or behind ("9 av 26 kvällar", the
same verdict the documents print), the follow-up plan text, the exports read back, and the projector's view."""

from __future__ import annotations

import datetime as dt
import subprocess
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from uihelpers import reopen, undo

from samverka.core import crud
from samverka.core import followup_service as fs
from samverka.core.collaboration_service import open_collaboration
from samverka.dto import IndicatorRow, PromiseItemRow
from samverka.ui.charts.indicator import chart_points, year_position
from samverka.ui.state import Selection
from samverka.workflow.pace import item_verdict
from samverka.workflow.progress import evaluate


def _prepare(path: Path) -> dict[str, int]:
    db = open_collaboration(path)
    ids: dict[str, int] = {}
    ids["org"], _ = crud.create(db, "organisation", {"name": "Kultur- och fritidsförvaltningen",
                                                     "type": "förvaltning"})
    ids["source"], _ = crud.create(db, "data_source", {"name": "Trygghetsmätningen", "kind": "trygghetsmätning"})
    ids["indicator"], _ = crud.create(db, "indicator", {"name": "Otrygga kvällstid", "unit": "%"})
    crud.create(db, "goal", {"type": "effekt", "text": "Färre otrygga", "indicator_id": ids["indicator"],
                             "baseline_value": 31.0, "baseline_date": dt.date(2025, 10, 1), "target_value": 25.0,
                             "target_date": dt.date(2027, 10, 1)})
    fs.add_measurement(db, ids["indicator"], value=31.0, date=dt.date(2025, 10, 1), source_id=ids["source"])
    ids["measure"], _ = crud.create(db, "measure", {"title": "Nattvandring varannan fredag",
                                                    "responsible_org_id": ids["org"]})
    ids["promise"], _ = crud.create(db, "citizen_promise", {"title": "Tryggare kvällar",
                                                            "period_start": dt.date(2026, 4, 1),
                                                            "period_end": dt.date(2027, 3, 31)})
    ids["line"], _ = crud.create(db, "promise_item", {
        "promise_id": ids["promise"], "wording": "Kommunen lovar nattvandring varannan fredag.",
        "responsible_org_id": ids["org"], "activity_count": 26, "activity_unit": "kvällar"})
    db.close()
    return ids


def _type(qtbot: Any, editor: Any, text: str) -> None:
    editor.setFocus()
    editor.selectAll()
    editor.insert(text)


def test_a_measurement_in_the_room_reaches_the_chart(window: Any, new_file: Path, qtbot: Any) -> None:
    ids = _prepare(new_file)
    assert window.open_path(str(new_file))
    window.go_to_step(10)
    page = window.page(10)
    assert page.tabs.currentIndex() == page.INDICATORS
    page.indicators.select_id(ids["indicator"])
    entry = page.measurement_entry
    entry.source.setCurrentIndex(entry.source.findData(ids["source"]))
    _type(qtbot, entry.date, "2026-10-01")
    _type(qtbot, entry.comment, "Trygghetsmätningen 2026")
    _type(qtbot, entry.value, "29,5")
    qtbot.keyClick(entry.value, Qt.Key.Key_Return)
    series = fs.indicator_series(window.ctx.db, ids["indicator"])
    assert [(p.date, p.value, p.source) for p in series.points][-1] == (dt.date(2026, 10, 1), 29.5,
                                                                        "Trygghetsmätningen")
    chart = page.chart()
    xs, ys = chart_points(series)
    assert ys == [31.0, 29.5] and xs == [year_position(dt.date(2025, 10, 1)), year_position(dt.date(2026, 10, 1))]
    drawn = [item for item in chart.plot.listDataItems() if hasattr(item, "getData")]
    assert any(list(item.getData()[1]) == ys and list(item.getData()[0]) == xs for item in drawn)
    assert "31 → 29,5 %" in chart.note.text() and "mål 25 %" in chart.note.text()
    assert "Mål 25 %" in chart.legend.text() and "Utgångsvärde 31 %" in chart.legend.text()
    assert [m.value for m in page.measurements.model.rows] == [31.0, 29.5]
    _type(qtbot, entry.value, "mycket")
    qtbot.keyClick(entry.value, Qt.Key.Key_Return)
    assert entry.error.isVisible() and len(fs.indicator_series(window.ctx.db, ids["indicator"]).points) == 2
    undo(window)
    assert [p.value for p in fs.indicator_series(window.ctx.db, ids["indicator"]).points] == [31.0]


def test_statuses_the_behind_flag_and_the_plan_text(window: Any, new_file: Path, qtbot: Any, tmp_path: Path) -> None:
    ids = _prepare(new_file)
    assert window.open_path(str(new_file))
    window.go_to_step(10)
    page = window.page(10)
    missing = next(list(s.missing) for s in evaluate(window.ctx.db) if s.step.number == 10)
    plan_gap = next(m for m in missing if m.field == "followup_text")
    assert page.focus_missing(plan_gap)
    editor = page.plan_form.fields["followup_text"].editor
    assert page.tabs.currentIndex() == page.PLAN and editor.hasFocus()
    editor.insertPlainText("Styrgruppen följer upp varje kvartal; kommunstyrelsen får en rapport varje år.")
    page.plan_form.flush()
    assert crud.get(window.ctx.db, "collaboration", window.ctx.db.collaboration_id()).followup_text.startswith(
        "Styrgruppen")

    # A measure's status with a comment.
    page.tabs.setCurrentIndex(page.MEASURES)
    page.overview.select_id(ids["measure"])
    status = page.status_entry
    status.status.setCurrentIndex(status.status.findData("pågår"))
    status.percent.setValue(35)
    _type(qtbot, status.comment, "Svårt att få nattvandrare under sommaren")
    qtbot.mouseClick(status.button, Qt.MouseButton.LeftButton)
    assert crud.get(window.ctx.db, "measure", ids["measure"]).status == "pågår"
    assert page.overview.current_row().comment == "Svårt att få nattvandrare under sommaren"

    # A promise line: 9 of 26 evenings half-way is behind, flagged with the same verdict the documents print.
    page.tabs.setCurrentIndex(page.PROMISES)
    page.lines.select_id(ids["line"])
    entry = page.promise_entry
    entry.status.setCurrentIndex(entry.status.findData("delvis"))
    _type(qtbot, entry.date, "2026-09-30")
    entry.done.setValue(9)
    _type(qtbot, entry.comment, "Volontärerna räckte inte")
    qtbot.keyClick(entry.comment, Qt.Key.Key_Return)
    line = page.lines.current_row()
    db = window.ctx.db
    item = crud.get(db, PromiseItemRow, ids["line"])
    verdict = item_verdict(item, crud.get(db, "citizen_promise", ids["promise"]),
                           crud.list_rows(db, "promise_item_status", promise_item_id=ids["line"]))
    assert verdict.behind and line.verdict.endswith(str(verdict.label))
    assert "9 av 26 kvällar" in line.progress and "9 av 26 kvällar" in line.behind
    assert page.lines.model.flagged(line)  # the row is marked (and its tooltip says why)
    assert entry.done.suffix() == " av 26 kvällar"
    advice = next(list(s.advice) for s in evaluate(db) if s.step.number == 10)
    lag = next(m for m in advice if m.entity == "promise_item")
    page.tabs.setCurrentIndex(page.INDICATORS)
    assert page.focus_missing(lag) and page.tabs.currentIndex() == page.PROMISES and entry.done.hasFocus()
    assert not next(list(s.missing) for s in evaluate(db) if s.step.number == 10)

    # The public "Så har det gått" and the report, from the page.
    target = tmp_path / "sa-har-det-gatt.pdf"
    page.ask_path = lambda _parent, _folder, _name, _fmt: target
    page._fill_export_menu()
    actions = page.export_menu.actions()
    assert [a.text() for a in actions] == ["Så har det gått: Tryggare kvällar (PDF)…", "Uppföljningsrapporten (PDF)…"]
    actions[0].trigger()
    text = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True, check=True).stdout
    assert "9 av 26 kvällar" in text
    report = tmp_path / "uppfoljning.pdf"
    page.ask_path = lambda _parent, _folder, _name, _fmt: report
    actions[1].trigger()
    text = subprocess.run(["pdftotext", str(report), "-"], capture_output=True, text=True, check=True).stdout
    flat = " ".join(text.split())
    assert "UPPFÖLJNINGSRAPPORT" in flat and "Nattvandring varannan fredag" in flat and "9 av 26 kvällar" in flat
    reopen(window, new_file)


def test_the_projector_shows_the_chart_and_the_lines(qtbot: Any, new_file: Path) -> None:
    from samverka.ui.context import make_context
    from samverka.ui.followup import FollowUpProjectionView

    ids = _prepare(new_file)
    db = open_collaboration(new_file)
    fs.set_promise_item_status(db, ids["line"], status="delvis", date=dt.date(2026, 9, 30), done_count=9)
    ctx = make_context(db)
    ctx.state.set_step(10)
    view = FollowUpProjectionView(ctx)
    qtbot.addWidget(view)
    view.resize(1920, 830)
    view.show()
    qtbot.waitExposed(view)
    assert view.chart.isVisible() and view.chart.data.indicator.id == ids["indicator"]
    assert view.chart.theme.font_px >= 28
    card = view.cards.slide.entries[0]
    assert card.badge.startswith("▼ Ligger efter") and "9 av 26 kvällar" in card.badge
    assert view.cards.slide.note == "1 löfte ligger efter plan"
    ctx.state.select(Selection(PromiseItemRow, ids["line"]))  # pointing at a line: the list fills the screen
    assert not view.chart.isVisible() and view.cards.slide.spotlight == ("promise_item", ids["line"])
    ctx.state.select(Selection(IndicatorRow, ids["indicator"]))
    assert view.chart.isVisible()
    db.close()


def test_one_follow_up_text_two_views(window: Any, new_file: Path) -> None:
    """The text the lock gate and step 10 ask for is one field: an edit elsewhere shows here at once."""
    assert window.open_path(str(new_file))
    window.go_to_step(10)
    page = window.page(10)
    db = window.ctx.db
    old = crud.get(db, "collaboration", db.collaboration_id())
    window.ctx.undo.update(type(old), old.id, {"followup_text": "Rapport till kommunstyrelsen varje år."},
                           expected={"followup_text": old.followup_text})  # as step 7's form saves it
    editor = page.plan_form.fields["followup_text"].editor
    assert editor.toPlainText() == "Rapport till kommunstyrelsen varje år."
    editor.setPlainText("Rapport till kommunstyrelsen varje år och till styrgruppen varje kvartal.")
    page.plan_form.fields["followup_text"].commit()
    assert crud.get(db, "collaboration", old.id).followup_text.endswith("varje kvartal.")
    undo(window)
    assert editor.toPlainText() == "Rapport till kommunstyrelsen varje år."
