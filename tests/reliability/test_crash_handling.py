"""An unexpected exception in the running GUI shows the crash dialog, writes a private log, and loses no
data: the edit made just before it is in the file, and the app keeps running."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import textwrap
from pathlib import Path

from samverka.core.collaboration_service import get_collaboration, new_collaboration, open_collaboration

DRIVER = textwrap.dedent("""
    import sys
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from samverka.cli import main
    from samverka.dto import CollaborationRow
    from samverka.ui.dialogs.crash_dialog import CrashDialog
    from samverka.ui.main_window import MainWindow

    app = QApplication(sys.argv[:1])

    def fake_exec(dialog):
        print("@dialog", dialog.windowTitle(), "|", dialog.path_label.text(), flush=True)
        dialog.grab().save(sys.argv[2])
        return 0

    CrashDialog.exec = fake_exec
    original = MainWindow.open_path

    def open_path(self, *args, **kwargs):
        result = original(self, *args, **kwargs)
        db = self.ctx.db
        cid = db.collaboration_id()
        self.ctx.undo.update(CollaborationRow, cid, background="Sparad före kraschen", expected={"background": ""})

        def boom():
            raise RuntimeError("avsiktligt fel i en slot")

        QTimer.singleShot(0, boom)
        QTimer.singleShot(300, lambda: print("@alive", flush=True))
        QTimer.singleShot(400, self.close)
        return result

    MainWindow.open_path = open_path
    sys.exit(main([sys.argv[1]]))
""")


def _run(tmp_path: Path, driver: str) -> tuple[Path, Path, subprocess.CompletedProcess[str]]:
    path = tmp_path / "krasch.samverka"
    new_collaboration(path, name="Krasch").close()
    data = tmp_path / "data"
    result = subprocess.run(
        [sys.executable, "-c", driver, str(path), str(tmp_path / "crash_dialog.png")],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "SAMVERKA_DATA_DIR": str(data),
             "XDG_CONFIG_HOME": str(tmp_path / "config")},
        capture_output=True, text=True, timeout=120, check=False,
    )
    return path, data, result


def test_closing_after_a_crash_writes_no_second_log(tmp_path: Path) -> None:
    """The window's Python side outlives its C++ object after a crash; shutdown must still be clean."""
    _, data, result = _run(tmp_path, DRIVER)
    assert result.returncode == 0, result.stderr[-3000:]
    logs = [log.read_text(encoding="utf-8") for log in (data / "logs").glob("crash-*.log")]
    assert len(logs) == 1, logs


def test_unexpected_exception_shows_dialog_writes_log_and_keeps_data(tmp_path: Path) -> None:
    path, data, result = _run(tmp_path, DRIVER)
    shot = tmp_path / "crash_dialog.png"
    assert result.returncode == 0, result.stderr[-3000:]
    assert "@dialog Ett oväntat fel inträffade" in result.stdout, result.stdout + result.stderr[-2000:]
    assert "@alive" in result.stdout  # the app went on after the dialog
    logs = [log for log in sorted((data / "logs").glob("crash-*.log"))
            if "avsiktligt fel i en slot" in log.read_text(encoding="utf-8")]
    assert len(logs) == 1
    assert stat.S_IMODE(logs[0].stat().st_mode) == 0o600
    text = logs[0].read_text(encoding="utf-8")
    assert "RuntimeError: avsiktligt fel i en slot" in text and "Traceback" in text
    assert str(logs[0]) in result.stdout  # the dialog names the log
    assert shot.exists()
    db = open_collaboration(path, read_only=True)
    try:
        assert get_collaboration(db).background == "Sparad före kraschen"
    finally:
        db.close()
