"""In the app: removing a personnummer from a text says that the change log still holds it, and File → Scrub
masks it there."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from samverka.core import crud
from samverka.core.collaboration_service import new_collaboration
from samverka.core.pii_scan import scan_collaboration
from samverka.dto import ProblemRow


def test_removal_is_noted_and_the_log_can_be_scrubbed(qtbot: Any, tmp_path: Path, monkeypatch: Any) -> None:
    from PySide6.QtWidgets import QApplication, QMessageBox

    from samverka.ui.app import build_window

    path = tmp_path / "gui.samverka"
    new_collaboration(path, name="GUI").close()
    window = build_window(QApplication.instance(), "sv")
    qtbot.addWidget(window)
    window.show()
    assert window.open_path(str(path))
    db = window.ctx.state.db
    problem, _ = crud.create(db, "problem", {"title": "Otrygghet"})
    warnings: list[str] = []
    window.ctx.bus.warning_raised.connect(warnings.append)
    assert window.ctx.undo.update(ProblemRow, problem, statement="Anmäld av 811218-9876")
    outcome = window.ctx.undo.update(ProblemRow, problem, statement="Anmäld av en boende")
    assert outcome.saved and outcome.warning is not None and "finns kvar i ändringsloggen" in str(outcome.warning)
    assert "finns kvar i ändringsloggen" in warnings[-1] and "Rensa personnummer" in warnings[-1]
    assert [f.table for f in scan_collaboration(db)] == ["audit_entry"]
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    window.menus.scrub_log.trigger()
    assert "poster i ändringsloggen rensades" in window.message_bar.text()
    assert scan_collaboration(db) == []
    window.close()
