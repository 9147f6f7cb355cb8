"""Certificates: the one Samverka makes for a signatory, and the checks every signing certificate must pass.

An app-made certificate is self-signed: it proves that the document is unchanged since it was signed, not who signed
it. It is stored as a PKCS#12 file (mode 0600) in the user's Samverka folder and reused for the same signatory.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from samverka.errors import KnownError
from samverka.paths import user_data_dir

if TYPE_CHECKING:
    from cryptography import x509

SELF_SIGNED_UNIT = "Samverka, självskapat certifikat"
_LIFETIME = dt.timedelta(days=3 * 366)


@dataclass(frozen=True)
class SelfSignedIdentity:
    p12_path: Path
    fingerprint: str


def certificates_dir() -> Path:
    path = user_data_dir() / "certificates"
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    return path


def fingerprint(cert_der: bytes) -> str:
    """The SHA-256 fingerprint as colon-separated upper-case hex, as PDF readers show it."""
    digest = hashlib.sha256(cert_der).hexdigest().upper()
    return ":".join(digest[i : i + 2] for i in range(0, len(digest), 2))


def self_signed_identity(
    name: str, title: str = "", organisation: str = "", *, directory: Path | None = None,
    now: dt.datetime | None = None,
) -> SelfSignedIdentity:
    """The app-made certificate for this signatory: the stored one while it is valid, else a new one."""
    from cryptography.hazmat.primitives.serialization import pkcs12  # noqa: PLC0415

    if not name.strip():
        raise KnownError("Ange undertecknarens namn.", "Enter the signatory's name.")
    folder = directory or certificates_dir()
    key = hashlib.sha256("\x1f".join((name.strip(), title.strip(), organisation.strip())).encode()).hexdigest()[:24]
    path = folder / f"{key}.p12"
    moment = now or dt.datetime.now(dt.UTC)
    if path.exists():
        _, cert, _ = pkcs12.load_key_and_certificates(path.read_bytes(), None)
        if cert is not None and cert.not_valid_after_utc > moment + dt.timedelta(days=1):
            return SelfSignedIdentity(path, fingerprint(_der(cert)))
    data, cert = make_self_signed_p12(name, title, organisation, now=moment)
    write_private(path, data)
    return SelfSignedIdentity(path, fingerprint(_der(cert)))


def make_self_signed_p12(
    name: str, title: str, organisation: str, *, now: dt.datetime, passphrase: bytes | None = None
) -> tuple[bytes, x509.Certificate]:
    """A new EC P-256 key and self-signed certificate for signing, as PKCS#12 bytes."""
    from cryptography import x509  # noqa: PLC0415
    from cryptography.hazmat.primitives import hashes, serialization  # noqa: PLC0415
    from cryptography.hazmat.primitives.asymmetric import ec  # noqa: PLC0415
    from cryptography.hazmat.primitives.serialization import pkcs12  # noqa: PLC0415
    from cryptography.x509.oid import NameOID  # noqa: PLC0415

    key = ec.generate_private_key(ec.SECP256R1())
    parts = [x509.NameAttribute(NameOID.COMMON_NAME, name.strip())]
    if title.strip():
        parts.append(x509.NameAttribute(NameOID.TITLE, title.strip()))
    if organisation.strip():
        parts.append(x509.NameAttribute(NameOID.ORGANIZATION_NAME, organisation.strip()))
    parts.append(x509.NameAttribute(NameOID.ORGANIZATIONAL_UNIT_NAME, SELF_SIGNED_UNIT))
    subject = x509.Name(parts)
    cert = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + _LIFETIME)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(_signing_key_usage(), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .sign(key, hashes.SHA256())
    )
    encryption: serialization.KeySerializationEncryption = (
        serialization.BestAvailableEncryption(passphrase) if passphrase else serialization.NoEncryption()
    )
    data = pkcs12.serialize_key_and_certificates(name.strip().encode(), key, cert, None, encryption)
    return data, cert


def _signing_key_usage() -> x509.KeyUsage:
    from cryptography import x509  # noqa: PLC0415

    return x509.KeyUsage(
        digital_signature=True, content_commitment=True, key_encipherment=False, data_encipherment=False,
        key_agreement=False, key_cert_sign=False, crl_sign=False, encipher_only=False, decipher_only=False,
    )


def _der(cert: x509.Certificate) -> bytes:
    from cryptography.hazmat.primitives.serialization import Encoding  # noqa: PLC0415

    return cert.public_bytes(Encoding.DER)


def write_private(path: Path, data: bytes) -> None:
    """Write a file only this user can read, atomically (a temporary file renamed into place)."""
    temp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, path)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


def check_signing_certificate(cert_der: bytes, *, now: dt.datetime | None = None) -> None:
    """Refuse a certificate that is expired, not yet valid, or not meant for signing."""
    from cryptography import x509  # noqa: PLC0415

    cert = x509.load_der_x509_certificate(cert_der)
    moment = now or dt.datetime.now(dt.UTC)
    subject = cert.subject.rfc4514_string()
    if cert.not_valid_after_utc < moment:
        raise KnownError(
            f"Certifikatet ({subject}) gick ut {cert.not_valid_after_utc:%Y-%m-%d}. Använd ett giltigt certifikat.",
            f"The certificate ({subject}) expired on {cert.not_valid_after_utc:%Y-%m-%d}. Use a valid certificate.",
        )
    if cert.not_valid_before_utc > moment:
        raise KnownError(
            f"Certifikatet ({subject}) gäller först från {cert.not_valid_before_utc:%Y-%m-%d}.",
            f"The certificate ({subject}) is not valid until {cert.not_valid_before_utc:%Y-%m-%d}.",
        )
    try:
        usage = cert.extensions.get_extension_for_class(x509.KeyUsage).value
    except x509.ExtensionNotFound:
        return
    if not (usage.digital_signature or usage.content_commitment):
        raise KnownError(
            f"Certifikatet ({subject}) får inte användas för underskrifter (nyckelanvändning saknar "
            "digitalSignature och nonRepudiation). Välj ditt underskriftscertifikat.",
            f"The certificate ({subject}) may not be used for signatures (its key usage lacks digitalSignature and "
            "nonRepudiation). Choose your signing certificate.",
        )


def is_self_signed(cert_der: bytes) -> bool:
    """Issued by itself: it shows that the document is unchanged, not who signed it."""
    from cryptography import x509  # noqa: PLC0415
    from cryptography.exceptions import InvalidSignature  # noqa: PLC0415

    cert = x509.load_der_x509_certificate(cert_der)
    if cert.issuer != cert.subject:
        return False
    try:
        cert.verify_directly_issued_by(cert)
    except (InvalidSignature, ValueError, TypeError):
        return False
    return True
