"""A large survey file is read and imported on a worker thread (ui/tasks): a window-modal progress dialog with
Cancel, and a cancelled import leaves nothing; a finished one is on the undo stack like any edit."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProgressDialog
from survey_files import LONG_HEADER

from samverka.core.survey import prepare_import
from samverka.ui import tasks
from samverka.ui.context import make_context

ROWS = 30_000  # over both thresholds (1 MB of file, 20 000 values), still quick to read


@pytest.fixture
def ctx(sqlite_db):  # type: ignore[no-untyped-def]
    return make_context(sqlite_db)


@pytest.fixture
def big_csv(tmp_path: Path) -> Path:
    lines = [LONG_HEADER]
    for n in range(ROWS):
        area, item, year = n % 30, (n // 30) % 50, 2000 + n // 1500
        lines.append(f"PRS,{year},Lund,A{area:02d},Område {area},grupp,I{item:02d},Fråga {item},index_0_6,"
                     f"{(n * 7) % 600 / 100:.2f},alla,{20 + n % 300},600,0.55,polisen.se")
    path = tmp_path / "stor.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert path.stat().st_size > 1_000_000
    return path


@pytest.fixture(autouse=True)
def _dialog_at_once(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(tasks, "SHOW_AFTER_MS", 0)  # the dialog appears at once, whatever this machine's speed


def _counts(db: Any) -> tuple[int, int, int]:
    with db.reading() as read:
        return tuple(int(read.scalar(f"SELECT count(*) FROM {table}")) for table in  # type: ignore[return-value]
                     ("survey_result", "survey_import", "area"))


def _progress_dialogs(widget: Any) -> list[QProgressDialog]:
    return [child for child in widget.findChildren(QProgressDialog) if child.isVisible()]


def test_a_large_file_is_read_in_the_background_with_progress(qtbot, ctx, big_csv: Path) -> None:
    from samverka.ui.survey.import_dialog import SurveyImportDialog

    dialog = SurveyImportDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.load(big_csv)
    assert dialog.prepared is None  # not read yet: the work runs on a worker thread
    qtbot.waitUntil(lambda: bool(_progress_dialogs(dialog)), timeout=10_000)
    shown = _progress_dialogs(dialog)[0]
    assert shown.windowModality() == Qt.WindowModality.WindowModal
    assert "stor.csv" in shown.labelText()
    qtbot.waitUntil(lambda: dialog.prepared is not None, timeout=60_000)
    assert dialog.prepared is not None and dialog.prepared.report.accepted == ROWS
    assert not _progress_dialogs(dialog)
    assert dialog.import_button.isEnabled()


def test_reading_can_be_cancelled(qtbot, ctx, big_csv: Path) -> None:
    from samverka.ui.survey.import_dialog import SurveyImportDialog

    dialog = SurveyImportDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.load(big_csv)
    assert dialog.task is not None
    dialog.task.cancel()
    qtbot.waitUntil(lambda: dialog.task is not None and dialog.task.done, timeout=60_000)
    assert dialog.prepared is None
    assert "Avbrutet" in dialog.report.toPlainText()
    assert not dialog.import_button.isEnabled()


def test_a_cancelled_import_leaves_nothing_and_a_finished_one_can_be_undone(qtbot, ctx, big_csv: Path) -> None:
    from samverka.ui.survey.panel import SurveyPanel

    prepared = prepare_import(ctx.db, big_csv)
    panel = SurveyPanel(ctx)
    qtbot.addWidget(panel)
    panel.show()
    errors: list[str] = []
    ctx.bus.error_raised.connect(errors.append)
    before = _counts(ctx.db)

    panel.run_import(prepared, False)
    assert panel.import_task is not None
    panel.import_task.cancel()
    qtbot.waitUntil(lambda: panel.import_task is not None and panel.import_task.done, timeout=60_000)
    assert _counts(ctx.db) == before  # one transaction, rolled back
    assert errors and "Avbrutet" in errors[-1]
    assert ctx.undo.stack.count() == 0

    with qtbot.waitSignal(panel.imported, timeout=60_000) as blocker:
        panel.run_import(prepared, False)
        qtbot.waitUntil(lambda: bool(_progress_dialogs(panel)) or (panel.import_task is not None
                                                                     and panel.import_task.done), timeout=10_000)
    assert blocker.args[0].inserted == ROWS
    assert _counts(ctx.db)[0] == before[0] + ROWS
    assert ctx.undo.stack.count() == 1
    ctx.undo.stack.undo()
    assert _counts(ctx.db) == before
    ctx.undo.stack.redo()
    assert _counts(ctx.db)[0] == before[0] + ROWS
