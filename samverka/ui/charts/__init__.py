"""Charts (pyqtgraph): the only package that imports it, and only when the first chart is built."""

from __future__ import annotations

import os
from types import ModuleType


def pg() -> ModuleType:
    """pyqtgraph, bound to PySide6 (with nothing imported yet it would try PyQt6 first)."""
    os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")
    import pyqtgraph  # lazy: 0.4 s saved until a chart is shown

    pyqtgraph.setConfigOptions(antialias=True, imageAxisOrder="row-major")
    module: ModuleType = pyqtgraph
    return module
