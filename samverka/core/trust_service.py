"""The collaboration's trust list: the certificates (usually the issuers the organisations use) that a signature
must chain to before the app calls its signer trusted. Verification in the app uses this list."""

from __future__ import annotations

from samverka.core import crud
from samverka.core.changes import Changes
from samverka.dto import TrustedCertificateRow
from samverka.errors import KnownError
from samverka.models.db import Database


def trusted_certificates(db: Database) -> list[TrustedCertificateRow]:
    rows: list[TrustedCertificateRow] = crud.list_rows(db, "trusted_certificate", order_by=("label", "id"))
    return rows


def trust_anchors(db: Database) -> list[bytes]:
    """The trusted certificates as DER, for verification."""
    return [row.certificate for row in trusted_certificates(db)]


def add_certificates(db: Database, data: bytes) -> Changes:
    """Trust every certificate in a PEM or DER file (a PEM file may hold several). One transaction."""
    from samverka.export.signing.certificates import fingerprint  # noqa: PLC0415 - cryptography loads here

    found = _load(data)
    known = {row.fingerprint for row in trusted_certificates(db)}
    rows = []
    for der, label in found:
        print_ = fingerprint(der)
        if print_ not in known:
            known.add(print_)
            rows.append({"label": label, "fingerprint": print_, "certificate": der})
    if not rows:
        raise KnownError("Certifikatet finns redan bland de betrodda.", "The certificate is already trusted.")
    return crud.create_many(db, "trusted_certificate", rows)[1]


def remove_certificate(db: Database, certificate_id: int) -> Changes:
    return crud.delete_row(db, "trusted_certificate", certificate_id)[1]


def _load(data: bytes) -> list[tuple[bytes, str]]:
    from cryptography import x509  # noqa: PLC0415
    from cryptography.hazmat.primitives.serialization import Encoding  # noqa: PLC0415

    try:
        if b"-----BEGIN CERTIFICATE-----" in data:
            certs = x509.load_pem_x509_certificates(data)
        else:
            certs = [x509.load_der_x509_certificate(data)]
        return [(cert.public_bytes(Encoding.DER), _label(cert)) for cert in certs]
    except ValueError as exc:
        raise KnownError(
            f"Filen är inget certifikat i PEM- eller DER-format ({exc}).",
            f"The file is not a certificate in PEM or DER format ({exc}).",
        ) from None


def _label(cert: object) -> str:
    from cryptography import x509  # noqa: PLC0415
    from cryptography.x509.oid import NameOID  # noqa: PLC0415

    assert isinstance(cert, x509.Certificate)
    parts = []
    for oid in (NameOID.COMMON_NAME, NameOID.ORGANIZATION_NAME):
        for attribute in cert.subject.get_attributes_for_oid(oid):
            value = attribute.value
            parts.append(value if isinstance(value, str) else value.decode(errors="replace"))
    return ", ".join(parts) or cert.subject.rfc4514_string()
