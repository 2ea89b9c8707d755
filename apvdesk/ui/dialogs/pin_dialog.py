"""Choose the kiosk PIN: typed twice, digits only, stored only as a salted hash."""

from __future__ import annotations

from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from apvdesk.core.pin import MIN_PIN_LENGTH, hash_pin


class SetPinDialog(QDialog):
    """Ask for a new PIN twice; ``pin_hash()`` gives the hash to store."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Kiosk PIN"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "The PIN is needed to leave kiosk mode, so that nobody can see results or other "
                "pages from the shared PC. Use at least %1 digits and keep it to yourself."
            ).replace("%1", str(MIN_PIN_LENGTH))
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        validator = QRegularExpressionValidator(r"\d{0,12}")
        self.pin_edit = QLineEdit()
        self.repeat_edit = QLineEdit()
        for edit in (self.pin_edit, self.repeat_edit):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.setValidator(validator)
            edit.textChanged.connect(self._check)
        self.pin_edit.setAccessibleName(self.tr("New PIN"))
        self.repeat_edit.setAccessibleName(self.tr("New PIN again"))
        form.addRow(self.tr("New PIN:"), self.pin_edit)
        form.addRow(self.tr("New PIN again:"), self.repeat_edit)
        layout.addLayout(form)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._check()

    def _check(self) -> None:
        pin, repeat = self.pin_edit.text(), self.repeat_edit.text()
        if len(pin) < MIN_PIN_LENGTH:
            hint = self.tr("Use at least %1 digits.").replace("%1", str(MIN_PIN_LENGTH))
        elif pin != repeat:
            hint = self.tr("Type the same PIN twice.")
        else:
            hint = ""
        self.hint.setText(hint)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(not hint)

    def pin_hash(self) -> str:
        """Return the salted hash of the PIN typed (call after the dialog was accepted)."""
        return hash_pin(self.pin_edit.text())

    @classmethod
    def get_pin_hash(cls, parent: QWidget | None) -> tuple[str, bool]:
        """Show the dialog; return the new PIN's hash and whether the user pressed OK."""
        dialog = cls(parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return (dialog.pin_hash() if accepted else ""), accepted
