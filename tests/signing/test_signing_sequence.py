"""Two signatories sign in turn (PKCS#12 file, then a SoftHSM2 token); poppler's pdfsig and samverka verify agree."""

from __future__ import annotations

import json
import stat
import subprocess
from pathlib import Path

import pytest
from signing_helpers import Pkcs12Signer, Token, cli, pdfsig, sign_both

from samverka.export.signing.verify import verify_pdf


def test_two_signatories_in_sequence_pass_pdfsig_and_verify(
    agreement: Path, p12_signer: Pkcs12Signer, token: Token, signature_png: Path, tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    signed = sign_both(agreement, p12_signer, token, signature_png, tmp_path)
    assert stat.S_IMODE(signed.stat().st_mode) == 0o600
    assert "Signerad av 2 av 2" in capsys.readouterr().out

    report = pdfsig(signed)
    blocks = report.split("Signature #")[1:]
    assert len(blocks) == 2
    assert all("Signature is Valid." in block for block in blocks)
    assert "Signature Field Name: sig_kommun" in blocks[0] and "Not total document signed" in blocks[0]
    assert "Signature Field Name: sig_polis" in blocks[1] and "Total document signed" in blocks[1]
    assert "ETSI.CAdES.detached" in blocks[1] and "SHA-256" in blocks[1]

    assert cli("verify", str(signed), "--trust", str(p12_signer.ca_file), "--json") == 0
    result = json.loads(capsys.readouterr().out)
    assert result["ok"] and result["unchanged_since_last_signature"]
    first, second = result["signatures"]
    assert first["certifies_document"] and not second["certifies_document"]
    assert first["modifications_after"] == "signing" and second["modifications_after"] == "none"
    assert first["coverage"] == "entire_revision" and second["coverage"] == "entire_file"
    assert first["trusted"] and second["trusted"] and not first["self_signed"]
    assert second["signer"] == "محمد علي"
    assert len(second["certificate_sha256"].split(":")) == 32

    assert cli("verify", str(signed)) == 0
    text = capsys.readouterr().out
    assert "Anna Åkesson" in text and "inte kontrollerat (ange --trust)" in text
    assert "Identiteten har inte kontrollerats" in text and "Resultat: alla underskrifter håller" in text


def test_the_first_signature_certifies_and_the_earlier_stays_valid(
    agreement: Path, p12_signer: Pkcs12Signer, token: Token, signature_png: Path, tmp_path: Path
) -> None:
    signed = sign_both(agreement, p12_signer, token, signature_png, tmp_path)
    first = (tmp_path / "signerad-1.pdf").read_bytes()
    assert signed.read_bytes().startswith(first), "the second signature must be an incremental update"
    assert b"/DocMDP" in first and b"/P 2" in first
    checks = verify_pdf(signed.read_bytes(), [p12_signer.ca_file.read_bytes()]).signatures
    assert [c.field_name for c in checks] == ["sig_kommun", "sig_polis"]
    assert all(c.intact and c.valid and c.trusted for c in checks)


def test_signature_page_shows_names_in_every_script(
    agreement: Path, p12_signer: Pkcs12Signer, token: Token, signature_png: Path, tmp_path: Path
) -> None:
    signed = sign_both(agreement, p12_signer, token, signature_png, tmp_path)
    fonts = subprocess.run(["pdffonts", str(signed)], capture_output=True, text=True, check=True).stdout
    assert "Courier" not in fonts
    subprocess.run(["pdftoppm", "-r", "60", "-png", "-f", "2", "-l", "2", str(signed), str(tmp_path / "p")],
                   check=True)
    assert (tmp_path / "p-2.png").stat().st_size > 5000


def test_self_signed_certificate_is_labelled_and_stored_private(
    agreement: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "ut.pdf"
    assert cli("sign", str(agreement), "--field", "sig_kommun", "--self-signed", "--signer-name", "Anna Åkesson",
               "--organisation", "Lunds kommun", "-o", str(out)) == 0
    assert "inte vem som skrev under" in capsys.readouterr().out
    from samverka.paths import user_data_dir

    stored = list((user_data_dir() / "certificates").glob("*.p12"))
    assert len(stored) == 1 and stat.S_IMODE(stored[0].stat().st_mode) == 0o600
    assert cli("verify", str(out), "--json") == 0
    sig = json.loads(capsys.readouterr().out)["signatures"][0]
    assert sig["self_signed"] and not sig["trusted"] and "not who signed" in sig["note"]
    assert "Signature is Valid." in pdfsig(out)
    # The same signatory gets the same certificate the next time.
    again = tmp_path / "igen.pdf"
    assert cli("sign", str(agreement), "--field", "sig_kommun", "--self-signed", "--signer-name", "Anna Åkesson",
               "--organisation", "Lunds kommun", "-o", str(again)) == 0
    assert len(list((user_data_dir() / "certificates").glob("*.p12"))) == 1
