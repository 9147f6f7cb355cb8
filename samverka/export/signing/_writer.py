"""pyHanko's incremental writer, told to leave the document's own metadata alone.

pyHanko refreshes /Info and the XMP stream (and so the catalog) on every write. Samverka's updates must change only
what they mean to change: prepare adds fields and the signing record, a signature fills one field. Everything else
(a PDF/A document's XMP, its Info dictionary) stays byte for byte as the renderer wrote it, and verification can
then refuse any other change after a signature.
"""

from __future__ import annotations

import io
from functools import cache
from typing import Any


@cache
def _writer_class() -> Any:
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter  # noqa: PLC0415 - lazy pyHanko

    class QuietIncrementalWriter(IncrementalPdfFileWriter):
        def _update_meta(self) -> None:  # pyHanko 0.38 private hook, pinned in pyproject.toml
            return

    return QuietIncrementalWriter


def incremental_writer(pdf: bytes) -> Any:
    return _writer_class()(io.BytesIO(pdf), strict=False)
