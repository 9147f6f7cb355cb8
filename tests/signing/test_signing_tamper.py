"""Tampering after signing is caught by samverka verify and by poppler's pdfsig."""

from __future__ import annotations

import io
import subprocess
from pathlib import Path

import pytest
from signing_helpers import Pkcs12Signer, Token, cli, pdfsig, sign_both

from samverka.export.signing.verify import verify_pdf


@pytest.fixture
def signed(agreement: Path, p12_signer: Pkcs12Signer, token: Token, signature_png: Path, tmp_path: Path) -> Path:
    return sign_both(agreement, p12_signer, token, signature_png, tmp_path)


def _flip_byte(pdf: bytes) -> bytes:
    """Flip one bit inside the signed range of both signatures (in the first page's content)."""
    data = bytearray(pdf)
    position = pdf.index(b"stream", 2000) + 40
    data[position] ^= 0x01
    return bytes(data)


def _append_page(pdf: bytes) -> bytes:
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    writer = IncrementalPdfFileWriter(io.BytesIO(pdf))
    content = writer.add_object(generic.StreamObject(stream_data=b"BT /F1 24 Tf 72 700 Td (Bilaga X) Tj ET"))
    size = [generic.NumberObject(v) for v in (0, 0, 595, 842)]
    writer.insert_page(generic.DictionaryObject({
        generic.pdf_name("/Type"): generic.pdf_name("/Page"), generic.pdf_name("/MediaBox"): generic.ArrayObject(size),
        generic.pdf_name("/Contents"): content, generic.pdf_name("/Resources"): generic.DictionaryObject(),
    }))
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _change_text(pdf: bytes) -> bytes:
    """Replace the agreement text on page 1 in a later incremental update (what an editor would do)."""
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    writer = IncrementalPdfFileWriter(io.BytesIO(pdf))
    ref, _ = writer.find_page_for_modification(0)
    page = ref.get_object()
    text = b"BT /F1 12 Tf 72 740 Td (Inga lofter) Tj ET"
    page["/Contents"] = writer.add_object(generic.StreamObject(stream_data=text))
    writer.update_container(page)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


@pytest.mark.parametrize("tamper", [_flip_byte, _append_page, _change_text], ids=["flipped-byte", "appended-page",
                                                                               "changed-text"])
def test_tampering_is_detected(signed: Path, tmp_path: Path, tamper, capsys: pytest.CaptureFixture[str]) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "ändrad.pdf"
    bad.write_bytes(tamper(signed.read_bytes()))

    assert cli("verify", str(bad)) == 1
    assert "HÅLLER INTE" in capsys.readouterr().out
    report = verify_pdf(bad.read_bytes())
    assert not report.ok

    poppler = pdfsig(bad)
    blocks = poppler.split("Signature #")[1:]
    assert len(blocks) == 2
    last = blocks[-1]
    # pdfsig reports a broken digest, or that the last signature no longer covers the whole file.
    assert "Digest Mismatch" in last or "Not total document signed" in last
    if tamper is _flip_byte:
        assert not any(check.intact for check in report.signatures)
    else:
        assert all(check.intact for check in report.signatures)
        assert all(check.modification == "other" and not check.changes_allowed for check in report.signatures)


def test_a_rewritten_file_is_detected(signed: Path, tmp_path: Path) -> None:
    """qpdf rewrites the file (new offsets): the signed byte ranges no longer match."""
    rewritten = tmp_path / "omskriven.pdf"
    result = subprocess.run(["qpdf", str(signed), str(rewritten)], capture_output=True)
    if result.returncode not in (0, 3):
        pytest.skip("qpdf is not available")
    assert cli("verify", str(rewritten)) == 1
    assert "Signature is Valid." not in pdfsig(rewritten) or "Not total document signed" in pdfsig(rewritten)


def test_a_tampered_file_is_not_signed_further(signed: Path, tmp_path: Path) -> None:
    """A third party cannot sign on top of a changed file (here: one signature, then a changed text)."""
    from samverka.errors import KnownError
    from samverka.export.signing.sign import sign_pdf
    from samverka.export.signing.signers import SelfSignedSource

    first = (tmp_path / "signerad-1.pdf").read_bytes()
    with pytest.raises(KnownError, match="Skriv inte under: en sida ändrades efter underskriften"):
        sign_pdf(_change_text(first), "sig_polis", SelfSignedSource("محمد علي", directory=tmp_path))
