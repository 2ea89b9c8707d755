"""A Qt table model of the paper forms being typed in: a group column, then one column per item."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Q_ARG, QAbstractTableModel, QMetaObject, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from apvdesk.core.bank import QuestionBank
from apvdesk.core.entry import DONT_KNOW, GROUP_COLUMN, EntrySheet, Refusal, box_digits
from apvdesk.core.questionnaire_length import NOT_APPLICABLE_KEY

Index = QModelIndex | QPersistentModelIndex
CHECK_MARK = "\u2713"
CHANGED_MARK = "\u270e"  # a pencil: a saved form changed since, not saved again yet
_SAVED_BACKGROUND = QColor("#e6f2e8")
_CHANGED_BACKGROUND = QColor("#fff4d6")
_SAVED_TEXT = QColor("#4a5a4d")
_CHANGED_TEXT = QColor("#000000")  # on _CHANGED_BACKGROUND, whatever the system's colours


class EntryModel(QAbstractTableModel):
    """Rows are forms, columns the group and the items; the sheet holds what was typed.

    Texts from the question bank (item texts, option labels) are shown in ``text_lang``.
    """

    def __init__(self, sheet: EntrySheet, bank: QuestionBank, text_lang: str) -> None:
        super().__init__()
        self.sheet = sheet
        self._bank = bank
        self._lang = text_lang if text_lang in bank.languages else bank.languages[0]

    # --- texts ----------------------------------------------------------------------

    def group_text(self, number: int) -> str:
        """Return "2 – Rulning" for group number 2 (counted from 1)."""
        return f"{number} – {self.sheet.groups[number - 1].name}"

    def option_texts(self, column: int) -> list[str]:
        """Return "1 = Altid", … and "0 = Ved ikke" for an item column."""
        item = self.sheet.columns[column - 1].item
        options = self._bank.option_set(item)
        texts = [f"{n} = {label}" for n, label in enumerate(options.labels[self._lang], start=1)]
        _, dont_know, not_applicable = box_digits(len(options.points), item.not_applicable)
        dont_know_text = options.dont_know[self._lang]
        if not_applicable == dont_know and NOT_APPLICABLE_KEY in self._bank.texts:
            dont_know_text += f" / {self._bank.text(NOT_APPLICABLE_KEY, self._lang)}"
        return [*texts, f"{dont_know} = {dont_know_text}"]

    def question_text(self, column: int) -> str:
        """Return an item's number and text, e.g. "7. Min leder lytter …"."""
        entry = self.sheet.columns[column - 1]
        return f"{entry.number}. {entry.item.text[self._lang]}"

    # --- the model --------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.sheet.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else self.sheet.column_count

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Vertical:
            draft = self.sheet.rows[section]
            if role == Qt.ItemDataRole.DisplayRole:
                if draft.saved:
                    return f"{section + 1} {CHECK_MARK}"
                return f"{section + 1} {CHANGED_MARK}" if draft.stored else str(section + 1)
            if role == Qt.ItemDataRole.ToolTipRole and draft.saved:
                return self.tr("Saved. Type over an answer to correct it, or delete the form.")
            if role == Qt.ItemDataRole.ToolTipRole and draft.stored:
                return self.tr("Changed since it was saved: press Enter to save the correction.")
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                self.tr("Group") if section == GROUP_COLUMN else str(self.sheet.columns[section - 1].number)
            )
        if role == Qt.ItemDataRole.ToolTipRole and section != GROUP_COLUMN:
            return "\n".join([self.question_text(section), *self.option_texts(section)])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        number = self.sheet.typed_number(row, column)
        if role == Qt.ItemDataRole.DisplayRole:
            if number is None:
                return ""
            return self.group_text(number) if column == GROUP_COLUMN else str(number)
        if role == Qt.ItemDataRole.EditRole:
            return number
        if role == Qt.ItemDataRole.ToolTipRole and number is not None and column != GROUP_COLUMN:
            options = self.option_texts(column)
            return options[-1] if number == DONT_KNOW else options[number - 1]
        if role == Qt.ItemDataRole.TextAlignmentRole and column != GROUP_COLUMN:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.BackgroundRole and self.sheet.rows[row].stored:
            return _SAVED_BACKGROUND if self.sheet.rows[row].saved else _CHANGED_BACKGROUND
        if self.sheet.rows[row].saved:
            if role == Qt.ItemDataRole.ForegroundRole:
                return _SAVED_TEXT
        elif role == Qt.ItemDataRole.ForegroundRole and self.sheet.rows[row].stored:
            return _CHANGED_TEXT
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.isValid() and index.column() == GROUP_COLUMN:
            flags |= Qt.ItemFlag.ItemIsEditable  # the group can also be chosen from a list
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        if value is None or value == "":
            refusal = self.sheet.clear(index.row(), index.column())
        else:
            refusal = self.sheet.set_number(index.row(), index.column(), int(value))
        if refusal is not None:
            return False
        self.changed(index.row())
        return True

    # --- changes ----------------------------------------------------------------------

    def set_number(self, row: int, column: int, number: int) -> Refusal | None:
        """Store a typed number in a cell; return why it was refused, if it was."""
        refusal = self.sheet.set_number(row, column, number)
        if refusal is None:
            self.changed(row)
        return refusal

    def clear(self, row: int, column: int) -> Refusal | None:
        """Blank a cell of an unsaved form; return why it was refused, if it was."""
        refusal = self.sheet.clear(row, column)
        if refusal is None:
            self.changed(row)
        return refusal

    def mark_saved(self, row: int, sheet_id: int, language: str) -> None:
        """Show a form as saved as sheet ``sheet_id`` (a check mark); keep an empty form at the end."""
        draft = self.sheet.rows[row]
        draft.saved, draft.sheet_id, draft.language = True, sheet_id, language
        self.changed(row)

    def remove(self, row: int) -> None:
        """Take a form out of the grid (its sheet deleted), keeping an empty form at the end."""
        self.beginResetModel()
        self.sheet.remove(row)
        self.endResetModel()

    def changed(self, row: int) -> None:
        """Repaint a row and keep an empty form at the end."""
        # Emitted through Qt, not with ``signal.emit()``: in PySide6 6.12.0 every Python-side
        # emit() drops a reference to True, and Python 3.11 aborts once it reaches zero.
        last = self.sheet.column_count - 1
        direct = Qt.ConnectionType.DirectConnection
        first_cell, last_cell = (
            Q_ARG(QModelIndex, self.index(row, 0)),
            Q_ARG(QModelIndex, self.index(row, last)),
        )
        QMetaObject.invokeMethod(self, "dataChanged", direct, first_cell, last_cell)
        vertical = Q_ARG("Qt::Orientation", Qt.Orientation.Vertical)
        QMetaObject.invokeMethod(
            self, "headerDataChanged", direct, vertical, Q_ARG(int, row), Q_ARG(int, row)
        )
        count = len(self.sheet.rows)
        if self.sheet.rows[-1].saved or not self.sheet.rows[-1].is_empty():
            self.beginInsertRows(QModelIndex(), count, count)
            self.sheet.ensure_empty_last_row()
            self.endInsertRows()
