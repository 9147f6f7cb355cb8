"""Signing and verification timings: `run(quick)` returns (name, median seconds, unit, target)."""

from __future__ import annotations

import datetime as dt
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET_SIGN = "≤ 0.5 s"
TARGET_VERIFY = "≤ 0.2 s"


def _median(action: Callable[[], object], repeats: int) -> float:
    action()  # warm-up: imports, font registration
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def _p12(folder: Path) -> Path:
    """A PKCS#12 with an RSA-2048 key, as organisations usually issue them."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.hazmat.primitives.serialization import pkcs12
    from cryptography.x509.oid import NameOID

    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Anna Åkesson")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
        .serial_number(x509.random_serial_number()).not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=365))
        .add_extension(x509.KeyUsage(True, True, False, False, False, False, False, False, False), critical=True)
        .sign(key, hashes.SHA256())
    )
    path = folder / "bench.p12"
    path.write_bytes(pkcs12.serialize_key_and_certificates(
        b"bench", key, cert, None, serialization.BestAvailableEncryption(b"bench")))
    return path


def run(quick: bool) -> list[tuple[str, float, str, str]]:
    sys.path.insert(0, str(ROOT / "tests" / "signing"))
    from signing_pdfs import prepared_agreement  # type: ignore[import-not-found]

    from samverka.export.signing.appearance import Appearance
    from samverka.export.signing.sign import sign_pdf
    from samverka.export.signing.signers import P12Source, SelfSignedSource
    from samverka.export.signing.verify import verify_pdf

    repeats = 3 if quick else 9
    prepared = prepared_agreement()
    with tempfile.TemporaryDirectory() as folder:
        p12 = P12Source(_p12(Path(folder)), "bench")
        app = SelfSignedSource("محمد علي", "Lokalpolisområdeschef", "Polisen", directory=Path(folder))
        look = Appearance("Anna Åkesson", "Kommundirektör", "Lunds kommun")
        first = sign_pdf(prepared, "sig_kommun", p12, look).pdf
        both = sign_pdf(first, "sig_polis", app).pdf
        sign_p12 = _median(lambda: sign_pdf(prepared, "sig_kommun", p12, look), repeats)
        sign_app = _median(lambda: sign_pdf(first, "sig_polis", app), repeats)
        verify_two = _median(lambda: verify_pdf(both), repeats)
    return [
        ("signing: sign a field (PKCS#12, RSA-2048, certifying)", sign_p12, "s", TARGET_SIGN),
        ("signing: sign the 2nd field (app-made EC P-256)", sign_app, "s", TARGET_SIGN),
        ("signing: verify 2 signatures (diff analysis)", verify_two, "s", TARGET_VERIFY),
    ]


if __name__ == "__main__":
    for row in run(quick="--quick" in sys.argv):
        print(f"{row[0]:<58} {row[1]:.3f} {row[2]}  target {row[3]}")
