"""PDF documents (reportlab platypus). Each module turns one plain document into bytes; no Qt, no database."""

from __future__ import annotations

from samverka.export.documents import (
    AgreementDocument,
    AnyDocument,
    FollowupDocument,
    LagesbildDocument,
    PromiseDocument,
    WorkshopReportDocument,
)
from samverka.export.pdf_types import PdfResult


def build_pdf(document: AnyDocument) -> PdfResult:
    """The PDF of any of the five documents."""
    if isinstance(document, AgreementDocument):
        from samverka.export.pdf import agreement as module
    elif isinstance(document, PromiseDocument):
        from samverka.export.pdf import promise as module  # type: ignore[no-redef]
    elif isinstance(document, LagesbildDocument):
        from samverka.export.pdf import lagesbild as module  # type: ignore[no-redef]
    elif isinstance(document, WorkshopReportDocument):
        from samverka.export.pdf import report as module  # type: ignore[no-redef]
    elif isinstance(document, FollowupDocument):
        from samverka.export.pdf import followup as module  # type: ignore[no-redef]
    else:
        raise TypeError(f"no PDF for {type(document).__name__}")
    return module.build_pdf(document)  # type: ignore[arg-type]
