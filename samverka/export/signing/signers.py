"""Where the signing key comes from: a PKCS#12 file, a PKCS#11 token (smart card), or an app-made certificate."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from samverka.errors import KnownError
from samverka.export.signing.certificates import check_signing_certificate, is_self_signed, self_signed_identity


@dataclass(frozen=True)
class P12Source:
    path: Path
    passphrase: str | None = None


@dataclass(frozen=True)
class Pkcs11Source:
    library: Path
    token_label: str
    key_label: str
    pin: str | None = None


@dataclass(frozen=True)
class SelfSignedSource:
    """The app makes (or reuses) a certificate for this signatory."""

    name: str
    title: str = ""
    organisation: str = ""
    directory: Path | None = None


SignerSource = P12Source | Pkcs11Source | SelfSignedSource


@dataclass(frozen=True)
class OpenSigner:
    signer: Any  # pyhanko.sign.signers.Signer
    cert_der: bytes
    method: str  # vocab.SIGNATURE_METHODS: "pades" or "självsignerad"
    self_signed: bool


def method_of(source: SignerSource) -> str:
    return "självsignerad" if isinstance(source, SelfSignedSource) else "pades"


@contextlib.contextmanager
def open_signer(source: SignerSource) -> Iterator[OpenSigner]:
    """The pyHanko signer for `source`, checked for expiry and key usage; a token session is closed afterwards."""
    if isinstance(source, Pkcs11Source):
        with _pkcs11_signer(source) as opened:
            yield opened
        return
    if isinstance(source, SelfSignedSource):
        identity = self_signed_identity(source.name, source.title, source.organisation, directory=source.directory)
        yield _p12_signer(identity.p12_path.read_bytes(), None, str(identity.p12_path), self_signed=True)
        return
    yield _p12_signer(_read_file(source.path), source.passphrase, str(source.path), self_signed=False)


def _read_file(path: Path) -> bytes:
    try:
        return Path(path).read_bytes()
    except OSError as exc:
        raise KnownError(
            f"Certifikatfilen {path} går inte att läsa: {exc.strerror}.",
            f"The certificate file {path} cannot be read: {exc.strerror}.",
        ) from None


def _p12_signer(data: bytes, passphrase: str | None, where: str, *, self_signed: bool) -> OpenSigner:
    from cryptography.hazmat.primitives.serialization import Encoding, pkcs12  # noqa: PLC0415
    from pyhanko.sign.signers import SimpleSigner  # noqa: PLC0415 - pyHanko loads lazily

    secret = passphrase.encode() if passphrase else None
    try:
        key, cert, _ = pkcs12.load_key_and_certificates(data, secret)
    except ValueError:
        if secret is None:
            raise KnownError(
                f"{where} är skyddad med en lösenfras eller är ingen PKCS#12-fil. Ange lösenfrasen.",
                f"{where} is protected by a passphrase or is not a PKCS#12 file. Enter the passphrase.",
            ) from None
        raise KnownError(
            f"Fel lösenfras för {where}, eller så är filen ingen PKCS#12-fil (.p12/.pfx). Försök igen.",
            f"Wrong passphrase for {where}, or the file is not a PKCS#12 file (.p12/.pfx). Try again.",
        ) from None
    if key is None or cert is None:
        raise KnownError(
            f"{where} innehåller ingen privat nyckel med certifikat.",
            f"{where} holds no private key with a certificate.",
        )
    cert_der = cert.public_bytes(Encoding.DER)
    check_signing_certificate(cert_der)
    signer = SimpleSigner.load_pkcs12_data(data, other_certs=(), passphrase=secret)
    # A self-signed certificate in a file carries the same caveat as the one Samverka makes.
    return OpenSigner(signer, cert_der, "självsignerad" if self_signed else "pades", is_self_signed(cert_der))


@contextlib.contextmanager
def _pkcs11_signer(source: Pkcs11Source) -> Iterator[OpenSigner]:
    import pkcs11  # noqa: PLC0415 - python-pkcs11 loads only for cards
    from pkcs11 import exceptions as p11  # noqa: PLC0415
    from pyhanko.config.pkcs11 import TokenCriteria  # noqa: PLC0415
    from pyhanko.sign.pkcs11 import PKCS11Signer, open_pkcs11_session  # noqa: PLC0415

    library = Path(source.library)
    if not library.is_file() or not os.access(library, os.R_OK):
        raise KnownError(
            f"PKCS#11-biblioteket {library} finns inte. Ange sökvägen till kortläsarens modul (.so/.dll/.dylib).",
            f"The PKCS#11 library {library} does not exist. Give the path of the card reader's module.",
        )
    try:
        pkcs11.lib(str(library))  # cached per path by python-pkcs11; open_pkcs11_session reuses it
    except (p11.PKCS11Error, OSError, RuntimeError) as exc:
        raise KnownError(
            f"{library} är ingen PKCS#11-modul som går att läsa in ({_reason(exc)}). Ange kortläsarens modul.",
            f"{library} is not a PKCS#11 module that can be loaded ({_reason(exc)}). Give the card reader's module.",
        ) from None
    try:
        session = open_pkcs11_session(
            str(library), token_criteria=TokenCriteria(label=source.token_label), user_pin=source.pin
        )
    except (p11.PinIncorrect, p11.PinInvalid, p11.PinLenRange):
        raise KnownError("Fel PIN-kod för kortet. Försök igen.", "Wrong PIN for the card. Try again.") from None
    except p11.PinLocked:
        raise KnownError("Kortets PIN-kod är spärrad.", "The card's PIN is locked.") from None
    except (p11.PKCS11Error, OSError, RuntimeError) as exc:
        raise KnownError(
            f"Hittar inget kort med etiketten \"{source.token_label}\" via {library} ({_reason(exc)}). "
            "Sätt i kortet och kontrollera etiketten.",
            f"No card labelled \"{source.token_label}\" found via {library} ({_reason(exc)}). "
            "Insert the card and check the label.",
        ) from None
    try:
        # Raw mechanisms (hash in Python, CKM_ECDSA / CKM_RSA_PKCS on the card): what most cards and SoftHSM support.
        signer = PKCS11Signer(session, key_label=source.key_label, use_raw_mechanism=True)
        try:
            cert = signer.signing_cert
        except (p11.PKCS11Error, KeyError, ValueError) as exc:
            raise KnownError(
                f"Kortet har ingen nyckel med certifikat som heter \"{source.key_label}\" ({_reason(exc)}).",
                f"The card has no key with a certificate labelled \"{source.key_label}\" ({_reason(exc)}).",
            ) from None
        cert_der = cert.dump()
        check_signing_certificate(cert_der)
        yield OpenSigner(signer, cert_der, "pades", is_self_signed(cert_der))
    finally:
        session.close()


def _reason(exc: BaseException) -> str:
    return str(exc) or type(exc).__name__
