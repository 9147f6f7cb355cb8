"""PySide6 must not leak references to None: 6.12.0 on Python 3.11 dropped one on every void call, which aborted
the app with "none_dealloc" after a few thousand chart repaints. Samverka pins a series without the bug and does no
reference-count surgery of its own, so an upgrade that brings the leak back must fail here."""

from __future__ import annotations

import subprocess
import sys

CALLS = 100_000

CHILD = f"""
import sys
from PySide6.QtCore import QObject, QPointF
obj, point = QObject(), QPointF()
before = sys.getrefcount(None)
for _ in range({CALLS}):
    obj.setObjectName("x")   # void calls: each gives back None
    point.setX(1.0)
after = sys.getrefcount(None)
print(before, after)
"""


def test_void_qt_calls_leave_none_alone() -> None:
    # A child process: with the leak, None is deallocated and the interpreter aborts instead of failing an assert.
    done = subprocess.run([sys.executable, "-c", CHILD], capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, f"the Qt calls crashed the interpreter: {done.stderr[-400:]}"
    before, after = (int(n) for n in done.stdout.split())
    assert abs(after - before) < 100, f"sys.getrefcount(None) went from {before} to {after} over {2 * CALLS} calls"


def test_the_check_sees_a_leak() -> None:
    """The measurement can fail: dropping references to None by hand shows up as a falling count."""
    leak = "import ctypes\nfor _ in range(1000):\n    ctypes.pythonapi.Py_DecRef(ctypes.py_object(None))\n"
    code = CHILD.replace("after = sys.getrefcount(None)", leak + "after = sys.getrefcount(None)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False)
    before, after = (int(n) for n in done.stdout.split())
    assert before - after >= 500
