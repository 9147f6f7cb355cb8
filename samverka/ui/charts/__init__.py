"""Charts (pyqtgraph): the only package that imports it, and only when the first chart is built.

PySide6 6.12 on Python 3.11 loses a reference to None on every void call, which pyqtgraph's many
calls per repaint would turn into a crash; `samverka.ui` guards against it (see ui/qt_workarounds.py).
"""

from __future__ import annotations

import os
from types import ModuleType


def pg() -> ModuleType:
    """pyqtgraph, bound to PySide6 (with nothing imported yet it would try PyQt6 first)."""
    os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")
    import pyqtgraph  # type: ignore[import-untyped]  # noqa: PLC0415 - lazy: 0.4 s saved until a chart is shown

    pyqtgraph.setConfigOptions(antialias=True, imageAxisOrder="row-major")
    module: ModuleType = pyqtgraph
    return module
