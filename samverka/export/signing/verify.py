"""Check every signature of a PDF offline: intact, what it covers, what changed after it, trusted or self-signed."""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import io
import logging
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from samverka.errors import KnownError, Text
from samverka.export.signing.certificates import fingerprint, is_self_signed
from samverka.export.signing.prepare import read_marker

SELF_SIGNED_LABEL = Text(
    "Självskapat certifikat: visar att dokumentet är oförändrat, inte vem som skrev under.",
    "Self-made certificate: shows the document is unchanged, not who signed it.",
)
_COVERAGE = {
    "entire_file": Text("hela filen", "the whole file"),
    "entire_revision": Text(
        "dokumentet som det var när underskriften gjordes (tillägg har gjorts efteråt)",
        "the document as it was when signed (additions were made afterwards)",
    ),
    "partial": Text("bara en del av filen", "only part of the file"),
    "unclear": Text("oklart", "unclear"),
}
_MODIFICATIONS = {
    "none": Text("inga ändringar efter underskriften", "no changes after the signature"),
    "validation_data": Text("bara valideringsdata lades till", "only validation data was added"),
    "signing": Text("bara underskrifter lades till (tillåtet)", "only signatures were added (allowed)"),
    "annotations": Text("kommentarer lades till (inte tillåtet)", "comments were added (not allowed)"),
    "other": Text("innehållet ändrades efter underskriften (inte tillåtet)",
                  "the content was changed after the signature (not allowed)"),
    "unknown": Text("kunde inte avgöras", "could not be determined"),
}


@dataclass(frozen=True)
class SignatureCheck:
    field_name: str
    signer_name: str
    subject: str
    fingerprint: str
    signing_time: dt.datetime | None
    intact: bool
    valid: bool
    coverage: str
    modification: str
    changes_allowed: bool
    trusted: bool
    self_signed: bool
    certifies: bool
    problem: str = ""

    @property
    def ok(self) -> bool:
        """Intact, cryptographically valid, and nothing disallowed was changed after it."""
        return self.intact and self.valid and self.changes_allowed

    @property
    def coverage_text(self) -> Text:
        return _COVERAGE[self.coverage]

    @property
    def modification_text(self) -> Text:
        return _MODIFICATIONS[self.modification]

    def as_json(self) -> dict[str, Any]:
        return {
            "field": self.field_name, "signer": self.signer_name, "subject": self.subject,
            "certificate_sha256": self.fingerprint,
            "signing_time": self.signing_time.isoformat() if self.signing_time else None,
            "intact": self.intact, "valid": self.valid, "coverage": self.coverage,
            "modifications_after": self.modification, "changes_allowed": self.changes_allowed,
            "trusted": self.trusted, "self_signed": self.self_signed, "certifies_document": self.certifies,
            "ok": self.ok, "problem": self.problem or None,
            "note": SELF_SIGNED_LABEL.en if self.self_signed else None,
        }


@dataclass(frozen=True)
class VerifyReport:
    signatures: tuple[SignatureCheck, ...]
    unsigned_fields: tuple[str, ...] = ()
    document_id: str | None = None
    trust_given: bool = False
    errors: tuple[str, ...] = field(default=())

    @property
    def ok(self) -> bool:
        return bool(self.signatures) and not self.errors and all(sig.ok for sig in self.signatures)

    @property
    def unchanged_since_last(self) -> bool:
        return bool(self.signatures) and self.signatures[-1].coverage == "entire_file"

    def as_json(self) -> dict[str, Any]:
        return {
            "ok": self.ok, "document_id": self.document_id, "unchanged_since_last_signature":
            self.unchanged_since_last, "unsigned_fields": list(self.unsigned_fields),
            "signatures": [sig.as_json() for sig in self.signatures], "errors": list(self.errors),
        }


def load_trust_certificates(data: Sequence[bytes]) -> list[Any]:
    """asn1crypto certificates from PEM or DER bytes (a PEM file may hold several)."""
    from asn1crypto import pem, x509  # noqa: PLC0415

    certs: list[Any] = []
    for blob in data:
        try:
            if pem.detect(blob):
                certs.extend(x509.Certificate.load(der) for _, _, der in pem.unarmor(blob, multiple=True))
            else:
                cert = x509.Certificate.load(blob)
                _ = cert.subject
                certs.append(cert)
        except (ValueError, TypeError) as exc:
            raise KnownError(
                f"Ett betrott certifikat går inte att läsa ({exc}). Ange en PEM- eller DER-fil.",
                f"A trusted certificate cannot be read ({exc}). Give a PEM or DER file.",
            ) from None
    return certs


def verify_pdf(pdf: bytes, trusted: Sequence[bytes] = ()) -> VerifyReport:
    """Check each signature; never raises for a damaged signature, only for an unreadable file."""
    roots = load_trust_certificates(trusted)
    with _quiet_pyhanko():
        return asyncio.run(_verify(pdf, roots))


@contextlib.contextmanager
def _quiet_pyhanko() -> Iterator[None]:
    """pyHanko logs a traceback for every untrusted or altered signature; the report says it better."""
    loggers = [logging.getLogger(name) for name in ("pyhanko", "pyhanko_certvalidator")]
    levels = [logger.level for logger in loggers]
    for logger in loggers:
        logger.setLevel(logging.CRITICAL)
    try:
        yield
    finally:
        for logger, level in zip(loggers, levels, strict=True):
            logger.setLevel(level)


async def _verify(pdf: bytes, roots: list[Any]) -> VerifyReport:
    from pyhanko.pdf_utils.misc import PdfError  # noqa: PLC0415
    from pyhanko.pdf_utils.reader import PdfFileReader  # noqa: PLC0415
    from pyhanko.sign.fields import enumerate_sig_fields  # noqa: PLC0415

    try:
        reader = PdfFileReader(io.BytesIO(pdf), strict=False)
        embedded = list(reader.embedded_regular_signatures)
        unsigned = tuple(str(name) for name, value, _ in enumerate_sig_fields(reader) if value is None)
        marker = read_marker(reader)
    except (PdfError, ValueError, TypeError, KeyError) as exc:
        raise KnownError(
            f"PDF-filen går inte att läsa ({exc}); den kan vara skadad eller ändrad.",
            f"The PDF cannot be read ({exc}); it may be damaged or altered.",
        ) from None
    checks = []
    errors = []
    for sig in embedded:
        try:
            checks.append(await _check(sig, roots))
        except (PdfError, ValueError, TypeError, KeyError) as exc:
            errors.append(f"{sig.field_name}: {exc}")
            checks.append(_broken(sig, str(exc)))
    return VerifyReport(
        tuple(checks), unsigned, marker["document_id"] if marker else None, bool(roots), tuple(errors)
    )


def _key_usage() -> Any:
    from pyhanko.sign.validation.settings import KeyUsageConstraints  # noqa: PLC0415

    return KeyUsageConstraints(key_usage={"digital_signature", "non_repudiation"}, match_all_key_usages=False)


async def _check(sig: Any, roots: list[Any]) -> SignatureCheck:
    from pyhanko.sign.validation import async_validate_pdf_signature  # noqa: PLC0415
    from pyhanko_certvalidator import ValidationContext  # noqa: PLC0415

    context = ValidationContext(trust_roots=list(roots), allow_fetching=False, revocation_mode="soft-fail")
    status = await async_validate_pdf_signature(sig, context, key_usage_settings=_key_usage())
    cert = status.signing_cert
    level = status.modification_level
    modification = _modification_name(level)
    changes_allowed = modification in ("none", "validation_data", "signing") and status.docmdp_ok is not False
    return SignatureCheck(
        field_name=str(sig.field_name), signer_name=_common_name(cert), subject=cert.subject.human_friendly,
        fingerprint=fingerprint(cert.dump()), signing_time=status.signer_reported_dt,
        intact=bool(status.intact), valid=bool(status.valid), coverage=_coverage_name(status.coverage),
        modification=modification, changes_allowed=changes_allowed, trusted=bool(status.trusted),
        self_signed=is_self_signed(cert.dump()), certifies=sig.docmdp_level is not None,
    )


def _broken(sig: Any, problem: str) -> SignatureCheck:
    return SignatureCheck(
        field_name=str(sig.field_name), signer_name="", subject="", fingerprint="", signing_time=None,
        intact=False, valid=False, coverage="unclear", modification="unknown", changes_allowed=False,
        trusted=False, self_signed=False, certifies=False, problem=problem,
    )


def _coverage_name(level: Any) -> str:
    name = getattr(level, "name", "")
    return {
        "ENTIRE_FILE": "entire_file", "ENTIRE_REVISION": "entire_revision",
        "CONTIGUOUS_BLOCK_FROM_START": "partial",
    }.get(name, "unclear")


def _modification_name(level: Any) -> str:
    name = getattr(level, "name", "")
    return {
        "NONE": "none", "LTA_UPDATES": "validation_data", "FORM_FILLING": "signing",
        "ANNOTATIONS": "annotations", "OTHER": "other",
    }.get(name, "unknown")


def _common_name(cert: Any) -> str:
    value = cert.subject.native.get("common_name", "")
    return str(value[0] if isinstance(value, list) else value)
