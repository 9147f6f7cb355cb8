"""Every text a document's plain data holds (imported as document_strings; the tests folder is on sys.path)."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from typing import Any


def document_strings(value: Any) -> Iterator[str]:
    """The strings in a document dataclass, its nested dataclasses, tuples and lists, in order."""
    if isinstance(value, str):
        yield value
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for f in dataclasses.fields(value):
            yield from document_strings(getattr(value, f.name))
    elif isinstance(value, tuple | list):
        for item in value:
            yield from document_strings(item)
