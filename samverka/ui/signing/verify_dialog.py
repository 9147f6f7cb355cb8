"""A window around the verification view, opened from the sign dialog."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from samverka.ui.context import UiContext
from samverka.ui.signing.verify_view import VerifyView


class VerifyDialog(QDialog):
    def __init__(self, ctx: UiContext, agreement_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Kontrollera underskrifterna"))
        self.view = VerifyView(ctx, self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        buttons.rejected.connect(self.reject)
        self.resize(1000, 560)
        self.view.show_agreement(agreement_id)

    @classmethod
    def ask(cls, parent: QWidget | None, ctx: UiContext, agreement_id: int) -> None:
        cls(ctx, agreement_id, parent).exec()
