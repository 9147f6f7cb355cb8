"""Lending the scan's parsed objects to pyHanko's reader (shared_objects) changes no verdict: every document of the
attack corpus, and the genuine ones, get the same report with and without it; and it does lend on a genuine file."""

from __future__ import annotations

import io

import pytest
from attacks import ATTACKS, Attack, Corpus
from pyhanko.pdf_utils.reader import PdfFileReader

from samverka.export.signing import verify
from samverka.export.signing.integrity import analyse_with_layout
from samverka.export.signing.shared_objects import lend_objects


def _both_ways(pdf: bytes, trusted: tuple[bytes, ...], monkeypatch: pytest.MonkeyPatch) -> tuple[str, bool]:
    """Whether the reports agree (compared as their full text: a Text compares by identity), and the verdict."""
    lent = verify.verify_pdf(pdf, trusted)
    with monkeypatch.context() as patch:
        patch.setattr(verify, "_lend", lambda reader, layout: None)
        own = verify.verify_pdf(pdf, trusted)
    assert repr(lent) == repr(own)
    return repr(own), own.ok


def test_a_genuine_file_is_read_once(corpus: Corpus, monkeypatch: pytest.MonkeyPatch) -> None:
    report, layout = analyse_with_layout(corpus.signed2)
    assert report.structure_ok and layout is not None
    reader = PdfFileReader(io.BytesIO(corpus.signed2), strict=False)
    latest = set().union(*(revision.bodies for revision in layout.revisions))  # each object's latest definition
    assert lend_objects(reader, layout) >= 0.8 * len(latest)
    for pdf in (corpus.signed1, corpus.signed2):
        _, ok = _both_ways(pdf, (corpus.ca_pem,), monkeypatch)
        assert ok


@pytest.mark.parametrize("attack", ATTACKS, ids=[attack.ident for attack in ATTACKS])
def test_every_forgery_gets_the_same_report(attack: Attack, corpus: Corpus, monkeypatch: pytest.MonkeyPatch) -> None:
    pdf = attack.build(corpus)
    _, ok = _both_ways(pdf, (corpus.ca_pem,) if attack.trust else (), monkeypatch)
    assert not ok


def test_an_unacceptable_structure_lends_nothing(corpus: Corpus) -> None:
    damaged = corpus.signed2 + b"% trailing bytes after the last %%EOF\n"
    report, layout = analyse_with_layout(damaged)
    assert not report.structure_ok and layout is None
