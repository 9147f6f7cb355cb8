"""Fixtures for signing: a prepared agreement, a CA with a PKCS#12 signer, a SoftHSM2 token, a drawn signature."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from attacks import Corpus
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec
from signing_certs import Ca, issue, make_ca, p12
from signing_helpers import DEMO_KEY, KEY, PASSPHRASE, PIN, SOFTHSM_LIB, TOKEN, Pkcs12Signer, Token
from signing_pdfs import prepared_agreement

from samverka.export.signing.sign import sign_pdf
from samverka.export.signing.signers import P12Source


@pytest.fixture(scope="session")
def ca() -> Ca:
    return make_ca()


@pytest.fixture(scope="session")
def _prepared() -> bytes:
    return prepared_agreement()


@pytest.fixture
def agreement(_prepared: bytes, tmp_path: Path) -> Path:
    path = tmp_path / "avtal.pdf"
    path.write_bytes(_prepared)
    return path


@pytest.fixture(scope="session")
def p12_signer(ca: Ca, tmp_path_factory: pytest.TempPathFactory) -> Pkcs12Signer:
    folder = tmp_path_factory.mktemp("p12")
    key, cert = issue(ca, "Anna Åkesson")
    (folder / "anna.p12").write_bytes(p12(key, cert, ca, PASSPHRASE.encode()))
    (folder / "pass.txt").write_text(PASSPHRASE + "\n", encoding="utf-8")
    (folder / "ca.pem").write_bytes(ca.pem)
    return Pkcs12Signer(folder / "anna.p12", folder / "pass.txt", ca, folder / "ca.pem")


def _run(*args: str) -> None:
    subprocess.run(args, check=True, capture_output=True, text=True)


@pytest.fixture(scope="session")
def token(ca: Ca, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Token]:
    """A SoftHSM2 token holding two EC P-256 keys with certificates issued by the test CA: "محمد علي" (the fixture
    agreement's police signatory) and "Johan Bergström" (the demo's).

    Session-scoped: SoftHSM reads SOFTHSM2_CONF once, when the PKCS#11 library is first initialised in the process.
    """
    if not SOFTHSM_LIB.exists() or not shutil.which("softhsm2-util") or not shutil.which("pkcs11-tool"):
        pytest.skip("softhsm2 and opensc (pkcs11-tool) are needed for the token tests")
    folder = tmp_path_factory.mktemp("softhsm")
    (folder / "tokens").mkdir()
    conf = folder / "softhsm2.conf"
    conf.write_text(f"directories.tokendir = {folder / 'tokens'}\nobjectstore.backend = file\nlog.level = ERROR\n")
    old = os.environ.get("SOFTHSM2_CONF")
    os.environ["SOFTHSM2_CONF"] = str(conf)
    _run("softhsm2-util", "--init-token", "--free", "--label", TOKEN, "--pin", PIN, "--so-pin", "87654321")
    for index, (label, holder) in enumerate(((KEY, "محمد علي"), (DEMO_KEY, "Johan Bergström")), 1):
        key = ec.generate_private_key(ec.SECP256R1())
        _, cert = issue(ca, holder, key=key, org="Polisen, LPO Lund")
        (folder / "key.pem").write_bytes(key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()))
        (folder / "cert.der").write_bytes(cert.public_bytes(serialization.Encoding.DER))
        _run("softhsm2-util", "--import", str(folder / "key.pem"), "--token", TOKEN, "--label", label, "--id",
             f"{index:02d}", "--pin", PIN)
        _run("pkcs11-tool", "--module", str(SOFTHSM_LIB), "--token-label", TOKEN, "--login", "--pin", PIN,
             "--write-object", str(folder / "cert.der"), "--type", "cert", "--id", f"{index:02d}", "--label", label)
    (folder / "pin.txt").write_text(PIN + "\n")
    yield Token(SOFTHSM_LIB, TOKEN, KEY, folder / "pin.txt")
    if old is None:
        os.environ.pop("SOFTHSM2_CONF", None)
    else:
        os.environ["SOFTHSM2_CONF"] = old


@pytest.fixture(scope="session")
def signature_png(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A drawn signature: a transparent PNG with a blue stroke."""
    from PIL import Image, ImageDraw

    image = Image.new("RGBA", (480, 150), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    points = [(15, 110), (60, 40), (95, 120), (150, 30), (185, 105), (240, 60), (300, 95), (360, 45), (460, 80)]
    draw.line(points, fill=(20, 30, 120, 255), width=7, joint="curve")
    out = io.BytesIO()
    image.save(out, format="PNG")
    path = tmp_path_factory.mktemp("png") / "underskrift.png"
    path.write_bytes(out.getvalue())
    return path


def _p12_file(folder: Path, ca: Ca, name: str, *, ec_key: bool = False) -> tuple[Path, str]:
    key, cert = issue(ca, name, key=ec.generate_private_key(ec.SECP256R1()) if ec_key else None)
    path = folder / f"{cert.serial_number:x}.p12"  # unique: a rogue CA may issue the same name
    path.write_bytes(p12(key, cert, ca, b"hemligt"))
    return path, "hemligt"


@pytest.fixture(scope="session")
def corpus(ca: Ca, tmp_path_factory: pytest.TempPathFactory) -> Corpus:
    folder = tmp_path_factory.mktemp("corpus")
    anna = _p12_file(folder, ca, "Anna Åkesson")
    polis = _p12_file(folder, ca, "محمد علي", ec_key=True)
    prepared = prepared_agreement()
    signed1 = sign_pdf(prepared, "sig_kommun", P12Source(*anna)).pdf
    signed2 = sign_pdf(signed1, "sig_polis", P12Source(*polis)).pdf
    return Corpus(
        prepared=prepared, signed1=signed1, signed2=signed2, anna=anna, polis=polis,
        eve=_p12_file(folder, ca, "Eve Svensson"), rogue_anna=_p12_file(folder, make_ca(), "Anna Åkesson"),
        ca_pem=ca.pem,
    )
