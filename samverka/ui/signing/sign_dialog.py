"""The sign dialog: choose the signatory and the method (PKCS#12 file, smart card, app-made certificate or paper),
draw the signature, sign. The signed PDF is stored in the collaboration."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from samverka.core import signing_service
from samverka.core.changes import Changes
from samverka.errors import KnownError
from samverka.ui.context import UiContext
from samverka.ui.signing.signature_pad import SignaturePad

# Where common smart-card middleware installs its PKCS#11 module; the first that exists is suggested.
_CARD_LIBRARIES = (
    "/usr/lib/x86_64-linux-gnu/opensc-pkcs11.so",
    "/usr/lib/opensc-pkcs11.so",
    "/usr/lib/libiidp11.so",
    "C:/Windows/System32/iidp11.dll",
    "C:/Windows/System32/opensc-pkcs11.dll",
    "/Library/OpenSC/lib/opensc-pkcs11.so",
)
P12, CARD, APP, PAPER = range(4)


def _error_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setProperty("role", "error")
    label.setStyleSheet("color: #a4001d;")
    label.setWordWrap(True)
    label.setContentsMargins(0, 2, 0, 0)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class SignDialog(QDialog):
    """One signatory signs the agreement's current PDF; `signed_changes` holds what was stored."""

    def __init__(self, ctx: UiContext, agreement_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.agreement_id = agreement_id
        self.signed_changes: Changes | None = None
        self.setWindowTitle(self.tr("Skriv under överenskommelsen"))
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setContentsMargins(0, 2, 0, 0)
        self.signatory = QComboBox(self)
        self.methods = QButtonGroup(self)
        self.method_p12 = QRadioButton(self.tr("Certifikatfil (.p12/.pfx)"), self)
        self.method_card = QRadioButton(self.tr("Kort eller e-legitimation i kortläsare (PKCS#11)"), self)
        self.method_app = QRadioButton(self.tr("Certifikat som Samverka skapar"), self)
        self.method_paper = QRadioButton(self.tr("Underskrift på papper (registrera)"), self)
        for index, button in enumerate((self.method_p12, self.method_card, self.method_app, self.method_paper)):
            self.methods.addButton(button, index)
        self.pages = QStackedWidget(self)
        self._build_pages()
        self.pad = SignaturePad(self)
        self.clear_pad = QPushButton(self.tr("Rensa"), self)
        self.pad_label = QLabel(self.tr("Rita din underskrift (valfritt, visas i överenskommelsen):"), self)
        self.error = _error_label(self)
        self.buttons = QDialogButtonBox(self)
        self.sign_button = self.buttons.addButton(self.tr("Skriv under"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.verify_button = self.buttons.addButton(self.tr("Kontrollera underskrifter…"),
                                                    QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self._layout()
        self._connect_signals()
        self.method_p12.setChecked(True)
        self._method_changed(P12)
        self.refresh()

    @classmethod
    def ask(cls, parent: QWidget | None, ctx: UiContext, agreement_id: int) -> bool:
        """Show the dialog; True when a signature was stored (the bus has been told)."""
        dialog = cls(ctx, agreement_id, parent)
        return dialog.exec() == QDialog.DialogCode.Accepted

    # --- building ----------------------------------------------------------------------------------------------
    def _build_pages(self) -> None:
        p12 = QWidget(self)
        self.p12_path = QLineEdit(p12)
        self.p12_browse = QPushButton(self.tr("Välj…"), p12)
        self.passphrase = QLineEdit(p12)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout(p12)
        row = QHBoxLayout()
        row.addWidget(self.p12_path, 1)
        row.addWidget(self.p12_browse)
        form.addRow(self.tr("Fil:"), row)
        form.addRow(self.tr("Lösenfras:"), self.passphrase)

        card = QWidget(self)
        self.card_library = QLineEdit(card)
        self.card_library.setText(next((p for p in _CARD_LIBRARIES if Path(p).exists()), ""))
        self.card_browse = QPushButton(self.tr("Välj…"), card)
        self.token_label = QLineEdit(card)
        self.key_label = QLineEdit(card)
        self.pin = QLineEdit(card)
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout(card)
        row = QHBoxLayout()
        row.addWidget(self.card_library, 1)
        row.addWidget(self.card_browse)
        form.addRow(self.tr("PKCS#11-modul:"), row)
        form.addRow(self.tr("Kortets etikett:"), self.token_label)
        form.addRow(self.tr("Nyckelns etikett:"), self.key_label)
        form.addRow(self.tr("PIN-kod:"), self.pin)

        app = QWidget(self)
        self.app_warning = QLabel(self.tr(
            "Samverka skapar ett certifikat åt dig. Det visar att överenskommelsen inte har ändrats efter "
            "underskriften, men <b>inte vem som skrev under</b>. Använd hellre ditt e-tjänstekort eller en "
            "certifikatfil från din organisation när det går."
        ), app)
        self.app_warning.setWordWrap(True)
        self.app_warning.setStyleSheet("background: #fff4ce; border: 1px solid #d8b600; padding: 6px;")
        QVBoxLayout(app).addWidget(self.app_warning)

        paper = QWidget(self)
        self.paper_note = QLabel(self.tr(
            "Registrera att undertecknaren har skrivit under den utskrivna överenskommelsen. Förvara pappret enligt er "
            "dokumenthantering."
        ), paper)
        self.paper_note.setWordWrap(True)
        QVBoxLayout(paper).addWidget(self.paper_note)
        for page in (p12, card, app, paper):
            self.pages.addWidget(page)

    def _layout(self) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        form = QFormLayout()
        form.addRow(self.tr("Undertecknare:"), self.signatory)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Hur vill du skriva under?"), self))
        for button in self.methods.buttons():
            layout.addWidget(button)
        layout.addWidget(self.pages)
        layout.addWidget(self.pad_label)
        layout.addWidget(self.pad)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.clear_pad)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def _connect_signals(self) -> None:
        self.methods.idClicked.connect(self._method_changed)
        self.clear_pad.clicked.connect(self.pad.clear)
        self.p12_browse.clicked.connect(self._browse_p12)
        self.card_browse.clicked.connect(self._browse_library)
        self.buttons.accepted.connect(self.sign)
        self.verify_button.clicked.connect(self.open_verification)
        self.buttons.rejected.connect(self.reject)

    # --- behaviour ---------------------------------------------------------------------------------------------
    def refresh(self) -> None:
        status = signing_service.signing_status(self.ctx.db, self.agreement_id)
        self.status.setText(self.tr("Överenskommelsen är %1. %2").replace("%1", str(status.text)).replace(
            "%2", str(status.remaining_text)))
        self.signatory.clear()
        for person in status.remaining:
            # Isolate the name so that an Arabic name does not reorder the Swedish text after it.
            shown = ", ".join([f"\u2068{person.name}\u2069", *(p for p in (person.title, person.organisation) if p)])
            self.signatory.addItem(shown, person.id)
        can_sign = bool(status.remaining) and not self.ctx.read_only
        self.sign_button.setEnabled(can_sign)
        if self.ctx.read_only:
            self.error.setText(self.tr("Samverkan är öppen skrivskyddat; ingen kan skriva under härifrån."))

    def open_verification(self) -> None:
        from samverka.ui.signing.verify_dialog import VerifyDialog  # noqa: PLC0415 - pyHanko loads on first use

        VerifyDialog.ask(self, self.ctx, self.agreement_id)

    def confirm_other_signer(self, expected: str, actual: str) -> bool:
        """Ask the facilitator whether the certificate's holder signs in place of the named signatory."""
        answer = QMessageBox.question(
            self, self.tr("Annan undertecknare"),
            self.tr("Certifikatet tillhör %1, men fältet är till för %2.\n\nSka %1 skriva under i stället för %2? "
                    "Kontrollen av underskrifterna visar det som en godkänd avvikelse.")
            .replace("%1", f"\u2068{actual}\u2069").replace("%2", f"\u2068{expected}\u2069"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _method_changed(self, method: int) -> None:
        self.pages.setCurrentIndex(method)
        drawing = method != PAPER
        for widget in (self.pad, self.clear_pad, self.pad_label):
            widget.setVisible(drawing)
        self.sign_button.setText(self.tr("Registrera") if method == PAPER else self.tr("Skriv under"))
        self.error.clear()

    def _browse_p12(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Välj certifikatfil"), "", self.tr("Certifikatfiler (*.p12 *.pfx);;Alla filer (*)")
        )
        if path:
            self.p12_path.setText(path)

    def _browse_library(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Välj PKCS#11-modul"))
        if path:
            self.card_library.setText(path)

    def _source(self, person_name: str, title: str, organisation: str) -> object:
        from samverka.export.signing.signers import P12Source, Pkcs11Source, SelfSignedSource  # noqa: PLC0415

        method = self.methods.checkedId()
        if method == P12:
            if not self.p12_path.text().strip():
                raise KnownError("Välj certifikatfilen (.p12/.pfx).", "Choose the certificate file (.p12/.pfx).")
            return P12Source(Path(self.p12_path.text().strip()), self.passphrase.text() or None)
        if method == CARD:
            if not (self.card_library.text().strip() and self.token_label.text().strip()
                    and self.key_label.text().strip()):
                raise KnownError(
                    "Ange PKCS#11-modul, kortets etikett och nyckelns etikett.",
                    "Give the PKCS#11 module, the card label and the key label.",
                )
            return Pkcs11Source(Path(self.card_library.text().strip()), self.token_label.text().strip(),
                                self.key_label.text().strip(), self.pin.text() or None)
        return SelfSignedSource(person_name, title, organisation)

    def sign(self) -> None:
        """Sign (or record paper signing) for the chosen signatory; errors are shown in the dialog."""
        self.error.clear()
        try:
            changes = self._sign()
        except KnownError as exc:
            self.error.setText(str(exc))
            return
        self.signed_changes = changes
        self.passphrase.clear()
        self.pin.clear()
        self.ctx.bus.emit_changed(changes, self)
        self.accept()

    def _sign(self) -> Changes:
        signatory_id = self.signatory.currentData()
        if signatory_id is None:
            raise KnownError("Alla har redan skrivit under.", "Everyone has already signed.")
        person = signing_service.signatory(self.ctx.db, int(signatory_id))
        if self.methods.checkedId() == PAPER:
            return signing_service.record_paper_signature(self.ctx.db, self.agreement_id, person.id)
        from samverka.export.signing.appearance import Appearance  # noqa: PLC0415 - pyHanko loads on first signing
        from samverka.export.signing.sign import OtherSignerError, sign_pdf  # noqa: PLC0415

        pdf = signing_service.current_pdf(self.ctx.db, self.agreement_id)
        if pdf is None:
            raise KnownError(
                "Överenskommelsen har ingen låst PDF ännu. Lås versionen för underskrift först.",
                "The agreement has no locked PDF yet. Lock the version for signing first.",
            )
        source = self._source(person.name, person.title, person.organisation)
        appearance = Appearance(person.name, person.title, person.organisation, self.pad.to_png())
        field = signing_service.signing_status(self.ctx.db, self.agreement_id).field_name(person.id)
        try:
            result = sign_pdf(pdf, field, source, appearance)  # type: ignore[arg-type]
        except OtherSignerError as other:
            if not self.confirm_other_signer(other.expected, other.actual):
                raise KnownError(
                    f"Inte underskrivet: certifikatet tillhör {other.actual}, inte {other.expected}.",
                    f"Not signed: the certificate belongs to {other.actual}, not {other.expected}.",
                ) from None
            result = sign_pdf(pdf, field, source, appearance, accept_other_signer=True)  # type: ignore[arg-type]
        return signing_service.record_digital_signature(
            self.ctx.db, self.agreement_id, person.id, signed_pdf=result.pdf, method=result.method,
            signer_name=result.signer_name, fingerprint=result.fingerprint, self_signed=result.self_signed,
            other_signer_accepted=result.other_signer_accepted,
        )
