"""A dialog that asks before it throws away what was typed or changed in it.

Closing (Escape, Cancel, the title bar's ×) with something typed or changed asks first,
and the safe answer, going back to the dialog, is the default. A dialog closed unchanged
closes at once. What the dialog holds is read from its fields when it is first shown
and again when it is closed; a dialog with state beyond its fields overrides
:meth:`CarefulDialog.has_unsaved`.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QCloseEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from apvdesk.ui.dialogs.message_boxes import confirm
from apvdesk.ui.wheel_guard import guard_wheel


def _value(widget: QWidget) -> Any:
    """Return what a field holds (None for a widget that holds nothing the user types)."""
    if isinstance(widget, QComboBox):
        return (widget.currentIndex(), widget.currentText() if widget.isEditable() else "")
    if isinstance(widget, QLineEdit):
        if isinstance(widget.parentWidget(), (QComboBox, QAbstractSpinBox)):
            return None  # the combo or spin box around it holds the value
        return widget.text()
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QAbstractSpinBox):
        return widget.text()
    if isinstance(widget, QAbstractButton) and widget.isCheckable():
        return widget.isChecked()
    if isinstance(widget, QListWidget):
        return tuple(widget.item(i).checkState().value for i in range(widget.count()))
    return None


def fields_state(root: QWidget) -> list[Any]:
    """Return the values of every field inside ``root``, in a fixed order."""
    state: list[Any] = []
    for widget in root.findChildren(QWidget):
        value = _value(widget)
        if value is not None:
            state.append((widget.objectName(), type(widget).__name__, value))
    return state


class CarefulDialog(QDialog):
    """A QDialog whose closing without saving asks first when something was typed or changed."""

    _shown_state: list[Any] | None = None
    _closed_by_program = False

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        if self._shown_state is None:
            self._shown_state = fields_state(self)
            guard_wheel(self)
        super().showEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        """Ask on the title bar's × as on Cancel, but not when the program itself closes the dialog."""
        self._closed_by_program = not event.spontaneous()
        try:
            super().closeEvent(event)
        finally:
            self._closed_by_program = False

    def has_unsaved(self) -> bool:
        """Return True when a field holds something else than when the dialog was shown."""
        return self._shown_state is not None and fields_state(self) != self._shown_state

    def reject(self) -> None:
        """Close without saving; ask first (default: No, go back) when something was typed or changed."""
        if self._closed_by_program or not self.has_unsaved():
            super().reject()
            return
        if confirm(
            self,
            QCoreApplication.translate("CarefulDialog", "Discard what you typed?"),
            QCoreApplication.translate(
                "CarefulDialog",
                "What you typed or changed in this window is not saved yet. Close it and discard it?",
            ),
        ):
            super().reject()


__all__ = ["CarefulDialog", "fields_state"]
