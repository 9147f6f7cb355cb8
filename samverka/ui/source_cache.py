"""Keep PySide6's import check from holding a copy of every module's source.

After PySide6 is loaded, every import is checked for `from __feature__ import …` by reading the module's source
with inspect.getsource, which leaves all its lines in linecache for the life of the process: about 30 MB for what
the app imports (SQLAlchemy, pyqtgraph, the services, the pages). The check stays; the copy it leaves is dropped
(linecache reads a file again if a traceback ever needs it).
"""

from __future__ import annotations

import linecache
import sys
from types import ModuleType
from typing import Any


def forget_module_sources() -> None:
    """Wrap PySide6's per-import check so that it leaves linecache as it found it; drop what it already left."""
    feature: Any = sys.modules.get("shibokensupport.feature")
    check = getattr(feature, "_mod_uses_pyside", None)
    if check is None or getattr(check, "leaves_no_copy", False):
        return  # another PySide6 (the check moved or is gone), or already wrapped

    def uses_pyside(module: ModuleType) -> Any:
        had = set(linecache.cache)
        try:
            return check(module)
        finally:
            for name in linecache.cache.keys() - had:
                linecache.cache.pop(name, None)

    uses_pyside.leaves_no_copy = True  # type: ignore[attr-defined]
    feature._mod_uses_pyside = uses_pyside
    linecache.clearcache()
