"""The collaboration's trusted certificates: add the issuers the organisations use, remove one no longer trusted."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from samverka.core import trust_service
from samverka.errors import KnownError
from samverka.ui.context import UiContext


class TrustListDialog(QDialog):
    """Add (from a PEM/DER file) and remove trusted certificates; each change is stored at once."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Betrodda certifikat"))
        self.intro = QLabel(self.tr(
            "En underskrift räknas som betrodd bara om certifikatet kedjar till ett certifikat i listan, till "
            "exempel utfärdaren av organisationernas e-tjänstekort. Utan betrodda certifikat visar kontrollen bara "
            "att dokumentet är oförändrat, inte vem som skrev under."), self)
        self.intro.setWordWrap(True)
        self.intro.setContentsMargins(0, 2, 0, 0)
        self.list = QListWidget(self)
        self.add_button = QPushButton(self.tr("Lägg till…"), self)
        self.remove_button = QPushButton(self.tr("Ta bort"), self)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #a4001d;")
        self.error.setContentsMargins(0, 2, 0, 0)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.list, 1)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.add_button.clicked.connect(self._choose)
        self.remove_button.clicked.connect(self.remove_selected)
        self.list.currentRowChanged.connect(self._selection_changed)
        buttons.rejected.connect(self.reject)
        self.resize(620, 380)
        self.refresh()

    @classmethod
    def ask(cls, parent: QWidget | None, ctx: UiContext) -> None:
        cls(ctx, parent).exec()

    def refresh(self) -> None:
        self.list.clear()
        for row in trust_service.trusted_certificates(self.ctx.db):
            item = QListWidgetItem(f"{row.label}\n{self.tr('SHA-256')}: {row.fingerprint[:47]}…")
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            item.setToolTip(row.fingerprint)
            self.list.addItem(item)
        self.add_button.setEnabled(not self.ctx.read_only)
        self._selection_changed()

    def _selection_changed(self) -> None:
        self.remove_button.setEnabled(self.list.currentItem() is not None and not self.ctx.read_only)

    def _choose(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Välj certifikat att lita på"), "", self.tr("Certifikat (*.pem *.crt *.cer *.der);;Alla (*)")
        )
        if path:
            self.add_file(Path(path))

    def add_file(self, path: Path) -> None:
        self.error.clear()
        try:
            try:
                data = path.read_bytes()
            except OSError as exc:
                raise KnownError(f"{path} går inte att läsa: {exc.strerror}.",
                                 f"{path} cannot be read: {exc.strerror}.") from None
            changes = trust_service.add_certificates(self.ctx.db, data)
        except KnownError as exc:
            self.error.setText(str(exc))
            return
        self.ctx.bus.emit_changed(changes, self)
        self.refresh()

    def remove_selected(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        changes = trust_service.remove_certificate(self.ctx.db, int(item.data(Qt.ItemDataRole.UserRole)))
        self.ctx.bus.emit_changed(changes, self)
        self.refresh()
