"""Run the real app (`samverka ARGS`) in this process and report its first paints, for the start-up benchmarks.

    python -m benchmarks.app_child ARGS...

Prints "@mark frame MONOTONIC" when the main window is first painted (the frame, before a file is open) and
"@mark loaded MONOTONIC" at the first paint with a collaboration open, then quits. The app itself has no hooks
for this: the paint watch is an event filter installed on the application before the app starts.
"""

from __future__ import annotations

import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

SAFETY_QUIT_MS = 120_000  # a child that never shows its data still ends


class FirstPaints(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.seen: set[str] = set()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and isinstance(watched, QWidget):
            self._painted(watched.window())
        return False

    def _painted(self, window: QWidget) -> None:
        from samverka.ui.main_window import MainWindow

        if not isinstance(window, MainWindow):
            return
        name = "loaded" if window.ctx.state.db is not None else "frame"
        if name in self.seen:
            return
        self.seen.add(name)
        print("@mark", name, time.monotonic(), flush=True)
        if name == "loaded":
            QTimer.singleShot(0, QApplication.closeAllWindows)


def main(argv: list[str]) -> int:
    from samverka.cli import main as samverka_main

    app = QApplication(sys.argv[:1])
    watcher = FirstPaints()
    app.installEventFilter(watcher)
    QTimer.singleShot(SAFETY_QUIT_MS, QApplication.closeAllWindows)
    return samverka_main(argv)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
