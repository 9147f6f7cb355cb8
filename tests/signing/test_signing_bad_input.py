"""Every input the user can get wrong gives a clear message, and no file is written or changed."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from signing_certs import Ca, issue, p12
from signing_helpers import PASSPHRASE, Pkcs12Signer, Token, cli

from samverka.errors import KnownError
from samverka.export.signing.sign import sign_pdf
from samverka.export.signing.signers import P12Source, Pkcs11Source


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _refused(capsys: pytest.CaptureFixture[str], agreement: Path, out: Path, *args: str) -> str:
    before = _digest(agreement)
    assert cli("sign", str(agreement), *args, "-o", str(out)) == 1
    assert not out.exists(), "no output file may be written"
    assert _digest(agreement) == before, "the input must not change"
    assert not list(out.parent.glob(".*.tmp"))
    return capsys.readouterr().err


def _p12_args(signer: Pkcs12Signer, field: str = "sig_kommun") -> tuple[str, ...]:
    return ("--field", field, "--p12", str(signer.path), "--passphrase-file", str(signer.passphrase_file))


def test_wrong_passphrase(agreement: Path, p12_signer: Pkcs12Signer, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    wrong = tmp_path / "fel.txt"
    wrong.write_text("fel lösenfras\n")
    err = _refused(capsys, agreement, tmp_path / "ut.pdf", "--field", "sig_kommun", "--p12", str(p12_signer.path),
                   "--passphrase-file", str(wrong))
    assert "Fel lösenfras" in err


def _cert_file(ca: Ca, tmp_path: Path, **options: object) -> tuple[Path, Path]:
    key, cert = issue(ca, "Bertil Berg", **options)  # type: ignore[arg-type]
    path = tmp_path / "cert.p12"
    path.write_bytes(p12(key, cert, ca, PASSPHRASE.encode()))
    secret = tmp_path / "pass.txt"
    secret.write_text(PASSPHRASE)
    return path, secret


def test_expired_certificate(agreement: Path, ca: Ca, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    path, secret = _cert_file(ca, tmp_path, expired=True)
    err = _refused(capsys, agreement, tmp_path / "ut.pdf", "--field", "sig_kommun", "--p12", str(path),
                   "--passphrase-file", str(secret))
    assert "gick ut" in err


def test_certificate_without_signing_key_usage(agreement: Path, ca: Ca, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    path, secret = _cert_file(ca, tmp_path, signing_usage=False)
    err = _refused(capsys, agreement, tmp_path / "ut.pdf", "--field", "sig_kommun", "--p12", str(path),
                   "--passphrase-file", str(secret))
    assert "får inte användas för underskrifter" in err


def test_missing_library(agreement: Path, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    err = _refused(capsys, agreement, tmp_path / "ut.pdf", "--field", "sig_kommun", "--pkcs11-lib",
                   str(tmp_path / "finns-inte.so"), "--token-label", "X", "--key-label", "Y")
    assert "PKCS#11-biblioteket" in err and "finns inte" in err


def test_a_file_that_is_not_a_pkcs11_module(agreement: Path, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    fake = tmp_path / "fake.so"
    fake.write_bytes(b"not a shared library")
    err = _refused(capsys, agreement, tmp_path / "ut.pdf", "--field", "sig_kommun", "--pkcs11-lib", str(fake),
                   "--token-label", "X", "--key-label", "Y")
    assert "ingen PKCS#11-modul" in err


def test_missing_token(agreement: Path, token: Token, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    err = _refused(capsys, agreement, tmp_path / "ut.pdf", "--field", "sig_kommun", "--pkcs11-lib",
                   str(token.library), "--token-label", "Inget sådant kort", "--key-label", token.key_label,
                   "--pin-file", str(token.pin_file))
    assert "Hittar inget kort" in err


def test_wrong_pin_and_missing_key(agreement: Path, token: Token, tmp_path: Path) -> None:
    pdf = agreement.read_bytes()
    with pytest.raises(KnownError, match="Fel PIN"):
        sign_pdf(pdf, "sig_polis", Pkcs11Source(token.library, token.label, token.key_label, "000000"))
    with pytest.raises(KnownError, match="ingen nyckel"):
        sign_pdf(pdf, "sig_polis", Pkcs11Source(token.library, token.label, "saknas", "123456"))


def test_pdf_that_is_not_samverkas(p12_signer: Pkcs12Signer, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    from signing_pdfs import agreement_pdf

    plain = tmp_path / "annan.pdf"
    plain.write_bytes(agreement_pdf()[0])
    err = _refused(capsys, plain, tmp_path / "ut.pdf", *_p12_args(p12_signer))
    assert "inte en överenskommelse som Samverka" in err
    text = tmp_path / "text.pdf"
    text.write_bytes(b"not a pdf at all")
    assert "ingen läsbar PDF" in _refused(capsys, text, tmp_path / "ut.pdf", *_p12_args(p12_signer))


def test_already_signed_and_unknown_field(agreement: Path, p12_signer: Pkcs12Signer, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    once = tmp_path / "en.pdf"
    assert cli("sign", str(agreement), *_p12_args(p12_signer), "-o", str(once)) == 0
    capsys.readouterr()
    err = _refused(capsys, once, tmp_path / "två.pdf", *_p12_args(p12_signer))
    assert "redan underskrivet" in err
    err = _refused(capsys, agreement, tmp_path / "ut.pdf", *_p12_args(p12_signer, field="sig_nagon"))
    assert "inget underskriftsfält som heter" in err and "sig_kommun, sig_polis" in err


def test_bad_image_and_missing_files(agreement: Path, p12_signer: Pkcs12Signer, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    not_png = tmp_path / "bild.png"
    not_png.write_bytes(b"GIF89a nope")
    err = _refused(capsys, agreement, tmp_path / "ut.pdf", *_p12_args(p12_signer), "--image", str(not_png))
    assert "Underskriftsbilden" in err
    err = _refused(capsys, agreement, tmp_path / "ut.pdf", "--field", "sig_kommun", "--p12",
                   str(tmp_path / "saknas.p12"), "--passphrase-file", str(p12_signer.passphrase_file))
    assert "går inte att läsa" in err
    err = _refused(capsys, agreement, tmp_path / "ut.pdf", "--field", "sig_kommun", "--self-signed")
    assert "--signer-name" in err


def test_failed_signing_leaves_an_existing_output_untouched(
    agreement: Path, p12_signer: Pkcs12Signer, tmp_path: Path
) -> None:
    out = tmp_path / "ut.pdf"
    out.write_bytes(b"earlier content")
    wrong = tmp_path / "fel.txt"
    wrong.write_text("fel")
    assert cli("sign", str(agreement), "--field", "sig_kommun", "--p12", str(p12_signer.path),
               "--passphrase-file", str(wrong), "-o", str(out)) == 1
    assert out.read_bytes() == b"earlier content"
    with pytest.raises(KnownError):
        sign_pdf(agreement.read_bytes(), "sig_kommun", P12Source(p12_signer.path, None))
