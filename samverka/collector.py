"""Bulk work without the cycle collector's pauses (Qt-free and dependency-free, so every layer may use it).

Reading and checking a 100,000-row file makes a few hundred thousand small lists and records that all stay
alive until the import ends. Python's cycle collector walks every live container again and again while they
are made (most of the import's time in a measurement); they hold no reference cycles, so it is switched off for
the duration and put back as it was. Memory is bounded by the readers' limits, not by the collector.
Verifying a signed agreement is the same kind of work: a tagged PDF/A has hundreds of small objects, each parsed
twice (our strict scan and pyHanko's reader) and all kept until the report is made; in a process that already
holds many objects (the app, the benchmark) full collections were half of the verification time.
"""

from __future__ import annotations

import contextlib
import gc
import threading
from collections.abc import Iterator

_lock = threading.Lock()
_depth = 0
_was_enabled = False


@contextlib.contextmanager
def no_collector_pauses() -> Iterator[None]:
    """The cycle collector is off inside the block (nested blocks and threads included) and restored after."""
    global _depth, _was_enabled
    with _lock:
        if _depth == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0 and _was_enabled:
                gc.enable()
