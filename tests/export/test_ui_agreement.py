"""The Överenskommelse page and the export dialog on the demo, offscreen with real widgets."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from samverka.core import agreement_service as service
from samverka.core import crud


@pytest.fixture
def ctx(demo_db: Any) -> Any:
    from samverka.ui.context import make_context

    return make_context(demo_db)


@pytest.fixture
def page(ctx: Any, qtbot: Any) -> Any:
    from samverka.ui.steps.step07_agreement import AgreementPage

    widget = AgreementPage(ctx)
    qtbot.addWidget(widget)
    widget.resize(1300, 760)
    widget.refresh()
    widget.show()
    return widget


def test_page_shows_the_locked_demo(page: Any) -> None:
    assert page.STEP == 7
    from samverka.core.documents.sections import SECTIONS

    assert page.sections.sections.count() == len(SECTIONS)
    assert page.versions.rowCount() == 1 and page.versions.item(0, 1).text() == "Låst för underskrift"
    assert not page.lock_button.isEnabled() and "redan låst" in page.lock_button.toolTip()
    assert page.signatories.model.rowCount() == 2
    assert page.missing.count() == 1 and "Inget" in page.missing.item(0).text()


def test_section_edit_makes_a_new_version_and_undo_restores_the_text(page: Any, ctx: Any, qtbot: Any) -> None:
    editor = page.sections
    editor.sections.setCurrentRow(1)
    assert editor.section_key == "bakgrund"
    original = editor.edit.toPlainText()
    editor.edit.setPlainText("Vår egen bakgrund med <b>tecken</b> & å ä ö")
    editor.commit()
    assert service.section_text(ctx.db, "bakgrund") == ("Vår egen bakgrund med <b>tecken</b> & å ä ö", True)
    assert [v.status for v in service.versions(ctx.db)] == ["låst", "utkast"]
    assert editor.sections.item(1).text().endswith("✎")
    assert page.lock_button.isEnabled()
    ctx.undo.stack.undo()
    page.refresh()
    assert service.section_text(ctx.db, "bakgrund") == (original, False)


def test_lock_button_is_disabled_with_the_reason(ctx: Any, page: Any) -> None:
    crud.update(ctx.db, "collaboration", ctx.db.collaboration_id(), {"documentation_text": ""})
    page.refresh()
    assert not page.lock_button.isEnabled()
    assert "saknas" in page.lock_button.toolTip()
    texts = [page.missing.item(i).text() for i in range(page.missing.count())]
    assert any("dokumenteras" in text and "(steg 7, Överenskommelse)" in text for text in texts)


def test_lock_then_undo(ctx: Any, page: Any) -> None:
    cause = crud.list_rows(ctx.db, "cause")[0]
    crud.update(ctx.db, "cause", cause.id, {"text": "Ny orsak"})
    page.refresh()
    assert page.lock_button.isEnabled()
    page.lock()
    assert [v.status for v in service.versions(ctx.db)] == ["låst", "låst"]
    ctx.undo.stack.undo()
    assert [v.status for v in service.versions(ctx.db)] == ["låst", "utkast"]


def test_page_grab(page: Any, tmp_path: Path) -> None:
    image = page.grab()
    assert image.width() > 1000
    image.save(str(tmp_path / "agreement-page.png"))


def test_export_dialog_previews_and_saves(ctx: Any, qtbot: Any, tmp_path: Path) -> None:
    from samverka.ui.dialogs.export_dialog import ExportDialog

    dialog = ExportDialog(ctx, None, "agreement")
    qtbot.addWidget(dialog)
    assert dialog.data is not None and dialog.data.startswith(b"%PDF")
    labels = [dialog.pages_layout.itemAt(i).widget() for i in range(dialog.pages_layout.count())]
    assert sum(1 for w in labels if w is not None and w.pixmap() is not None and not w.pixmap().isNull()) >= 6
    assert "sidor" in dialog.status.text()
    target = tmp_path / "ök.pdf"
    assert dialog.save_to(target)
    assert target.read_bytes() == dialog.data and target.stat().st_mode & 0o777 == 0o600

    dialog = ExportDialog(ctx, None, "actions", "csv")
    qtbot.addWidget(dialog)
    assert dialog.data is not None and dialog.data.startswith("\ufeff".encode())
    assert dialog.suggested_name() == "atgarder-mal-indikatorer.csv"
    assert "förhandsvisning" in dialog.status.text().lower()
    assert dialog.preview.currentWidget() is dialog.text and "Åtgärd" in dialog.text.toPlainText()
