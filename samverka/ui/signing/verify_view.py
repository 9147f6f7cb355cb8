"""The verification view: each signature of the agreement's latest PDF, checked offline.

For an agreement it uses the collaboration's trust list and the signers the facilitator accepted; each signature
shows whom the field is for, who signed, and every reason it does not hold."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from samverka.core import signing_service
from samverka.errors import KnownError
from samverka.ui.context import UiContext

if TYPE_CHECKING:
    from samverka.export.signing.integrity import Problem
    from samverka.export.signing.verify import SignatureCheck, VerifyReport

_OK = "#1b6e20"
_BAD = "#a4001d"


class VerifyView(QWidget):
    """Call `show_agreement(id)` (with a context) or `show_pdf(bytes)`; `report` holds the last result."""

    def __init__(self, ctx: UiContext | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.agreement_id: int | None = None
        self.pdf: bytes | None = None
        self.trusted: list[bytes] = []
        self.report: VerifyReport | None = None
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setContentsMargins(0, 2, 0, 0)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setContentsMargins(0, 2, 0, 0)
        # One top-level row per signature, its facts as child rows: readable at any width.
        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(2)
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setStretchLastSection(True)
        self.trust_button = QPushButton(self)
        self.save_button = QPushButton(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)
        row = QHBoxLayout()
        row.addWidget(self.trust_button)
        row.addStretch(1)
        row.addWidget(self.save_button)
        layout.addLayout(row)
        self.trust_button.clicked.connect(self._choose_trust)
        self.save_button.clicked.connect(self._save)
        if ctx is not None:
            ctx.bus.changed.connect(self._on_changed)
        self.retranslate_ui()
        self.show_pdf(None)

    def retranslate_ui(self) -> None:
        self.tree.setHeaderLabels([self.tr("Underskrift"), self.tr("Resultat")])
        self.trust_button.setText(self.tr("Betrodda certifikat…") if self.ctx is not None
                                  else self.tr("Lita på certifikat…"))
        self.save_button.setText(self.tr("Spara underskriven PDF…"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
            if self.agreement_id is not None and self.ctx is not None:
                self.show_agreement(self.agreement_id)
            else:
                self.show_pdf(self.pdf)
        super().changeEvent(event)

    # --- loading -----------------------------------------------------------------------------------------------
    def show_agreement(self, agreement_id: int) -> None:
        if self.ctx is None:
            raise RuntimeError("VerifyView needs a UiContext to show an agreement")
        self.agreement_id = agreement_id
        status = signing_service.signing_status(self.ctx.db, agreement_id)
        summary = f"{status.text} – {status.remaining_text}"
        self.status.setText(summary[:1].upper() + summary[1:])
        self.pdf = signing_service.current_pdf(self.ctx.db, agreement_id)
        try:
            report = signing_service.verify_agreement(self.ctx.db, agreement_id)
        except KnownError as exc:
            self._show(None, str(exc))
            return
        self._show(report)

    def _on_changed(self, changes: object, initiator: object) -> None:
        touches = getattr(changes, "touches", None)
        if self.agreement_id is not None and touches is not None and touches(
            "signature", "agreement", "trusted_certificate"
        ):
            self.show_agreement(self.agreement_id)

    def show_pdf(self, pdf: bytes | None, trusted: Sequence[bytes] | None = None) -> None:
        """Check a PDF on its own (no collaboration): with `trusted` certificates, or without identity checks."""
        self.pdf = pdf
        if trusted is not None:
            self.trusted = list(trusted)
        if pdf is None:
            self._show(None, self.tr("Ingen PDF att kontrollera ännu."))
            return
        from samverka.export.signing.verify import verify_pdf  # noqa: PLC0415 - pyHanko loads on first use

        try:
            self._show(verify_pdf(pdf, self.trusted))
        except KnownError as exc:
            self._show(None, str(exc))

    def _show(self, report: VerifyReport | None, message: str = "") -> None:
        self.tree.clear()
        self.report = report
        self.save_button.setEnabled(self.pdf is not None)
        if report is None:
            self._set_summary(message or self.tr("Ingen PDF att kontrollera ännu."), None if not message else False)
            return
        for number, check in enumerate(report.signatures, 1):
            self._add_signature(number, check, report.trust_given)
        shown = [problem for problem in report.document_problems if problem.code != "not_signed"]
        if shown:
            top = QTreeWidgetItem(self.tree, [self.tr("Dokumentet"), self.tr("HÅLLER INTE")])
            top.setForeground(1, QColor(_BAD))
            for problem in shown:
                self._reason(top, problem)
        self.tree.expandAll()
        if not report.readable:
            first = report.document_problems[0].text if report.document_problems else None
            self._set_summary(self.tr("PDF-filen går inte att läsa: %1").replace("%1", str(first or "")), False)
        elif not report.signed:
            self._set_summary(self.tr("Inte underskriven: PDF:en har inga digitala underskrifter ännu."), None)
        elif report.ok:
            text = self.tr("Alla underskrifter håller: inget har ändrats efter dem utom tillåtna underskrifter.")
            if not report.trust_given:
                text += " " + self.tr("Identiteten har inte kontrollerats (inga betrodda certifikat), så det visar "
                                      "inte vem som skrev under.")
            self._set_summary(text, True)
        else:
            first_problem = report.problems[0].text if report.problems else ""
            self._set_summary(self.tr("Underskrifterna håller inte: %1.").replace("%1", str(first_problem)), False)

    def _set_summary(self, text: str, ok: bool | None) -> None:
        self.summary.setText(text)
        colour = "" if ok is None else f"color: {_OK if ok else _BAD}; font-weight: bold;"
        self.summary.setStyleSheet(colour)

    def _add_signature(self, number: int, check: SignatureCheck, trust_given: bool) -> None:
        yes, no = self.tr("ja"), self.tr("NEJ")
        holds = self.tr("håller") if check.ok else self.tr("HÅLLER INTE")
        signer = f"\u2068{check.signer_name or '?'}\u2069 – {holds}"
        top = QTreeWidgetItem(self.tree, [f"{number}. {check.field_name}", signer])
        top.setForeground(1, QColor(_OK if check.ok else _BAD))
        when = f"{check.signing_time.astimezone():%Y-%m-%d %H:%M:%S %Z}" if check.signing_time else ""
        expected = f"\u2068{check.expected_signer}\u2069" if check.expected_signer else self.tr("okänt")
        facts = [
            (self.tr("Fältet är till för"), expected, True),
            (self.tr("Undertecknad av"), f"\u2068{check.signer_name}\u2069", check.signer_matches),
            (self.tr("Signerad"), when, True),
            (self.tr("Oförändrad"), yes if check.intact and check.valid else no, check.intact and check.valid),
            (self.tr("Täcker"), str(check.coverage_text), check.coverage != "unclear"),
            (self.tr("Efter underskriften"), str(check.modification_text), check.changes_allowed),
            (self.tr("Betrodd"), (yes if check.trusted else no) if trust_given else self.tr(
                "inte kontrollerat (inga betrodda certifikat)"), check.trusted or not trust_given),
            (self.tr("Certifikat (SHA-256)"), check.fingerprint, True),
        ]
        if not check.signer_matches and check.ok:
            facts.append((self.tr("Godkänd avvikelse"), self.tr(
                "Vid underskriften godkändes att en annan person än den fältet är till för skriver under."), True))
        if check.certifies:
            facts.append((self.tr("Certifierar"), self.tr("Den första underskriften låser överenskommelsen: bara "
                                                          "underskrifter får läggas till."), True))
        if check.self_signed:
            from samverka.export.signing.verify import SELF_SIGNED_LABEL  # noqa: PLC0415

            facts.append((self.tr("Självskapat certifikat"), str(SELF_SIGNED_LABEL), True))
        for name, value, good in facts:
            child = QTreeWidgetItem(top, [name, value])
            child.setToolTip(1, value)
            if not good:
                child.setForeground(1, QColor(_BAD))
        if self.report is not None:
            for problem in check.problems:
                if problem not in self.report.document_problems:
                    self._reason(top, problem)

    def _reason(self, parent: QTreeWidgetItem, problem: Problem) -> None:
        child = QTreeWidgetItem(parent, [self.tr("Skäl"), str(problem.text)])
        child.setToolTip(1, str(problem.text))
        child.setForeground(1, QColor(_BAD))

    # --- actions -----------------------------------------------------------------------------------------------
    def _choose_trust(self) -> None:
        if self.ctx is not None:
            from samverka.ui.signing.trust_dialog import TrustListDialog  # noqa: PLC0415

            TrustListDialog.ask(self, self.ctx)
            if self.agreement_id is not None:
                self.show_agreement(self.agreement_id)
            return
        paths, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Välj certifikat att lita på"), "", self.tr("Certifikat (*.pem *.crt *.cer *.der);;Alla (*)")
        )
        if paths:
            self.show_pdf(self.pdf, [Path(path).read_bytes() for path in paths])

    def _save(self) -> None:
        if self.pdf is None:
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Spara underskriven PDF"), "", "PDF (*.pdf)")
        if path:
            self.save_to(Path(path))

    def save_to(self, path: Path) -> None:
        from samverka.export.signing.certificates import write_private  # noqa: PLC0415

        if self.pdf is not None:
            write_private(path, self.pdf)
