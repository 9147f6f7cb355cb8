"""The Qt layer: windows, pages, canvases, the audience window, undo commands, charts. The only importer of Qt."""

from samverka.ui.qt_workarounds import keep_singletons_alive

# PySide6 6.12 on Python 3.11 drops a reference to None on every void call; see qt_workarounds.
keep_singletons_alive()
