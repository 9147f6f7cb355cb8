"""What verify says beyond the attack corpus: unsigned files, damaged extra fields, trust, the right person, and no
traceback for any mutation of a signed file."""

from __future__ import annotations

import io
import json
import random
from pathlib import Path

import pytest
from attacks import Corpus, damaged_extra_field, swa_copied_dict, wrong_person
from signing_helpers import cli

from samverka.errors import KnownError
from samverka.export.signing.certificates import fingerprint
from samverka.export.signing.sign import OtherSignerError, sign_pdf
from samverka.export.signing.signers import P12Source
from samverka.export.signing.verify import load_trust_certificates, verify_pdf


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_an_unsigned_agreement_says_not_signed(corpus: Corpus, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    path = _write(tmp_path, "avtal.pdf", corpus.prepared)
    assert cli("verify", str(path)) == 1
    out = capsys.readouterr().out
    assert "inte underskriven" in out and "har ändrats" not in out
    assert cli("--lang", "en", "verify", str(path), "--json") == 1
    result = json.loads(capsys.readouterr().out)
    assert not result["ok"] and not result["signed"] and result["reasons"][0]["code"] == "not_signed"
    assert result["unsigned_fields"] == ["sig_kommun", "sig_polis"]


def test_a_damaged_extra_field_does_not_hide_the_good_signatures(corpus: Corpus) -> None:
    report = verify_pdf(damaged_extra_field(corpus))
    assert not report.ok
    by_field = {check.field_name: check for check in report.signatures}
    assert set(by_field) == {"sig_kommun", "sig_polis", "sig_tredje"}
    assert by_field["sig_kommun"].signer_name == "Anna Åkesson" and by_field["sig_kommun"].intact
    assert by_field["sig_polis"].signer_name == "محمد علي" and by_field["sig_polis"].intact
    assert {p.code for p in by_field["sig_tredje"].problems} >= {"byterange_missing"}


def test_signature_wrapping_fools_the_library_but_not_verify(corpus: Corpus) -> None:
    """The forged file of issue 13: pyHanko alone calls it intact, trusted and covering the whole file."""
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext

    forged = swa_copied_dict(corpus)
    sig = PdfFileReader(io.BytesIO(forged), strict=False).embedded_regular_signatures[0]
    status = validate_pdf_signature(sig, ValidationContext(trust_roots=load_trust_certificates([corpus.ca_pem])))
    assert status.intact and status.valid and status.trusted
    assert status.coverage.name == "ENTIRE_FILE" and status.modification_level.name == "NONE"
    report = verify_pdf(forged, [corpus.ca_pem])
    assert not report.ok
    assert {"structure", "gap"} <= {problem.code for problem in report.problems}


def test_trust_counts(corpus: Corpus, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    from signing_certs import make_ca

    path = _write(tmp_path, "två.pdf", corpus.signed2)
    assert cli("verify", str(path), "--json") == 0
    result = json.loads(capsys.readouterr().out)
    assert result["ok"] and not result["identity_checked"] and "Identity was not checked" in result["note"]
    other = _write(tmp_path, "annan.pem", make_ca().pem)
    assert cli("verify", str(path), "--trust", str(other), "--json") == 1
    result = json.loads(capsys.readouterr().out)
    assert not result["ok"] and result["identity_checked"]
    assert all(sig["reasons"][0]["code"] == "untrusted" for sig in result["signatures"])
    assert cli("verify", str(path), "--trust", str(other)) == 1
    assert "inte betrott" in capsys.readouterr().out


def test_the_field_belongs_to_one_signatory(corpus: Corpus, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(OtherSignerError) as refused:
        sign_pdf(corpus.prepared, "sig_kommun", P12Source(*corpus.eve))
    assert refused.value.expected == "Anna Åkesson" and refused.value.actual == "Eve Svensson"
    assert "--accept-other-signer" in str(refused.value)
    source = _write(tmp_path, "avtal.pdf", corpus.prepared)
    out = tmp_path / "ut.pdf"
    secret = _write(tmp_path, "pass.txt", corpus.eve[1].encode())
    args = ("sign", str(source), "--field", "sig_kommun", "--p12", str(corpus.eve[0]), "--passphrase-file", str(secret),
            "-o", str(out))
    assert cli(*args) == 1 and not out.exists()
    refusal = capsys.readouterr().err
    assert "Certifikatet tillhör Eve Svensson, men fältet sig_kommun är till för Anna Åkesson" in refusal
    assert cli(*args, "--accept-other-signer") == 0
    assert "fältet är till för Anna Åkesson" in capsys.readouterr().out
    assert cli("verify", str(out)) == 1
    text = capsys.readouterr().out
    assert "Eve Svensson" in text and "(fältet är till för: Anna Åkesson)" in text
    assert "undertecknad av Eve Svensson, men fältet är till för Anna Åkesson" in text
    # The collaboration can record that the facilitator accepted this signer: then it holds there.
    signed = out.read_bytes()
    eve = verify_pdf(signed).signatures[0]
    assert verify_pdf(signed, accepted_signers={"sig_kommun": eve.fingerprint}).ok
    assert not verify_pdf(signed, accepted_signers={"sig_kommun": fingerprint(b"other")}).ok


def test_the_drawn_name_is_the_certificate_holders(corpus: Corpus) -> None:
    from samverka.export.signing.appearance import Appearance

    result = sign_pdf(corpus.prepared, "sig_kommun", P12Source(*corpus.eve), Appearance("Anna Åkesson"),
                      accept_other_signer=True)
    assert result.signer_name == "Eve Svensson" and result.other_signer_accepted
    assert verify_pdf(wrong_person(corpus)).signatures[0].expected_signer == "Anna Åkesson"


@pytest.mark.slow
def test_no_mutation_of_a_signed_file_gives_a_traceback(corpus: Corpus) -> None:
    """Random byte changes, insertions and truncations: verify always reports, and holds only when the change
    lies inside a signature's unsigned /Contents gap."""
    from pyhanko.pdf_utils.reader import PdfFileReader

    original = corpus.signed2
    gaps = []
    for sig in PdfFileReader(io.BytesIO(original), strict=False).embedded_regular_signatures:
        _, a, b, _ = (int(v) for v in sig.byte_range)
        gaps.append((a, b))
    rng = random.Random(13)
    for _ in range(150):
        data = bytearray(original)
        position = rng.randrange(len(data))
        action = rng.choice(("flip", "insert", "truncate"))
        if action == "flip":
            data[position] ^= 1 << rng.randrange(8)
        elif action == "insert":
            data[position:position] = bytes([rng.randrange(256)])
        else:
            del data[position:]
        try:
            report = verify_pdf(bytes(data))
        except KnownError as exc:  # pragma: no cover - verify reports instead of raising
            pytest.fail(f"{action} at {position}: raised {exc}")
        if report.ok:
            assert action == "flip" and any(a < position < b - 1 for a, b in gaps), (action, position)
