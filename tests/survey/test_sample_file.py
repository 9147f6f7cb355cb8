"""The sample survey that ships in resources/: the import dialog offers it, and it imports cleanly into a new
collaboration (the demo's areas, every row accepted)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from samverka.core.survey import prepare_import
from samverka.ui.context import make_context


def test_the_sample_file_imports_cleanly(sqlite_db: Any) -> None:
    from samverka.ui.survey.import_dialog import SAMPLE_SURVEY

    prepared = prepare_import(sqlite_db, SAMPLE_SURVEY)
    report = prepared.report
    assert report.layout == "long" and not report.rejections and report.accepted >= 100
    assert {code for code, _name in report.new_areas} == {"LUND", "LU01", "LU02", "LU03", "LU04", "LU05"}
    assert prepared.can_commit


def test_the_import_dialog_offers_the_sample(qtbot: Any, sqlite_db: Any) -> None:
    from samverka.ui.survey.import_dialog import SAMPLE_SURVEY, SurveyImportDialog

    dialog = SurveyImportDialog(make_context(sqlite_db))
    qtbot.addWidget(dialog)
    assert "exempelfilen" in dialog.report.toPlainText()  # said before any file is chosen
    assert not dialog.import_button.isEnabled()
    qtbot.mouseClick(dialog.sample_button, Qt.MouseButton.LeftButton)
    assert dialog.path == SAMPLE_SURVEY
    assert "Avvisade: 0" in dialog.report.toPlainText()
    assert dialog.import_button.isEnabled()
