"""The signature pad, the sign dialog and the verification view, as real widgets (offscreen)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QImage
from signing_helpers import Pkcs12Signer
from signing_pdfs import prepared_agreement

from samverka.core import crud
from samverka.core import signing_service as svc
from samverka.models.db import Database
from samverka.ui.context import make_context
from samverka.ui.signing.sign_dialog import APP, P12, PAPER, SignDialog
from samverka.ui.signing.signature_pad import SignaturePad
from samverka.ui.signing.verify_view import VerifyView


def test_pad_draws_clears_and_exports_transparent_png(qtbot) -> None:  # type: ignore[no-untyped-def]
    pad = SignaturePad()
    qtbot.addWidget(pad)
    pad.resize(480, 160)
    pad.show()
    qtbot.waitExposed(pad)
    assert pad.is_empty() and pad.to_png() is None
    with qtbot.waitSignal(pad.changed):
        qtbot.mousePress(pad, Qt.MouseButton.LeftButton, pos=QPoint(40, 100))
        for x in range(50, 400, 25):
            qtbot.mouseMove(pad, QPoint(x, 60 + (x % 50)))
        qtbot.mouseRelease(pad, Qt.MouseButton.LeftButton, pos=QPoint(420, 80))
    assert not pad.is_empty()
    png = pad.to_png()
    assert png is not None and png.startswith(b"\x89PNG")
    image = QImage.fromData(png)
    assert image.hasAlphaChannel()
    assert image.pixelColor(0, 0).alpha() == 0, "the background is transparent"
    assert any(image.pixelColor(x, y).alpha() > 200 for x in range(image.width()) for y in range(0, image.height(), 3))
    with qtbot.waitSignal(pad.changed):
        pad.clear()
    assert pad.is_empty()


@pytest.fixture
def locked(db: Database) -> int:
    agreement_id, _ = crud.create(db, "agreement", {
        "title": "Avtal", "document_id": "SAMV-UI-1", "status": "låst", "content_json": "{}",
        "content_hash": "x", "pdf": prepared_agreement(),
    })
    crud.create(db, "signatory", {"agreement_id": agreement_id, "name": "Anna Åkesson", "title": "Kommundirektör",
                                  "organisation": "Lunds kommun", "field_name": "sig_kommun", "sort_order": 0})
    crud.create(db, "signatory", {"agreement_id": agreement_id, "name": "محمد علي", "title": "LPO-chef",
                                  "organisation": "Polisen", "field_name": "sig_polis", "sort_order": 1})
    return agreement_id


def test_sign_dialog_signs_in_turn_and_verify_view_lists(  # type: ignore[no-untyped-def]
    qtbot, db: Database, locked: int, p12_signer: Pkcs12Signer, tmp_path: Path
) -> None:
    ctx = make_context(db)
    dialog = SignDialog(ctx, locked)
    qtbot.addWidget(dialog)
    dialog.show()
    assert "signerad av 0 av 2" in dialog.status.text()
    assert dialog.signatory.count() == 2
    # A wrong passphrase is shown in the dialog and nothing is stored.
    dialog.methods.button(P12).click()
    dialog.p12_path.setText(str(p12_signer.path))
    dialog.passphrase.setText("fel")
    dialog.sign_button.click()
    assert "Fel lösenfras" in dialog.error.text() and dialog.isVisible()
    assert str(svc.signing_status(db, locked).text) == "signerad av 0 av 2"
    # The right one signs; the drawn signature goes into the appearance.
    dialog.passphrase.setText(p12_signer.passphrase_file.read_text().strip())
    dialog.pad.resize(480, 160)
    dialog.pad.add_stroke([QPointF(20, 100), QPointF(80, 40), QPointF(140, 110), QPointF(260, 50)])
    with qtbot.waitSignal(ctx.bus.changed):
        dialog.sign_button.click()
    assert dialog.result() == SignDialog.DialogCode.Accepted
    assert str(svc.signing_status(db, locked).text) == "signerad av 1 av 2"

    second = SignDialog(ctx, locked)
    qtbot.addWidget(second)
    second.show()
    assert second.signatory.count() == 1 and "محمد علي" in second.signatory.currentText()
    assert second.signatory.currentText().endswith("LPO-chef, Polisen")
    second.methods.button(APP).click()
    assert second.app_warning.isVisible() and "inte vem som skrev under" in second.app_warning.text()
    second.grab().save(str(tmp_path / "dialog.png"))
    second.sign_button.click()
    status = svc.signing_status(db, locked)
    assert status.complete and crud.get(db, "agreement", locked).status == "undertecknad"

    view = VerifyView(ctx)
    qtbot.addWidget(view)
    view.resize(1100, 300)
    view.show_agreement(locked)
    assert view.report is not None and view.report.ok
    assert view.tree.topLevelItemCount() == 2
    second_row = view.tree.topLevelItem(1)
    assert second_row.text(0) == "2. sig_polis" and "محمد علي" in second_row.text(1) and "håller" in second_row.text(1)
    facts = {second_row.child(i).text(0): second_row.child(i).text(1) for i in range(second_row.childCount())}
    assert "inte vem som skrev under" in facts["Självskapat certifikat"] and facts["Täcker"] == "hela filen"
    assert "Alla underskrifter håller" in view.summary.text()
    assert "Identiteten har inte kontrollerats" in view.summary.text()
    assert facts["Fältet är till för"] == "\u2068محمد علي\u2069"
    view.grab().save(str(tmp_path / "verify.png"))
    out = tmp_path / "sparad.pdf"
    view.save_to(out)
    assert out.read_bytes() == svc.current_pdf(db, locked) and (out.stat().st_mode & 0o777) == 0o600


def test_paper_signing_and_tampered_pdf_in_view(qtbot, db: Database, locked: int) -> None:  # type: ignore[no-untyped-def]
    ctx = make_context(db)
    dialog = SignDialog(ctx, locked)
    qtbot.addWidget(dialog)
    dialog.methods.button(PAPER).click()
    assert dialog.pad.isHidden() and dialog.sign_button.text() == "Registrera"
    dialog.sign_button.click()
    assert str(svc.signing_status(db, locked).text) == "signerad av 1 av 2"
    assert crud.list_rows(db, "signature", agreement_id=locked)[0].method == "våt"

    view = VerifyView()
    qtbot.addWidget(view)
    view.show_pdf(b"%PDF-1.7 broken")
    assert view.report is not None and not view.report.readable and not view.report.ok
    assert "går inte att läsa" in view.summary.text()
    view.show_pdf(prepared_agreement())
    assert "Inte underskriven" in view.summary.text()


def test_trust_list_counts_in_the_app(  # type: ignore[no-untyped-def]
    qtbot, db: Database, locked: int, p12_signer: Pkcs12Signer, tmp_path: Path
) -> None:
    from samverka.core import trust_service
    from samverka.export.signing.sign import sign_pdf
    from samverka.export.signing.signers import P12Source
    from samverka.ui.signing.trust_dialog import TrustListDialog

    ctx = make_context(db)
    pdf = svc.current_pdf(db, locked)
    assert pdf is not None
    result = sign_pdf(pdf, "sig_kommun", P12Source(p12_signer.path, p12_signer.passphrase_file.read_text().strip()))
    person = svc.signing_status(db, locked).signatories[0]
    svc.record_digital_signature(db, locked, person.id, signed_pdf=result.pdf, method=result.method,
                                 signer_name=result.signer_name, fingerprint=result.fingerprint, self_signed=False)
    view = VerifyView(ctx)
    qtbot.addWidget(view)
    view.show_agreement(locked)
    assert view.report is not None and view.report.ok and not view.report.trust_given

    dialog = TrustListDialog(ctx)
    qtbot.addWidget(dialog)
    not_a_cert = tmp_path / "inte.pem"
    not_a_cert.write_text("hej")
    dialog.add_file(not_a_cert)
    assert "inget certifikat" in dialog.error.text() and dialog.list.count() == 0
    with qtbot.waitSignal(ctx.bus.changed):
        dialog.add_file(p12_signer.ca_file)
    assert dialog.list.count() == 1 and "Testmyndighetens utfärdare" in dialog.list.item(0).text()
    dialog.add_file(p12_signer.ca_file)
    assert "redan" in dialog.error.text()
    # The view listens to the bus: the signature is now checked against the list, and trusted.
    assert view.report is not None and view.report.trust_given and view.report.ok
    assert view.report.signatures[0].trusted
    dialog.grab().save(str(tmp_path / "trust.png"))

    # A rogue issuer with the same name is not trusted.
    from signing_certs import issue, make_ca, p12

    rogue = make_ca()
    key, cert = issue(rogue, "محمد علي")
    (tmp_path / "rogue.p12").write_bytes(p12(key, cert, rogue, b"x"))
    second = sign_pdf(result.pdf, "sig_polis", P12Source(tmp_path / "rogue.p12", "x"))
    other = svc.signing_status(db, locked).signatories[1]
    svc.record_digital_signature(db, locked, other.id, signed_pdf=second.pdf, method=second.method,
                                 signer_name=second.signer_name, fingerprint=second.fingerprint, self_signed=False)
    view.show_agreement(locked)
    assert view.report is not None and not view.report.ok
    assert [p.code for p in view.report.signatures[1].problems] == ["untrusted"]
    assert "inte betrott" in view.summary.text()

    dialog.list.setCurrentRow(0)
    dialog.remove_selected()
    assert dialog.list.count() == 0 and trust_service.trusted_certificates(db) == []


def test_another_signer_needs_confirmation(  # type: ignore[no-untyped-def]
    qtbot, db: Database, locked: int, ca, tmp_path: Path
) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox
    from signing_certs import issue, p12

    key, cert = issue(ca, "Eva Ersättare")
    (tmp_path / "eva.p12").write_bytes(p12(key, cert, ca, b"x"))
    ctx = make_context(db)
    dialog = SignDialog(ctx, locked)
    qtbot.addWidget(dialog)
    dialog.methods.button(P12).click()
    dialog.p12_path.setText(str(tmp_path / "eva.p12"))
    dialog.passphrase.setText("x")

    def answer(button: QMessageBox.StandardButton) -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox) and "Eva Ersättare" in box.text() and "Anna Åkesson" in box.text()
        box.button(button).click()

    QTimer.singleShot(0, lambda: answer(QMessageBox.StandardButton.No))
    dialog.sign_button.click()
    assert "Inte underskrivet" in dialog.error.text()
    assert str(svc.signing_status(db, locked).text) == "signerad av 0 av 2"
    QTimer.singleShot(0, lambda: answer(QMessageBox.StandardButton.Yes))
    dialog.sign_button.click()
    assert str(svc.signing_status(db, locked).text) == "signerad av 1 av 2"
    assert crud.list_rows(db, "signature", agreement_id=locked)[0].other_signer_accepted
    report = svc.verify_agreement(db, locked)
    assert report is not None and report.ok, report.problems
    check = report.signatures[0]
    assert check.expected_signer == "Anna Åkesson" and check.signer_name == "Eva Ersättare"
    assert not check.signer_matches
