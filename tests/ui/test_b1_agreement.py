"""Step 7 as a facilitator uses it: the texts the lock gate reads are written in the agreement's sections (issue 12
item 1), each missing item is a link to its place, signed by all says so (item 9), and the page opens the
signature check, the trust list and the DOCX draft."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from samverka.core import agreement_service, crud, signing_service
from samverka.core.documents import agreement_document
from samverka.dto import CollaborationRow
from samverka.workflow.progress import evaluate


@pytest.fixture
def ctx_page(demo_db: Any, qtbot: Any) -> tuple[Any, Any]:
    from samverka.ui.context import make_context
    from samverka.ui.steps.step07_agreement import AgreementPage

    ctx = make_context(demo_db)
    page = AgreementPage(ctx)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.refresh()
    page.show()
    return ctx, page


def type_text(widget: Any, text: str) -> None:
    for char in text:
        key = ord(char.upper()) if char.isalpha() else (Qt.Key.Key_Space if char == " " else ord(char))
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, char))


def missing_texts(page: Any) -> list[str]:
    return [page.missing.item(i).text() for i in range(page.missing.count())]


def click_missing(qtbot: Any, page: Any, words: str) -> None:
    row = next(i for i, text in enumerate(missing_texts(page)) if words in text)
    item = page.missing.item(row)
    page.missing.scrollToItem(item)
    rect = page.missing.visualItemRect(item)
    qtbot.mouseClick(page.missing.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_documentation_and_follow_up_are_written_in_the_agreement(window: Any, new_file: Path,
                                                                  qtbot: Any) -> None:
    assert window.open_path(str(new_file))
    window.go_to_step(7)
    page = window.page(7)
    texts = missing_texts(page)
    assert any("dokumenteras (steg 7, Överenskommelse)" in t for t in texts)
    assert any("uppföljningen görs (steg 7, Överenskommelse)" in t for t in texts)
    click_missing(qtbot, page, "dokumenteras")
    QApplication.processEvents()
    editor = page.sections
    assert editor.section_key == "dokumentation" and QApplication.focusWidget() is editor.edit
    assert "var lägesbild" in editor.advice.text()  # what to write
    type_text(editor.edit, "Allt dokumenteras i Samverka och i kommunens diarium.")
    editor.flush()
    db = window.ctx.db
    collaboration = crud.get(db, CollaborationRow, db.collaboration_id())
    assert collaboration.documentation_text == "Allt dokumenteras i Samverka och i kommunens diarium."
    section = next(s for s in agreement_document(db).sections if s.key == "dokumentation")
    assert section.body == collaboration.documentation_text and not section.edited  # one home: the field
    assert not any("dokumenteras" in t for t in missing_texts(page))
    # The follow-up text: the step 10 rule points here too.
    follow = next(m for s in evaluate(db) for m in s.missing if m.field == "followup_text")
    assert follow.step_key == "overenskommelse"
    assert page.focus_missing(follow)
    QApplication.processEvents()
    assert editor.section_key == "uppfoljning" and QApplication.focusWidget() is editor.edit
    type_text(editor.edit, "Kvartalsvis i beredningsgruppen, årligen till kommunstyrelsen.")
    editor.edit.clearFocus()  # leaving the text saves it
    QApplication.processEvents()
    assert crud.get(db, CollaborationRow, db.collaboration_id()).followup_text.startswith("Kvartalsvis")
    assert not any(m.field == "followup_text" for s in evaluate(db) for m in s.missing)
    window.ctx.undo.stack.undo()
    assert crud.get(db, CollaborationRow, db.collaboration_id()).followup_text == ""
    assert editor.edit.toPlainText() == ""


def test_a_missing_item_of_another_step_takes_the_facilitator_there(window: Any, new_file: Path,
                                                                    qtbot: Any) -> None:
    assert window.open_path(str(new_file))
    window.go_to_step(7)
    page = window.page(7)
    click_missing(qtbot, page, "period")
    assert window.ctx.state.step == 1
    QApplication.processEvents()
    assert QApplication.focusWidget() is window.page(1).collab_form.fields["period_start"].editor
    window.go_to_step(7)
    click_missing(qtbot, page, "undertecknare")
    assert window.ctx.state.step == 1 and window.page(1).tabs.currentIndex() == 2  # the people


def test_signed_by_all_says_so(ctx_page: tuple[Any, Any]) -> None:
    ctx, page = ctx_page
    assert page.version_label.text().split(" · ")[1] == "Låst för underskrift"
    agreement = agreement_service.versions(ctx.db)[-1]
    for signatory in signing_service.signing_status(ctx.db, agreement.id).signatories:
        signing_service.record_paper_signature(ctx.db, agreement.id, signatory.id)
    page.refresh()
    assert page.version_label.text().split(" · ")[1] == "Undertecknad av alla"
    assert page.versions.item(0, 1).text() == "Undertecknad av alla"
    assert "Låst för underskrift" not in page.version_label.text()
    assert "Alla har skrivit under" in page.signing_label.text()


def test_the_page_opens_the_check_the_trust_list_and_the_docx_draft(ctx_page: tuple[Any, Any], qtbot: Any,
                                                                    monkeypatch: Any) -> None:
    ctx, page = ctx_page
    from samverka.ui.dialogs.export_dialog import ExportDialog
    from samverka.ui.signing.trust_dialog import TrustListDialog
    from samverka.ui.signing.verify_dialog import VerifyDialog

    calls: list[tuple[str, ...]] = []
    monkeypatch.setattr(VerifyDialog, "ask", classmethod(lambda cls, parent, c, a: calls.append(("verify", a))))
    monkeypatch.setattr(TrustListDialog, "ask", classmethod(lambda cls, parent, c: calls.append(("trust",))))
    monkeypatch.setattr(ExportDialog, "ask", classmethod(
        lambda cls, parent, c, what="agreement", fmt="": calls.append(("export", what, fmt))))
    locked = agreement_service.versions(ctx.db)[-1]
    for button in (page.verify_button, page.trust_button, page.docx_button):
        assert button.isEnabled()
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert calls == [("verify", locked.id), ("trust",), ("export", "agreement", "docx")]
    # The annexes are listed as the agreement refers to them.
    assert page.annexes.text().startswith("Bilaga 1: ")
    assert [a.number for a in page.document.annexes] == list(range(1, len(page.document.annexes) + 1))


def test_the_real_verify_view_opens_on_the_locked_version(ctx_page: tuple[Any, Any], qtbot: Any) -> None:
    ctx, page = ctx_page
    from samverka.ui.signing.verify_dialog import VerifyDialog

    locked = agreement_service.versions(ctx.db)[-1]
    dialog = VerifyDialog(ctx, locked.id, page)
    qtbot.addWidget(dialog)
    assert dialog.view.agreement_id == locked.id and dialog.view.report is not None
