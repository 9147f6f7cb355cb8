"""The attack corpus: every forgery fails `samverka verify` with the right reason; pdfsig agrees where it can tell."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from attacks import ATTACKS, Attack, Corpus, shadow_document
from signing_helpers import cli, pdfsig, pdfsig_flags

from samverka.errors import KnownError
from samverka.export.signing.sign import sign_pdf
from samverka.export.signing.signers import P12Source


def test_genuine_documents_hold(corpus: Corpus, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    trust = tmp_path / "ca.pem"
    trust.write_bytes(corpus.ca_pem)
    for name, pdf in (("en", corpus.signed1), ("två", corpus.signed2)):
        path = tmp_path / f"{name}.pdf"
        path.write_bytes(pdf)
        assert cli("verify", str(path), "--trust", str(trust)) == 0, capsys.readouterr().out
        assert not pdfsig_flags(path) and "Signature is Valid." in pdfsig(path)


@pytest.mark.parametrize("attack", ATTACKS, ids=[attack.ident for attack in ATTACKS])
def test_forgery_fails_verify_with_its_reason(
    attack: Attack, corpus: Corpus, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "förfalskad.pdf"
    path.write_bytes(attack.build(corpus))
    trust = tmp_path / "ca.pem"
    trust.write_bytes(corpus.ca_pem)
    extra = ("--trust", str(trust)) if attack.trust else ()
    assert cli("verify", str(path), "--json", *extra) == 1
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err
    result = json.loads(captured.out)
    assert not result["ok"]
    codes = {reason["code"] for reason in result["reasons"]}
    codes |= {reason["code"] for sig in result["signatures"] for reason in sig["reasons"]}
    assert codes & attack.reasons, f"{attack.ident}: got {sorted(codes)}, want one of {sorted(attack.reasons)}"
    # The plain report names the reason on one line and ends with the verdict.
    assert cli("verify", str(path), *extra) == 1
    text = capsys.readouterr()
    assert "Traceback" not in text.err and not text.err
    assert "HÅLLER INTE" in text.out or "kan inte kontrolleras" in text.out
    if attack.pdfsig_flags:
        assert pdfsig_flags(path), f"pdfsig no longer flags {attack.ident}"


@pytest.mark.parametrize("attack", [a for a in ATTACKS if a.refused_at_signing],
                         ids=[a.ident for a in ATTACKS if a.refused_at_signing])
def test_shadow_documents_are_refused_at_signing(attack: Attack, corpus: Corpus) -> None:
    shadow = shadow_document(attack.refused_at_signing)(corpus)
    with pytest.raises(KnownError, match="Skriv inte under"):
        sign_pdf(shadow, "sig_kommun", P12Source(*corpus.anna))
