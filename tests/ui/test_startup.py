"""run_gui starts offscreen, opens the file after the first paint, and quits on its timer."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

import pytest


def test_run_gui_opens_file_and_quits(new_file: Path, monkeypatch: pytest.MonkeyPatch, qapp: Any) -> None:
    from PySide6.QtCore import QTimer

    from samverka.ui import app as app_module

    opened: list[str] = []
    real = app_module.open_requested

    def spy(window: Any, options: argparse.Namespace) -> None:
        real(window, options)
        opened.append(window.windowTitle())

    monkeypatch.setattr(app_module, "open_requested", spy)
    QTimer.singleShot(400, qapp.closeAllWindows)  # the facilitator closes the window; run_gui returns
    options = argparse.Namespace(file=str(new_file), demo=False, read_only=False, lang="sv", no_err_windows=True)
    import os

    previous = os.umask(0o022)
    os.umask(previous)
    try:
        assert app_module.run_gui(options) == 0
    finally:
        os.umask(previous)  # run_gui makes the process umask private; give the test process its own back
    assert opened and "Testkommun" in opened[0] and str(new_file) in opened[0]


def test_missing_file_shows_message_not_crash(window: Any, tmp_path: Path) -> None:
    assert not window.open_path(str(tmp_path / "finns-inte.samverka"))
    assert window.message_bar.isVisible()
    assert window.message_bar.text()


def test_read_only_banner(window: Any, new_file: Path) -> None:
    assert window.open_path(str(new_file), read_only=True)
    assert window.banner.isVisible()
    assert "skrivskydd" in window.windowTitle()


def test_settings_remember_recent_and_language(window: Any, new_file: Path) -> None:
    from samverka.ui.settings import Settings

    window.open_path(str(new_file))
    window.set_language("en")
    window.close()
    settings = Settings()
    assert settings.recent_files[0] == str(new_file)
    assert settings.language == "en"
    assert settings.geometry is not None


def test_crash_log_written_without_dialog(qapp: Any) -> None:
    import sys

    from samverka.paths import logs_dir
    from samverka.ui import crash

    crash.install(show_dialogs=False)
    try:
        raise RuntimeError("test crash")
    except RuntimeError:
        sys.excepthook(*sys.exc_info())  # type: ignore[arg-type]
    finally:
        sys.excepthook = sys.__excepthook__
    logs = list(logs_dir().glob("crash-*.log"))
    assert logs and "test crash" in logs[0].read_text(encoding="utf-8")
    assert (logs[0].stat().st_mode & 0o777) == 0o600


def test_previous_crash_is_reported_once(qapp: Any) -> None:
    import sys

    from samverka.ui import crash

    crash.install(show_dialogs=False)
    try:
        raise ValueError("earlier crash")
    except ValueError:
        sys.excepthook(*sys.exc_info())  # type: ignore[arg-type]
    finally:
        sys.excepthook = sys.__excepthook__
    assert crash.unseen_crash_logs()
    assert not crash.unseen_crash_logs()


def test_bundled_font_and_lazy_heavy_imports(window: Any, new_file: Path, tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    assert window.font().family() == "DejaVu Sans"
    # In a fresh process: opening a file on step 1 loads no chart, PDF, spreadsheet or signing library.
    script = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from samverka.ui.app import build_window\n"
        "w = build_window(app, 'sv'); w.show(); w.open_path(sys.argv[1]); app.processEvents()\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'pyqtgraph', 'reportlab', 'openpyxl', 'pyhanko'}))\n"
        "w.close()\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", SAMVERKA_DATA_DIR=str(tmp_path / "data"))
    result = subprocess.run([sys.executable, "-c", script, str(new_file)], env=env, capture_output=True, text=True,
                            check=True, timeout=120)
    assert result.stdout.strip().splitlines()[-1] == "[]"


def test_demo_opens_a_fresh_copy(window: Any) -> None:
    from samverka.core import crud
    from samverka.paths import user_data_dir

    window.open_demo()
    db = window.ctx.state.db
    assert db is not None and db.path is not None and db.path.parent == user_data_dir() / "demo"
    assert crud.list_rows(db, "measure")  # the demo fills every step
    assert not window.message_bar.isVisible()


def test_crash_dialog_copies_details(qtbot: Any, tmp_path: Path) -> None:
    from PySide6.QtWidgets import QApplication

    from samverka.ui.dialogs.crash_dialog import CrashDialog

    dialog = CrashDialog(tmp_path / "crash.log", "Traceback: boom")
    qtbot.addWidget(dialog)
    assert str(tmp_path / "crash.log") in dialog.path_label.text()
    dialog.copy_button.click()
    assert QApplication.clipboard().text() == "Traceback: boom"


def test_settings_file_is_private(window: Any) -> None:
    window.settings.add_recent("/tmp/x.samverka")
    window.settings.sync()
    assert (window.settings.path.stat().st_mode & 0o777) == 0o600


def test_window_frame_paints_before_the_database_layer_loads() -> None:
    """The frame is built with Qt alone; SQLAlchemy and the services load after the first paint."""
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from samverka.ui.app import build_window\n"
        "w = build_window(app, 'sv', presenter=False)\n"
        "w.show(); app.processEvents()\n"
        "heavy = ('sqlalchemy', 'pyqtgraph', 'reportlab', 'pyhanko', 'openpyxl')\n"
        "print(sorted(m for m in heavy if m in sys.modules))\n"
    )
    env = {**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, env=env,
                          check=False)
    assert done.returncode == 0, done.stderr[-800:]
    assert done.stdout.strip().splitlines()[-1] == "[]"
