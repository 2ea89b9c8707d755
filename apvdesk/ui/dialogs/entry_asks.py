"""The entry grid's questions to the typist, and its list for choosing a group."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from apvdesk.ui.dialogs.message_boxes import confirm


def _ask(parent: QWidget, title: str, text: str) -> bool:
    """Ask a yes/no question whose default button is No (the safe choice); return True for Yes."""
    return confirm(parent, title, text)


def save_with_blanks(parent: QWidget, blank: int) -> bool:
    """Ask whether a form with ``blank`` questions not filled in is saved anyway (default: go back)."""
    if blank == 1:
        text = QCoreApplication.translate(
            "EntryGridDialog", "1 question is not filled in. Save the form anyway?"
        )
    else:
        text = QCoreApplication.translate(
            "EntryGridDialog", "%1 questions are not filled in. Save the form anyway?"
        ).replace("%1", str(blank))
    return _ask(parent, QCoreApplication.translate("EntryGridDialog", "Questions not filled in"), text)


def delete_form(parent: QWidget, number: int) -> bool:
    """Ask whether form ``number`` (counted from 1) is deleted (default: keep it)."""
    text = QCoreApplication.translate(
        "EntryGridDialog", "Delete form %1? Its answers are removed from the round."
    ).replace("%1", str(number))
    return _ask(parent, QCoreApplication.translate("EntryGridDialog", "Delete form?"), text)


def discard_unsaved(parent: QWidget, numbers: list[int]) -> bool:
    """Ask whether the grid closes though forms or corrections are not saved (default: stay)."""
    text = QCoreApplication.translate(
        "EntryGridDialog",
        "Some forms or corrections are typed in but not saved (rows %1). Close and discard them?",
    ).replace("%1", ", ".join(str(n) for n in numbers))
    return _ask(parent, QCoreApplication.translate("EntryGridDialog", "Discard unsaved forms?"), text)


def released_text() -> str:
    """Say why a saved form of a round with released results cannot be changed."""
    return QCoreApplication.translate(
        "EntryGridDialog",
        "The results of this round are released, so a saved form can no longer be corrected or "
        "deleted: a change could show what one person answered.",
    )


class GroupDelegate(QStyledItemDelegate):
    """Lets the group of a form be chosen from a list (F2 or a double click)."""

    def __init__(self, names: list[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._names = names

    def createEditor(  # noqa: N802
        self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QWidget:
        combo = QComboBox(parent)
        combo.addItems(self._names)
        return combo

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        number = index.data(Qt.ItemDataRole.EditRole)
        editor.setCurrentIndex(number - 1 if isinstance(number, int) else 0)

    def setModelData(  # noqa: N802
        self, editor: QWidget, model: QAbstractItemModel, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        assert isinstance(editor, QComboBox)
        if editor.currentIndex() >= 0:
            model.setData(index, editor.currentIndex() + 1, Qt.ItemDataRole.EditRole)
