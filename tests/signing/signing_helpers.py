"""Helpers for the signing tests (kept out of conftest.py so that test modules can import them by a unique name)."""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest
from signing_certs import Ca

SOFTHSM_LIB = Path("/usr/lib/softhsm/libsofthsm2.so")
TOKEN = "Polisens kort"
KEY = "underskrift"
DEMO_KEY = "johan"
PIN = "123456"
PASSPHRASE = "rätt lösenfras"


@dataclass
class Pkcs12Signer:
    path: Path
    passphrase_file: Path
    ca: Ca
    ca_file: Path


@dataclass
class Token:
    library: Path
    label: str
    key_label: str
    pin_file: Path


def cli(*args: str) -> int:
    from samverka.cli import main

    return main(list(args))


def pdfsig(path: Path) -> str:
    if not shutil.which("pdfsig"):
        pytest.skip("poppler-utils (pdfsig) is needed")
    result = subprocess.run(["pdfsig", str(path)], capture_output=True, text=True)
    return result.stdout


def sign_both(agreement: Path, p12_signer: Pkcs12Signer, token: Token, png: Path, tmp_path: Path) -> Path:
    """Sign sig_kommun with the PKCS#12 file, then sig_polis with the token, through the command line."""
    first = tmp_path / "signerad-1.pdf"
    second = tmp_path / "signerad-2.pdf"
    assert cli(
        "sign", str(agreement), "--field", "sig_kommun", "--p12", str(p12_signer.path),
        "--passphrase-file", str(p12_signer.passphrase_file), "--signer-name", "Anna Åkesson",
        "--signer-title", "Kommundirektör", "--organisation", "Lunds kommun", "--image", str(png), "-o", str(first),
    ) == 0
    assert cli(
        "sign", str(first), "--field", "sig_polis", "--pkcs11-lib", str(token.library), "--token-label", token.label,
        "--key-label", token.key_label, "--pin-file", str(token.pin_file), "--signer-name", "محمد علي",
        "--signer-title", "Lokalpolisområdeschef", "--organisation", "Polisen, LPO Lund", "--image", str(png),
        "-o", str(second),
    ) == 0
    return second


def pdfsig_flags(path: Path) -> bool:
    """True when pdfsig does not call every signature valid over the whole document."""
    result = subprocess.run(["pdfsig", str(path)], capture_output=True, text=True)
    blocks = [block for block in result.stdout.split("Signature #")[1:] if "is not signed" not in block]
    if result.returncode != 0 or not blocks:
        return True
    return not all("Signature is Valid." in block for block in blocks) or "Total document signed" not in blocks[-1]
