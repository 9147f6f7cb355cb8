"""The export dialog: every kind `core.export_service.FORMATS` offers, in each of its formats, looked at first and
saved beside the collaboration (Documents/Samverka for a demo copy); the årshjul comes out as iCalendar that
parses back."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from samverka.core import calendar_service
from samverka.core.export_service import FORMATS

MAGIC = {"pdf": b"%PDF", "docx": b"PK", "xlsx": b"PK", "csv": "\ufeff".encode(), "json": b"{",
         "ics": b"BEGIN:VCALENDAR"}


@pytest.fixture
def ctx(demo_db: Any) -> Any:
    from samverka.ui.context import make_context

    return make_context(demo_db)


def choose(dialog: Any, what: str, fmt: str) -> None:
    """As the user picks them: the kind first (its formats follow), then the format."""
    dialog.kind.setCurrentIndex(dialog.kind.findData(what))
    dialog.format.setCurrentIndex(dialog.format.findData(fmt))


def test_the_dialog_offers_every_kind_and_format(ctx: Any, qtbot: Any) -> None:
    from samverka.ui.dialogs.export_dialog import KIND_LABELS, ExportDialog

    dialog = ExportDialog(ctx, None, "calendar")
    qtbot.addWidget(dialog)
    kinds = [dialog.kind.itemData(i) for i in range(dialog.kind.count())]
    assert kinds == list(FORMATS) and set(KIND_LABELS) == set(FORMATS)
    for what, formats in FORMATS.items():
        dialog.kind.setCurrentIndex(dialog.kind.findData(what))
        assert [dialog.format.itemData(i) for i in range(dialog.format.count())] == list(formats)
        assert dialog.format.isEnabled() == (len(formats) > 1)
        assert dialog.promise.isVisibleTo(dialog) == (what in ("promise", "promise-followup"))
        assert dialog.meeting.isVisibleTo(dialog) == (what == "report")


def test_every_export_is_made_and_shown(ctx: Any, qtbot: Any) -> None:
    from samverka.ui.dialogs.export_dialog import ExportDialog

    dialog = ExportDialog(ctx, None, "json")
    qtbot.addWidget(dialog)
    for what, formats in FORMATS.items():
        for fmt in formats:
            choose(dialog, what, fmt)
            assert dialog.data is not None and dialog.data.startswith(MAGIC[fmt]), (what, fmt)
            assert dialog.buttons.button(dialog.buttons.StandardButton.Save).isEnabled()
            name = dialog.suggested_name()
            assert name.endswith(f".{fmt}") and " " not in name
            if fmt == "pdf":
                assert dialog.preview.currentWidget() is dialog.page_area
                shown = [dialog.pages_layout.itemAt(i).widget() for i in range(dialog.pages_layout.count())]
                assert any(w is not None and w.pixmap() is not None and not w.pixmap().isNull() for w in shown)
            elif fmt in ("csv", "json", "ics"):
                assert dialog.preview.currentWidget() is dialog.text and dialog.text.toPlainText()
            else:
                assert dialog.preview.currentWidget() is dialog.nothing


def test_the_year_wheel_is_saved_beside_the_collaboration_and_parses_back(
    ctx: Any, qtbot: Any, tmp_path: Path, monkeypatch: Any,
) -> None:
    from PySide6.QtWidgets import QFileDialog

    from samverka.ui.dialogs.export_dialog import ExportDialog

    documents = tmp_path / "Dokument"
    documents.mkdir()
    monkeypatch.setenv("SAMVERKA_DOCUMENTS_DIR", str(documents))
    offered: list[str] = []

    def save_as(parent: Any, title: str, suggested: str, *args: Any) -> tuple[str, str]:
        offered.append(suggested)
        return suggested, ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_as))
    dialog = ExportDialog(ctx, None, "calendar")
    qtbot.addWidget(dialog)
    assert dialog.current_key() == "calendar:ics"
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save), Qt.MouseButton.LeftButton)
    beside = Path(ctx.db.location).parent  # where the facilitator keeps the collaboration file
    assert offered == [str(beside / "arshjul.ics")]
    saved = beside / "arshjul.ics"
    assert saved.stat().st_mode & 0o777 == 0o600
    text = saved.read_bytes().decode("utf-8")  # as written: CRLF line ends, folded lines
    events = calendar_service.events(ctx.db)
    unfolded = re.sub(r"\r\n[ \t]", "", text)
    summaries = [line.split(":", 1)[1].replace("\\,", ",") for line in unfolded.split("\r\n")
                 if line.startswith("SUMMARY")]
    assert sorted(summaries) == sorted(e.title for e in events)
    assert text.count("BEGIN:VEVENT") == len(events) and text.rstrip().endswith("END:VCALENDAR")
    assert "RRULE:FREQ=YEARLY" in text
    assert f"{len(events)} händelser" in dialog.status.text()


def test_a_blank_collaboration_says_what_to_do_first(window: Any, new_file: Path, qtbot: Any) -> None:
    from samverka.ui.dialogs.export_dialog import ExportDialog

    assert window.open_path(str(new_file))
    dialog = ExportDialog(window.ctx, window, "promise")
    qtbot.addWidget(dialog)
    assert dialog.data is None and "steg 9" in dialog.status.text()
    assert not dialog.buttons.button(dialog.buttons.StandardButton.Save).isEnabled()
    choose(dialog, "report", "pdf")
    assert "steg 1" in dialog.status.text()
    choose(dialog, "calendar", "ics")
    assert dialog.data is not None and dialog.data.startswith(b"BEGIN:VCALENDAR")
