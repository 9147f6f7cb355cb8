"""Check every signature of a PDF offline; see docs/signing/verification.md for each check and reason.

Order: Samverka's own byte-level and change checks (`integrity.analyse`) first, independent of the PDF library;
then the cryptography with pyHanko (digest, signature, certificate chain against the given trust anchors) and
pyHanko's own difference analysis as a second opinion; then who signed: the certificate against the signatory
the field belongs to. A signature holds only when every check passes. Nothing here raises for a damaged or hostile
file: a file that cannot be read gives a report saying why, in one line.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import io
import logging
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from samverka.collector import no_collector_pauses
from samverka.errors import KnownError, Text
from samverka.export.signing.certificates import fingerprint, is_self_signed
from samverka.export.signing.identity import certificate_names, common_name, names_match
from samverka.export.signing.integrity import IntegrityReport, Problem, analyse_with_layout
from samverka.export.signing.revisions import Layout
from samverka.export.signing.shared_objects import lend_objects

log = logging.getLogger(__name__)

SELF_SIGNED_LABEL = Text(
    "Självskapat certifikat: visar att dokumentet är oförändrat, inte vem som skrev under.",
    "Self-made certificate: shows the document is unchanged, not who signed it.",
)
IDENTITY_NOT_CHECKED = Text(
    "Identiteten har inte kontrollerats: inga betrodda certifikat angavs, så resultatet visar bara att dokumentet "
    "är oförändrat, inte vem som skrev under.",
    "Identity was not checked: no trusted certificates were given, so the result only shows that the document is "
    "unchanged, not who signed it.",
)
NOT_SIGNED = Problem("not_signed", Text("inte underskriven", "not signed"))
_COVERAGE = {
    "entire_file": Text("hela filen", "the whole file"),
    "entire_revision": Text(
        "dokumentet som det var när underskriften gjordes (bara senare underskrifter har lagts till)",
        "the document as it was when signed (only later signatures were added)",
    ),
    "unclear": Text("oklart", "unclear"),
}
_MODIFICATIONS = {
    "none": Text("inga ändringar efter underskriften", "no changes after the signature"),
    "signing": Text("bara underskrifter i överenskommelsens egna fält lades till (tillåtet)",
                    "only signatures in the agreement's own fields were added (allowed)"),
    "other": Text("otillåtna ändringar efter underskriften", "disallowed changes after the signature"),
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
    trusted: bool
    self_signed: bool
    certifies: bool
    expected_signer: str = ""
    signer_matches: bool = True
    problems: tuple[Problem, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def changes_allowed(self) -> bool:
        return self.modification in ("none", "signing")

    @property
    def problem(self) -> str:
        """The first reason this signature does not hold ("" when it holds)."""
        return str(self.problems[0].text) if self.problems else ""

    @property
    def coverage_text(self) -> Text:
        return _COVERAGE[self.coverage]

    @property
    def modification_text(self) -> Text:
        return _MODIFICATIONS[self.modification]

    def as_json(self) -> dict[str, Any]:
        return {
            "field": self.field_name, "signer": self.signer_name, "expected_signer": self.expected_signer or None,
            "signer_matches_field": self.signer_matches, "subject": self.subject,
            "certificate_sha256": self.fingerprint,
            "signing_time": self.signing_time.isoformat() if self.signing_time else None,
            "intact": self.intact, "valid": self.valid, "coverage": self.coverage,
            "modifications_after": self.modification, "changes_allowed": self.changes_allowed,
            "trusted": self.trusted, "self_signed": self.self_signed, "certifies_document": self.certifies,
            "ok": self.ok, "problem": self.problem or None,
            "reasons": [{"code": p.code, "sv": p.text.sv, "en": p.text.en} for p in self.problems],
            "note": SELF_SIGNED_LABEL.en if self.self_signed else None,
        }


@dataclass(frozen=True)
class VerifyReport:
    signatures: tuple[SignatureCheck, ...]
    unsigned_fields: tuple[str, ...] = ()
    document_id: str | None = None
    trust_given: bool = False
    document_problems: tuple[Problem, ...] = ()
    integrity: IntegrityReport = field(default_factory=lambda: IntegrityReport(()))
    readable: bool = True  # False when the file is too damaged or malformed to list its signatures

    @property
    def signed(self) -> bool:
        return bool(self.signatures)

    @property
    def ok(self) -> bool:
        return self.signed and not self.document_problems and all(sig.ok for sig in self.signatures)

    @property
    def problems(self) -> list[Problem]:
        found = list(self.document_problems)
        for sig in self.signatures:
            found.extend(problem for problem in sig.problems if problem not in found)
        return found

    @property
    def errors(self) -> tuple[str, ...]:
        return tuple(str(problem.text) for problem in self.document_problems)

    @property
    def unchanged_since_last(self) -> bool:
        return self.ok and self.signatures[-1].coverage == "entire_file"

    @property
    def identity_checked(self) -> bool:
        return self.trust_given

    def as_json(self) -> dict[str, Any]:
        return {
            "ok": self.ok, "signed": self.signed, "readable": self.readable, "document_id": self.document_id,
            "identity_checked": self.identity_checked,
            "note": None if self.identity_checked else IDENTITY_NOT_CHECKED.en,
            "unchanged_since_last_signature": self.unchanged_since_last,
            "unsigned_fields": list(self.unsigned_fields),
            "signatures": [sig.as_json() for sig in self.signatures],
            "errors": list(self.errors),
            "reasons": [{"code": p.code, "sv": p.text.sv, "en": p.text.en} for p in self.document_problems],
        }


def load_trust_certificates(data: Sequence[bytes]) -> list[Any]:
    """asn1crypto certificates from PEM or DER bytes (a PEM file may hold several)."""
    from asn1crypto import pem, x509  # noqa: PLC0415

    certs: list[Any] = []
    for blob in data:
        try:
            if pem.detect(blob):
                loaded = [x509.Certificate.load(der) for _, _, der in pem.unarmor(blob, multiple=True)]
            else:
                loaded = [x509.Certificate.load(blob)]
            for cert in loaded:
                _ = cert.subject, cert.public_key
            certs.extend(loaded)
        except (ValueError, TypeError, KeyError) as exc:
            raise KnownError(
                f"Ett betrott certifikat går inte att läsa ({exc}). Ange en PEM- eller DER-fil.",
                f"A trusted certificate cannot be read ({exc}). Give a PEM or DER file.",
            ) from None
    return certs


def verify_pdf(
    pdf: bytes, trusted: Sequence[bytes] = (), *, accepted_signers: Mapping[str, str] | None = None
) -> VerifyReport:
    """Check each signature. `accepted_signers` maps a field to the certificate fingerprint whose holder the
    collaboration accepted in place of the named signatory. Never raises for the file's content: a file that cannot
    be read gives a report with `readable` False and the reason; only unreadable trust certificates raise."""
    roots = load_trust_certificates(trusted)
    # Both readings keep every object of the file until the report is made: no collector passes meanwhile.
    with no_collector_pauses():
        integrity, layout = analyse_with_layout(pdf)
        with _quiet_pyhanko():
            return asyncio.run(_verify(pdf, roots, integrity, dict(accepted_signers or {}), layout))


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


async def _verify(
    pdf: bytes, roots: list[Any], integrity: IntegrityReport, accepted: dict[str, str], layout: Layout | None = None
) -> VerifyReport:
    document = list(integrity.document_problems)
    embedded = _embedded_signatures(pdf, integrity, layout)
    readable = embedded is not None
    if embedded is None:
        embedded = []
        if integrity.structure_ok:
            document.insert(0, _p("unreadable", "PDF-filen går inte att läsa; den kan vara skadad eller ändrad",
                                  "the PDF cannot be read; it may be damaged or altered"))
    checks = []
    for name, sig, error in embedded:
        own = integrity.problems_for(name)
        if sig is None:
            checks.append(_broken(name, own, error))
            continue
        try:
            checks.append(await _check(name, sig, roots, integrity, own, accepted, pdf))
        except Exception as exc:  # noqa: BLE001 - a hostile signature must give a report, never a traceback
            log.debug("signature %s could not be checked", name, exc_info=True)
            checks.append(_broken(name, own, str(exc) or type(exc).__name__))
    if not checks and readable and integrity.structure_ok:
        document.insert(0, NOT_SIGNED)
    marker = integrity.marker
    return VerifyReport(
        tuple(checks), integrity.unsigned_fields, marker.document_id if marker else None, bool(roots),
        tuple(document), integrity, readable=readable and integrity.structure_ok or bool(checks),
    )


def _embedded_signatures(
    pdf: bytes, integrity: IntegrityReport, layout: Layout | None = None
) -> list[tuple[str, Any, str]] | None:
    """(field name, pyHanko signature or None, why not) for every filled signature field, each on its own;
    None when the file cannot be read at all. With the layout of an acceptable structure, pyHanko's reader gets
    the objects our scan already parsed (shared_objects) instead of parsing them again."""
    from pyhanko.pdf_utils.reader import PdfFileReader  # noqa: PLC0415 - pyHanko loads lazily
    from pyhanko.sign.fields import enumerate_sig_fields  # noqa: PLC0415
    from pyhanko.sign.validation.pdf_embedded import EmbeddedPdfSignature  # noqa: PLC0415

    try:
        reader = PdfFileReader(io.BytesIO(pdf), strict=False)
        if layout is not None and integrity.structure_ok:
            _lend(reader, layout)
        filled = [(str(name), ref) for name, value, ref in enumerate_sig_fields(reader) if value is not None]
    except Exception:  # noqa: BLE001 - any parser failure on a hostile file is the file's fault
        log.debug("the PDF cannot be read", exc_info=True)
        if integrity.signatures:
            return [(sig.field_name, None, "") for sig in integrity.signatures]
        return None
    found: list[tuple[str, Any, str]] = []
    for name, ref in filled:
        try:
            found.append((name, EmbeddedPdfSignature(reader, ref, name), ""))
        except Exception as exc:  # noqa: BLE001 - one damaged field must not hide the others
            found.append((name, None, str(exc) or type(exc).__name__))
    return found


def _lend(reader: Any, layout: Layout) -> None:
    try:
        lend_objects(reader, layout)
    except RecursionError:  # cannot happen for a scanned file; pyHanko then reads the rest itself
        log.debug("objects not lent", exc_info=True)


def _key_usage() -> Any:
    from pyhanko.sign.validation.settings import KeyUsageConstraints  # noqa: PLC0415

    return KeyUsageConstraints(key_usage={"digital_signature", "non_repudiation"}, match_all_key_usages=False)


def _p(code: str, sv: str, en: str) -> Problem:
    return Problem(code, Text(sv, en))


async def _check(
    name: str, sig: Any, roots: list[Any], integrity: IntegrityReport, own: tuple[Problem, ...],
    accepted: dict[str, str], pdf: bytes,
) -> SignatureCheck:
    from pyhanko.sign.validation import async_validate_pdf_signature  # noqa: PLC0415
    from pyhanko_certvalidator import ValidationContext  # noqa: PLC0415

    context = ValidationContext(trust_roots=list(roots), allow_fetching=False, revocation_mode="soft-fail")
    status = await async_validate_pdf_signature(sig, context, key_usage_settings=_key_usage())
    cert_der = status.signing_cert.dump()
    problems = list(own)
    if not integrity.structure_ok:
        problems.extend(gap_problems(pdf, sig.sig_object))
    if not status.intact:
        problems.append(_p("digest", "det underskrivna innehållet har ändrats (kontrollsumman stämmer inte)",
                           "the signed content was changed (the digest does not match)"))
    elif not status.valid:
        problems.append(_p("invalid", "den kryptografiska underskriften är ogiltig",
                           "the cryptographic signature is invalid"))
    library_level = getattr(status.modification_level, "name", "")
    if not own and (library_level not in ("NONE", "FORM_FILLING") or status.docmdp_ok is False):
        problems.append(_p("library", "PDF-biblioteket (pyHanko) underkänner ändringarna efter underskriften",
                           "the PDF library (pyHanko) rejects the changes after the signature"))
    if roots and not status.trusted:
        problems.append(_p("untrusted", "certifikatet är inte betrott (det kedjar inte till något av de betrodda "
                           "certifikaten)", "the certificate is not trusted (it does not chain to any of the trusted "
                           "certificates)"))
    marker = integrity.marker
    expected = marker.expected_signer(name) if marker else ""
    actual = common_name(cert_der)
    matches = not expected or names_match(expected, certificate_names(cert_der))
    if not matches and accepted.get(name) != fingerprint(cert_der):
        problems.append(_p("wrong_signer", f"undertecknad av {actual}, men fältet är till för {expected}",
                           f"signed by {actual}, but the field is for {expected}"))
    facts = next((facts for facts in integrity.signatures if facts.field_name == name), None)
    last = facts is not None and facts.revision == integrity.revisions - 1
    coverage = "unclear" if _coverage_failed(own) else ("entire_file" if last else "entire_revision")
    modification = "other" if _changed(own) else ("none" if last else "signing")
    return SignatureCheck(
        field_name=name, signer_name=actual, subject=status.signing_cert.subject.human_friendly,
        fingerprint=fingerprint(cert_der), signing_time=status.signer_reported_dt,
        intact=bool(status.intact), valid=bool(status.valid), coverage=coverage, modification=modification,
        trusted=bool(status.trusted), self_signed=is_self_signed(cert_der),
        certifies=bool(facts and facts.certifies), expected_signer=expected, signer_matches=matches,
        problems=tuple(problems),
    )


def gap_problems(pdf: bytes, sig_object: Any) -> list[Problem]:
    """The gap check alone, for a file whose revisions cannot be read: [a, b) must hold exactly this /Contents."""
    values = sig_object.get("/ByteRange")
    contents = getattr(sig_object.get("/Contents"), "original_bytes", None)
    try:
        start, a, b, _c = (int(v) for v in values)
    except (TypeError, ValueError):
        return []
    if start != 0 or not 0 < a < b <= len(pdf) or contents is None:
        return []
    if pdf[a:b].lower() != b"<" + contents.hex().encode() + b">":
        return [_p("gap", "luckan i det underskrivna området innehåller annat än underskriften (signaturomslag)",
                   "the gap in the signed range holds more than the signature (signature wrapping)")]
    return []


_COVERAGE_CODES = frozenset({
    "structure", "signature_missing", "signature_damaged", "byterange_missing", "contents_missing", "byterange_shape",
    "byterange_end", "gap", "gap_owner", "unreadable",
})


def _coverage_failed(problems: Sequence[Problem]) -> bool:
    return any(problem.code in _COVERAGE_CODES for problem in problems)


def _changed(problems: Sequence[Problem]) -> bool:
    return any(problem.code not in _COVERAGE_CODES for problem in problems)


def _broken(name: str, own: tuple[Problem, ...], error: str) -> SignatureCheck:
    problems = list(own) or [_p("signature_damaged", f"underskriften går inte att läsa ({error})",
                                f"the signature cannot be read ({error})")]
    return SignatureCheck(
        field_name=name, signer_name="", subject="", fingerprint="", signing_time=None, intact=False, valid=False,
        coverage="unclear", modification="unknown", trusted=False, self_signed=False, certifies=False,
        problems=tuple(problems),
    )
