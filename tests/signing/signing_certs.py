"""Test certificates: a CA, signer certificates it issues (good, expired, wrong key usage), as PKCS#12."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID

NOW = dt.datetime.now(dt.UTC)


@dataclass
class Ca:
    key: ec.EllipticCurvePrivateKey
    cert: x509.Certificate

    @property
    def pem(self) -> bytes:
        return self.cert.public_bytes(serialization.Encoding.PEM)


def _name(common: str, org: str = "Testmyndigheten") -> x509.Name:
    return x509.Name([
        x509.NameAttribute(NameOID.COMMON_NAME, common), x509.NameAttribute(NameOID.ORGANIZATION_NAME, org),
    ])


def make_ca() -> Ca:
    key = ec.generate_private_key(ec.SECP256R1())
    name = _name("Testmyndighetens utfärdare")
    cert = (
        x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(NOW - dt.timedelta(days=30)).not_valid_after(NOW + dt.timedelta(days=3650))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(x509.KeyUsage(False, False, False, False, False, True, True, False, False), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .sign(key, hashes.SHA256())
    )
    return Ca(key, cert)


def issue(
    ca: Ca, common: str, *, key: object | None = None, expired: bool = False, signing_usage: bool = True,
    org: str = "Lunds kommun",
) -> tuple[object, x509.Certificate]:
    key = key or rsa.generate_private_key(public_exponent=65537, key_size=2048)
    start, end = (NOW - dt.timedelta(days=400), NOW - dt.timedelta(days=10)) if expired else (
        NOW - dt.timedelta(days=1), NOW + dt.timedelta(days=700))
    usage = x509.KeyUsage(
        digital_signature=signing_usage, content_commitment=signing_usage, key_encipherment=not signing_usage,
        data_encipherment=False, key_agreement=False, key_cert_sign=False, crl_sign=False, encipher_only=False,
        decipher_only=False,
    )
    cert = (
        x509.CertificateBuilder().subject_name(_name(common, org)).issuer_name(ca.cert.subject)
        .public_key(key.public_key()).serial_number(x509.random_serial_number())  # type: ignore[attr-defined]
        .not_valid_before(start).not_valid_after(end)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(usage, critical=True)
        .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(ca.key.public_key()), critical=False)
        .sign(ca.key, hashes.SHA256())
    )
    return key, cert


def p12(key: object, cert: x509.Certificate, ca: Ca, passphrase: bytes) -> bytes:
    return pkcs12.serialize_key_and_certificates(
        b"signer", key, cert, [ca.cert], serialization.BestAvailableEncryption(passphrase)  # type: ignore[arg-type]
    )
