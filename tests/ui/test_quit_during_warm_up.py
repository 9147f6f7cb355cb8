"""Closing the window while the warm-up still runs on its worker thread ends the process cleanly: the worker
must not report to objects Python has already torn down (it did on a loaded machine: a crash log at every
quit, then a segmentation fault)."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

from samverka.core.collaboration_service import new_collaboration

DRIVER = textwrap.dedent("""
    import sys
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    import samverka.ui.app as app_module
    from samverka.cli import main
    from samverka.ui.main_window import MainWindow

    sys.path.insert(0, sys.argv[2])
    app_module.WARM_UP_MODULES = (*app_module.WARM_UP_MODULES, "slow_to_import")  # a warm-up still running
    app = QApplication(sys.argv[:1])
    original = MainWindow.open_path

    def open_path(self, *args, **kwargs):
        result = original(self, *args, **kwargs)
        QTimer.singleShot(app_module.WARM_UP_AFTER_MS + 200, self.close)
        return result

    MainWindow.open_path = open_path
    sys.exit(main([sys.argv[1]]))
""")


def test_quitting_while_the_warm_up_runs_writes_no_crash_log(tmp_path: Path) -> None:
    path = tmp_path / "tidig.samverka"
    new_collaboration(path, name="Tidig stängning").close()
    (tmp_path / "slow_to_import.py").write_text("import time\ntime.sleep(1.0)\nprint('@imported', flush=True)\n")
    data = tmp_path / "data"
    result = subprocess.run(
        [sys.executable, "-c", DRIVER, str(path), str(tmp_path)],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "SAMVERKA_DATA_DIR": str(data)},
        capture_output=True, text=True, timeout=120, check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    assert "@imported" in result.stdout  # the warm-up did run, and the process waited for it
    assert list((data / "logs").glob("crash-*.log")) == [], result.stderr[-3000:]
