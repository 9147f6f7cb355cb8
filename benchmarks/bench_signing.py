"""Signing and verification timings: `run(quick)` returns (name, median seconds, unit, target).

Measured on the Lund demo agreement as the documents service locks it (rendered, then prepared for signing), and
on the small fixture agreement of the signing tests for comparison.
"""

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


def _p12(folder: Path, holder: str) -> Path:
    """A PKCS#12 with an RSA-2048 key, as organisations usually issue them."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.hazmat.primitives.serialization import pkcs12
    from cryptography.x509.oid import NameOID

    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, holder)])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
        .serial_number(x509.random_serial_number()).not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=365))
        .add_extension(x509.KeyUsage(True, True, False, False, False, False, False, False, False), critical=True)
        .sign(key, hashes.SHA256())
    )
    path = folder / f"bench-{abs(hash(holder))}.p12"
    path.write_bytes(pkcs12.serialize_key_and_certificates(
        b"bench", key, cert, None, serialization.BestAvailableEncryption(b"bench")))
    return path


def _demo_agreement(folder: Path) -> tuple[bytes, list[tuple[str, str]]]:
    """The demo's locked agreement PDF and its (field, signatory) pairs."""
    import os

    os.environ.setdefault("SAMVERKA_DATA_DIR", str(folder))
    from samverka.core import crud
    from samverka.core import signing_service as svc
    from samverka.core.demo import build_demo

    db = build_demo(folder / "demo.samverka")
    try:
        locked = next(row for row in crud.list_rows(db, "agreement") if row.status == "låst" and row.pdf)
        status = svc.signing_status(db, locked.id)
        return locked.pdf, [(status.field_name(person.id), person.name) for person in status.signatories]
    finally:
        db.close()


def run(quick: bool) -> list[tuple[str, float, str, str]]:
    sys.path.insert(0, str(ROOT / "tests" / "signing"))
    from signing_pdfs import prepared_agreement  # type: ignore[import-not-found]

    from samverka.export.signing.appearance import Appearance
    from samverka.export.signing.sign import sign_pdf
    from samverka.export.signing.signers import P12Source, SelfSignedSource
    from samverka.export.signing.verify import verify_pdf

    repeats = 3 if quick else 9
    rows = []
    with tempfile.TemporaryDirectory() as folder:
        demo, people = _demo_agreement(Path(folder))
        for label, prepared, fields in (
            ("demo agreement", demo, people),
            ("fixture", prepared_agreement(), [("sig_kommun", "Anna Åkesson"), ("sig_polis", "محمد علي")]),
        ):
            (first_field, first_name), (second_field, second_name) = fields[:2]
            p12 = P12Source(_p12(Path(folder), first_name), "bench")
            app = SelfSignedSource(second_name, "Lokalpolisområdeschef", "Polisen", directory=Path(folder))
            look = Appearance(first_name, "Kommundirektör", "Lunds kommun")
            first = sign_pdf(prepared, first_field, p12, look).pdf
            both = sign_pdf(first, second_field, app).pdf
            sign_p12 = _median(lambda: sign_pdf(prepared, first_field, p12, look), repeats)  # noqa: B023
            sign_app = _median(lambda: sign_pdf(first, second_field, app), repeats)  # noqa: B023
            verify_two = _median(lambda: verify_pdf(both), repeats)  # noqa: B023
            rows += [
                (f"signing, {label}: sign 1st field (PKCS#12 RSA-2048, certifying)", sign_p12, "s", TARGET_SIGN),
                (f"signing, {label}: sign 2nd field (app-made EC P-256)", sign_app, "s", TARGET_SIGN),
                (f"signing, {label}: verify 2 signatures", verify_two, "s", TARGET_VERIFY),
            ]
    return rows


if __name__ == "__main__":
    for row in run(quick="--quick" in sys.argv):
        print(f"{row[0]:<66} {row[1]:.3f} {row[2]}  target {row[3]}")
