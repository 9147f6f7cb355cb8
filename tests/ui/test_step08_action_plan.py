"""Step 8 as the facilitator uses it: the decision record typed in, Besluta, the flag after a change, Ny version,
the plan exported and read back with pdftotext, and "what is missing" pointing at the field."""

from __future__ import annotations

import datetime as dt
import subprocess
import zipfile
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from uihelpers import edit_cell, reopen, undo

from samverka.core import action_plan_service as aps
from samverka.core import crud
from samverka.core.collaboration_service import open_collaboration
from samverka.workflow.missing import missing
from samverka.workflow.progress import evaluate


def _prepare(path: Path) -> tuple[int, int]:
    """A party and a problem in focus with one measure: what steps 1–7 leave behind."""
    db = open_collaboration(path)
    org, _ = crud.create(db, "organisation", {"name": "Tekniska förvaltningen", "type": "förvaltning"})
    problem, _ = crud.create(db, "problem", {"title": "Otrygghet vid stationen", "in_focus": True})
    measure, _ = crud.create(db, "measure", {"problem_id": problem, "title": "LED-belysning i gångtunneln",
                                             "place": "Gångtunneln", "frequency": "Klart före 1 oktober"})
    db.close()
    return org, measure


def _type(qtbot: Any, editor: Any, text: str) -> None:
    editor.setFocus()
    editor.selectAll()
    editor.insert(text)  # QTest types ASCII only; Enter is a real key press
    qtbot.keyClick(editor, Qt.Key.Key_Return)


def test_decide_flag_new_version_and_export(window: Any, new_file: Path, qtbot: Any, tmp_path: Path) -> None:
    org, measure = _prepare(new_file)
    assert window.open_path(str(new_file))
    window.go_to_step(8)
    page = window.page(8)
    columns = [c.field for c in page.measures.model.columns]
    assert "status" not in columns  # the plan shows no live status; that is follow-up
    assert {"responsible_org_id", "place", "start", "end", "frequency", "links"} <= set(columns)
    assert aps.versions(window.ctx.db) == []  # looking at the page writes nothing

    # Besluta before the record is there: it says what is missing and puts the keyboard in the field.
    page.decide_button.click()
    assert page.detail_tabs.currentIndex() == page.DECISION
    assert page.record.editors["decided_by"].hasFocus()

    page.measures.select_id(measure)
    assert edit_cell(page.measures, "responsible_org_id", org)
    record = page.record.editors
    _type(qtbot, record["decided_by"], "Kommunstyrelsen")
    _type(qtbot, record["decision_date"], "2026-03-12")
    _type(qtbot, record["paragraph"], "§ 45")
    _type(qtbot, record["diarienummer"], "KS 2026/0123")
    plan = aps.versions(window.ctx.db)[-1]
    assert (plan.decided_by, plan.paragraph, plan.diarienummer) == ("Kommunstyrelsen", "§ 45", "KS 2026/0123")
    _type(qtbot, record["decision_date"], "12 mars")  # not a date: said under the fields, nothing saved
    assert page.record.error.isVisible()
    assert str(aps.versions(window.ctx.db)[-1].decision_date) == "2026-03-12"
    _type(qtbot, record["decision_date"], "2026-03-12")

    qtbot.mouseClick(page.decide_button, Qt.MouseButton.LeftButton)
    plan = aps.in_force(window.ctx.db)
    assert plan is not None and plan.version == 1 and plan.document_id.startswith("AP-")
    page = window.page(8)
    assert "beslutad 2026-03-12" in page.plan_state.text()
    assert record["paragraph"].isReadOnly() and not page.decide_button.isEnabled()
    assert page.new_version_button.isEnabled() and not page.changed_flag.isVisible()

    # A measure changed after the decision: the flag says so, "Ny version" opens version 2.
    assert edit_cell(page.measures, "place", "Gångtunneln och trappan")
    assert page.changed_flag.isVisible() and "version 1" in page.changed_flag.text()
    page.new_version_button.click()
    versions = aps.versions(window.ctx.db)
    assert [(v.version, v.status) for v in versions] == [(1, "beslutad"), (2, "utkast")]
    assert versions[1].decided_by == "Kommunstyrelsen"  # carried over; the decision itself is new
    assert record["decision_date"].hasFocus() and not record["decision_date"].isReadOnly()
    undo(window)
    assert [v.version for v in aps.versions(window.ctx.db)] == [1]

    # Export: the decided plan as PDF (read back) and the Word draft.
    target = tmp_path / "plan.pdf"
    page.ask_path = lambda _parent, _folder, _name, _fmt: target
    assert page.export("pdf")
    text = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True, check=True).stdout
    assert "LED-belysning i gångtunneln" in text and "KS 2026/0123" in text
    assert target.stat().st_mode & 0o777 == 0o600
    word = tmp_path / "plan.docx"
    page.ask_path = lambda _parent, _folder, _name, _fmt: word
    assert page.export("docx")
    assert "word/document.xml" in zipfile.ZipFile(word).namelist()

    reopen(window, new_file)
    steps = {s.step.number: s for s in evaluate(window.ctx.db)}
    assert not any(m.entity == "action_plan" for m in steps[8].missing)


def test_focus_missing_points_at_each_place(window: Any, new_file: Path) -> None:
    org, measure = _prepare(new_file)
    assert window.open_path(str(new_file))
    window.go_to_step(8)
    page = window.page(8)
    item = next(m for s in evaluate(window.ctx.db) if s.step.number == 8 for m in s.missing
                if m.field == "responsible_org_id")
    assert page.focus_missing(item)
    index = page.measures.view.currentIndex()
    assert page.measures.model.columns[index.column()].field == "responsible_org_id"
    assert page.measures.model.row_at(index.row()).id == measure and page.measures.view.hasFocus()
    plan_item = missing("atgardsplan", "saknar diarienummer", "lacks", entity="action_plan", field="diarienummer")
    assert page.focus_missing(plan_item) and page.record.editors["diarienummer"].hasFocus()
    cause, _ = crud.create(window.ctx.db, "cause", {"problem_id": page.ctx.state.problem_id, "text": "Mörkt"})
    page.refresh()
    assert page.focus_missing(missing("atgardsplan", "Orsaken", "Cause", entity="cause", entity_id=cause))
    assert page.detail_tabs.currentIndex() == page.CAUSES and page.causes.currentItem().text() == "Mörkt"


def test_a_cause_ticked_just_before_besluta_is_in_the_decision(window: Any, new_file: Path, qtbot: Any) -> None:
    """Seen in the journey: the tick was saved after the decision, so the page said at once that the measures had
    changed since version 1 was decided."""
    org, measure = _prepare(new_file)
    db = open_collaboration(new_file)
    problem = crud.list_rows(db, "problem")[0].id
    cause, _ = crud.create(db, "cause", {"problem_id": problem, "text": "Mörka passager"})
    crud.update(db, "measure", measure, {"responsible_org_id": org})
    aps.update_draft(db, {"decided_by": "Kommunstyrelsen", "decision_date": dt.date(2026, 3, 12), "paragraph": "§ 45",
                          "diarienummer": "KS 2026/1"})
    db.close()
    assert window.open_path(str(new_file))
    window.go_to_step(8)
    page = window.page(8)
    page.measures.select_id(measure)
    item = next(page.causes.item(r) for r in range(page.causes.count()) if "Mörka" in page.causes.item(r).text())
    item.setCheckState(Qt.CheckState.Checked)  # no event loop turn before Besluta
    assert page.decide()
    assert [link.cause_id for link in crud.list_rows(window.ctx.db, "measure_cause")] == [cause]
    assert not aps.changed_since_decision(window.ctx.db)
    qtbot.wait(50)
    assert not page.changed_flag.isVisible()
