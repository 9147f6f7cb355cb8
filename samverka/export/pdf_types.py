"""The contract between the document builders and the signing step."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class SignatureBox:
    """Where one signatory signs: a named field drawn inside that signatory's signature block.

    `box` is (x1, y1, x2, y2) in PDF points from the bottom-left of page `page_index` (0-based).
    Field names contain no dots (PDF field-name rule).
    """

    field_name: str
    page_index: int
    box: tuple[float, float, float, float]
    signer_name: str
    signer_title: str
    organisation: str

    @property
    def label(self) -> str:
        return signature_field_label(self.signer_name, self.signer_title, self.organisation)


def signature_field_label(name: str, title: str, organisation: str) -> str:
    """What a screen reader says about a signature field, and how prepare finds the place the renderer left for it:
    the field's /TU and the alternative text of the empty figure in the signature block are this same text."""
    role = ", ".join(part for part in (title.strip(), organisation.strip()) if part)
    return f"Underskrift: {name.strip()}" + (f" ({role})" if role else "")


@dataclass(frozen=True)
class PdfResult:
    data: bytes
    page_count: int
    signature_boxes: tuple[SignatureBox, ...] = ()


@dataclass(frozen=True)
class SigningRecord:
    """What the appended underskriftsbilaga states about the locked version."""

    document_id: str
    title: str
    content_sha256: str
    prepared_at: dt.datetime
    signatories: tuple[SignatureBox, ...]
