"""A guard against a PySide6 6.12 bug on Python 3.11: void-returning calls give back `None` without
taking a reference, so None's reference count falls by one per call until Python aborts with
"none_dealloc" (pyqtgraph makes thousands of such calls per repaint). From Python 3.12 None is
immortal and the bug is harmless. Here the singletons get a reference count so large that no session
can use it up. Belongs at process start-up; the charts call it too so they are safe on their own.
"""

from __future__ import annotations

import ctypes
import platform
import sys

_BALLAST = 1 << 40
_done = False


def keep_singletons_alive() -> None:
    global _done
    if _done or sys.version_info >= (3, 12) or platform.python_implementation() != "CPython":
        return
    for singleton in (None, True, False):
        # ob_refcnt is the first field of every CPython object.
        ctypes.c_ssize_t.from_address(id(singleton)).value += _BALLAST
    _done = True
