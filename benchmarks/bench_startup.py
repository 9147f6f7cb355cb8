"""Start-up to the first painted main window with the large collaboration, beside a bare PySide6 window.

Whole-process runs, alternating bare / Samverka so both see the same machine state; median of several. Each
child prints "@mark NAME MONOTONIC" at the moments measured, relative to its spawn:
  bare      a QApplication + QMainWindow(QLabel) reaches its first Paint event
  frame     Samverka's main window is first painted (the frame, before the file is opened)
  loaded    the first paint after the large collaboration was opened and shown
Peak memory is the child's ru_maxrss.
"""

from __future__ import annotations

import statistics
import tempfile

from benchmarks import bench_env, fresh_copy, large_file, run_child

TARGET_RATIO = "≤ 2.5×"
TARGET_MEMORY = "< 250 MB"

_FILTER = """
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

class FirstPaint(QObject):
    def __init__(self, is_main, ready=lambda: True):
        super().__init__()
        self.is_main, self.ready, self.seen = is_main, ready, set()

    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and obj.isWidgetType() and self.is_main(obj.window()):
            name = "loaded" if self.ready() else "frame"
            if name not in self.seen:
                self.seen.add(name)
                print("@mark", name, time.monotonic(), flush=True)
                if name == "loaded":
                    QTimer.singleShot(0, QApplication.instance().quit)
        return False
"""

BARE = _FILTER + """
from PySide6.QtWidgets import QLabel, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setCentralWidget(QLabel("Samverka"))
window.resize(1280, 800)
spy = FirstPaint(lambda w: w is window)
app.installEventFilter(spy)
window.show()
app.exec()
"""

SAMVERKA = _FILTER + """
from samverka.cli import main
from samverka.ui.main_window import MainWindow

app = QApplication(sys.argv[:1])
opened = []
original = MainWindow.open_path

def open_path(self, *args, **kwargs):
    result = original(self, *args, **kwargs)
    opened.append(result)
    return result

MainWindow.open_path = open_path
spy = FirstPaint(lambda w: isinstance(w, MainWindow), lambda: bool(opened))
app.installEventFilter(spy)
sys.exit(main(sys.argv[1:]))
"""


def run(quick: bool) -> list[tuple[str, float, str, str]]:
    import sys

    source = large_file()
    repeats = 3 if quick else 10
    bare: list[float] = []
    frame: list[float] = []
    loaded: list[float] = []
    memory: list[float] = []
    with tempfile.TemporaryDirectory() as folder:
        env = bench_env(folder, XDG_CONFIG_HOME=folder)
        path = fresh_copy(source, __import__("pathlib").Path(folder))
        # warm-up: the file's first backup, Python's bytecode caches, the fonts
        run_child([sys.executable, "-c", SAMVERKA, str(path)], env=env)
        run_child([sys.executable, "-c", BARE], env=env)
        for _ in range(repeats):
            plain = run_child([sys.executable, "-c", BARE], env=env)
            app = run_child([sys.executable, "-c", SAMVERKA, str(path)], env=env)
            if "bare" in plain.marks or "loaded" in plain.marks:
                bare.append(plain.marks.get("loaded", plain.marks.get("bare", 0.0)))
            if "loaded" in app.marks:
                loaded.append(app.marks["loaded"])
                frame.append(app.marks.get("frame", app.marks["loaded"]))
                memory.append(app.peak_mb)
    if not bare or not loaded:
        raise RuntimeError("a start-up child never painted its window")
    ratio = statistics.median(loaded) / statistics.median(bare)
    frame_ratio = statistics.median(frame) / statistics.median(bare)
    return [
        ("startup: bare PySide6 window, first paint", statistics.median(bare), "s", "reference"),
        ("startup: Samverka window frame, first paint", statistics.median(frame), "s", "–"),
        ("startup: Samverka with large collaboration painted", statistics.median(loaded), "s", "–"),
        ("startup ratio (first painted main window / bare window)", frame_ratio, "×", TARGET_RATIO),
        ("startup ratio (large collaboration shown / bare window)", ratio, "×", "– (reported)"),
        ("peak memory: app with large collaboration", statistics.median(memory), "MB", TARGET_MEMORY),
    ]
