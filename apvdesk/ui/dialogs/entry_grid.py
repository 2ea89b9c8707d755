"""Type in paper questionnaires with the keyboard: one row per form, one digit per answer."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from apvdesk.core.entry import GROUP_COLUMN, EntrySheet, Reading, Refusal, new_sheet_id
from apvdesk.store.errors import CannotWrite
from apvdesk.store.refusals import SheetReleased
from apvdesk.store.service_collecting import CollectingService
from apvdesk.ui.dialogs.entry_asks import (
    GroupDelegate,
    delete_form,
    discard_unsaved,
    released_text,
    save_with_blanks,
)
from apvdesk.ui.dialogs.message_boxes import show_error
from apvdesk.ui.models.entry import EntryModel
from apvdesk.ui.screen_fit import resize_to_fit
from apvdesk.ui.style import heading, muted
from apvdesk.wording.language_names import chosen_name

_REFUSED_STYLE = "color: #a4161a; font-weight: bold;"
_INFO_STYLE = "color: #1d3f66;"


class EntryGridDialog(QDialog):
    """Type paper forms of a round; each completed form is saved at once as an anonymous response."""

    def __init__(
        self,
        store: CollectingService,
        round_id: int,
        parent: QWidget | None = None,
        text_lang: str | None = None,
    ) -> None:
        super().__init__(parent)
        from apvdesk.wording.i18n import current_language

        self.store = store
        self.round_id = round_id
        bank = store.round_bank(round_id)
        apv_round = store.round(round_id)
        self.sheet = EntrySheet(bank, store.round_groups(round_id))
        self.model = EntryModel(self.sheet, bank, text_lang or current_language())
        self._pending: tuple[int, int, str] | None = None  # digits of a number that may go on

        self.setWindowTitle(self.tr("Type in paper forms"))
        resize_to_fit(self, 1000, 600)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Type in paper forms"), 2))
        layout.addWidget(
            muted(
                self.tr(
                    "Type one paper form per row. For each question, type the small digit printed beside "
                    "the ticked box (1 for the first box, 0 for “Don't know” and “Does not apply to me”), "
                    "or Space if nothing is ticked. A form is saved when you pass its last question or "
                    "press Enter. Until you close this window, a saved form can be corrected (type over "
                    "it and press Enter) or deleted."
                )
            )
        )

        language_row = QHBoxLayout()
        language_row.addWidget(QLabel(self.tr("Language of the paper forms:")))
        self.language_combo = QComboBox()
        languages = [lang for lang in apv_round.languages if lang in bank.languages] or list(bank.languages)
        for lang in languages:
            self.language_combo.addItem(chosen_name(lang, bank.language_names), lang)
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData("da")))
        language_row.addWidget(self.language_combo)
        language_row.addStretch(1)
        layout.addLayout(language_row)

        if self.sheet.groups:
            legend = ", ".join(f"{n} = {group.name}" for n, group in enumerate(self.sheet.groups, start=1))
            self.legend = QLabel(self.tr("Groups: %1").replace("%1", legend))
        else:
            self.legend = QLabel(self.tr("This round has no groups. Add the groups on the Preparation page."))
        self.legend.setWordWrap(True)
        layout.addWidget(self.legend)

        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        group_names = [self.model.group_text(n) for n in range(1, len(self.sheet.groups) + 1)]
        self.view.setItemDelegateForColumn(GROUP_COLUMN, GroupDelegate(group_names, self.view))
        header = self.view.horizontalHeader()
        header.setDefaultSectionSize(38)
        header.setMinimumSectionSize(30)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.resizeSection(GROUP_COLUMN, 190)
        self.view.verticalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        self.view.installEventFilter(self)
        layout.addWidget(self.view, 1)

        self.question_label = muted("")
        self.question_label.setMinimumHeight(2 * self.question_label.fontMetrics().lineSpacing())
        layout.addWidget(self.question_label)
        self.status_label = QLabel("")
        self.status_label.setWordWrap(True)
        layout.addWidget(self.status_label)

        buttons = QHBoxLayout()
        self.counter_label = QLabel()
        buttons.addWidget(self.counter_label)
        buttons.addStretch(1)
        self.save_button = QPushButton(self.tr("Save form"))
        self.delete_button = QPushButton(self.tr("Delete form"))
        self.close_button = QPushButton(self.tr("Close"))
        for button in (self.save_button, self.delete_button, self.close_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        layout.addLayout(buttons)

        self.save_button.clicked.connect(self.save_current_form)
        self.delete_button.clicked.connect(self.delete_current_form)
        self.close_button.clicked.connect(self.reject)
        self.view.selectionModel().currentChanged.connect(self._current_changed)
        self._update_counter()
        self.view.setCurrentIndex(self.model.index(0, GROUP_COLUMN))
        self.view.setFocus()

    @classmethod
    def type_in(cls, store: CollectingService, round_id: int, parent: QWidget | None = None) -> int:
        """Show the dialog until it is closed; return how many forms were saved."""
        dialog = cls(store, round_id, parent)
        dialog.exec()
        return dialog.sheet.saved_count

    def language(self) -> str:
        """Return the language the paper forms are in (stored with each response)."""
        return str(self.language_combo.currentData())

    # --- keys -------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.view and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            return self._key_pressed(event)
        return super().eventFilter(watched, event)

    def _key_pressed(self, event: QKeyEvent) -> bool:
        """Handle a key typed into the grid; return False to leave it to the view (moves, F2)."""
        index = self.view.currentIndex()
        if not index.isValid():
            return False
        row, column = index.row(), index.column()
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.save_current_form()
            return True
        if key in (Qt.Key.Key_Backspace, Qt.Key.Key_Delete):
            self._pending = None
            refusal = self.model.clear(row, column)
            if refusal is not None:
                self._show_refusal(refusal, column)
            else:
                self._show_status("")
            return True
        if key == Qt.Key.Key_Space:
            self._pending = None
            self._advance(row, column)
            return True
        modifiers = (
            event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier & ~Qt.KeyboardModifier.ShiftModifier
        )
        text = event.text()
        if modifiers != Qt.KeyboardModifier.NoModifier or not text or not text.isprintable():
            return False
        self._type(row, column, text)
        return True

    def _type(self, row: int, column: int, text: str) -> None:
        pending = self._pending
        typed = pending[2] + text if pending and pending[:2] == (row, column) else text
        result, refusal = self.sheet.read(column, typed)
        if refusal is not None or result.value is None:
            self._pending = None
            self._show_refusal(refusal or Refusal.NOT_A_DIGIT, column, typed)
            return
        self.model.set_number(row, column, result.value)
        if result.reading is Reading.PENDING:
            self._pending = (row, column, typed)
            self._show_status(
                self.tr("%1 so far: type another digit, or press Tab to go on.").replace("%1", typed)
            )
            return
        self._pending = None
        self._show_status("")
        self._advance(row, column)

    def _advance(self, row: int, column: int) -> None:
        """Go to the next question; passing the last one saves the form."""
        if column + 1 < self.sheet.column_count:
            self.view.setCurrentIndex(self.model.index(row, column + 1))
            return
        problem = self.sheet.save_problem(row)
        if problem is Refusal.NO_GROUP:
            self.view.setCurrentIndex(self.model.index(row, GROUP_COLUMN))
        if problem is not None:
            self._show_refusal(problem, column)
            return
        self._save(row)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._pending and self._pending[:2] != (current.row(), current.column()):
            self._pending = None
        if not current.isValid():
            self.question_label.setText("")
        elif current.column() == GROUP_COLUMN:
            self.question_label.setText(
                self.tr("Group: type its number from the list above, or press F2 to choose it from a list.")
            )
        else:
            options = "    ".join(self.model.option_texts(current.column()))
            self.question_label.setText(f"{self.model.question_text(current.column())}\n{options}")

    # --- saving -----------------------------------------------------------------------

    def save_current_form(self) -> None:
        """Save the form in the current row (the Save form button and Enter)."""
        self._pending = None
        index = self.view.currentIndex()
        row = index.row() if index.isValid() else len(self.sheet.rows) - 1
        problem = self.sheet.save_problem(row)
        if problem is not None:
            if problem is Refusal.NO_GROUP:
                self.view.setCurrentIndex(self.model.index(row, GROUP_COLUMN))
            self._show_refusal(problem, max(index.column(), 0))
            return
        self._save(row)

    def _save(self, row: int) -> None:
        """Store a form (a new sheet, or the correction of one saved in this sitting)."""
        if not self._blanks_accepted(row):
            return
        response = self.sheet.response(row, self.language(), dt.date.today())
        draft = self.sheet.rows[row]
        try:
            if draft.sheet_id is None:
                response.id = new_sheet_id()
                self.store.add_responses(self.round_id, [response])
            else:
                self.store.change_sheet(self.round_id, draft.sheet_id, draft.language, response)
        except SheetReleased:
            self._show_status(released_text(), refused=True)
            return
        except CannotWrite as exc:
            show_error(self, self.tr("The form could not be saved"), exc)
            return
        corrected = draft.sheet_id is not None
        assert response.id is not None
        self.model.mark_saved(row, response.id, response.language)
        self._update_counter()
        saved = self.tr("Form %1 corrected.") if corrected else self.tr("Form %1 saved.")
        self._show_status(saved.replace("%1", str(row + 1)), refused=False)
        last = len(self.sheet.rows) - 1
        self.view.setCurrentIndex(self.model.index(last, GROUP_COLUMN))
        self.view.scrollTo(self.model.index(last, GROUP_COLUMN))

    def _blanks_accepted(self, row: int) -> bool:
        """Ask before a form with questions left blank is saved; the default goes back to it."""
        blank = self.sheet.unanswered(row)
        if blank == 0 or save_with_blanks(self, blank):
            return True
        first_blank = next(
            number
            for number, entry in enumerate(self.sheet.columns, start=1)
            if entry.item.id not in self.sheet.rows[row].answers
        )
        self.view.setCurrentIndex(self.model.index(row, first_blank))
        return False

    def delete_current_form(self) -> None:
        """Delete the form in the current row (its sheet, if saved in this sitting), after asking."""
        self._pending = None
        index = self.view.currentIndex()
        row = index.row() if index.isValid() else len(self.sheet.rows) - 1
        draft = self.sheet.rows[row]
        if draft.is_empty():
            self._show_status(self.tr("This row is empty: there is no form to delete."), refused=True)
            return
        if not delete_form(self, row + 1):
            return
        if draft.sheet_id is not None:
            try:
                self.store.change_sheet(self.round_id, draft.sheet_id, draft.language, None)
            except SheetReleased:
                self._show_status(released_text(), refused=True)
                return
            except CannotWrite as exc:
                show_error(self, self.tr("The form could not be deleted"), exc)
                return
        self.model.remove(row)
        self._update_counter()
        self._show_status(self.tr("Form %1 deleted.").replace("%1", str(row + 1)), refused=False)
        self.view.setCurrentIndex(self.model.index(min(row, len(self.sheet.rows) - 1), GROUP_COLUMN))

    def _update_counter(self) -> None:
        self.counter_label.setText(self.tr("Forms saved: %1").replace("%1", str(self.sheet.saved_count)))

    # --- messages ---------------------------------------------------------------------

    def _show_status(self, text: str, refused: bool = False) -> None:
        self.status_label.setStyleSheet(_REFUSED_STYLE if refused else _INFO_STYLE)
        self.status_label.setText(text)

    def _show_refusal(self, refusal: Refusal, column: int, typed: str = "") -> None:
        """Say in the status line why a key or a save was refused (the cell keeps its value)."""
        highest = str(self.sheet.highest(column))
        if (refusal is Refusal.NOT_A_DIGIT and column == GROUP_COLUMN) or refusal is Refusal.NO_SUCH_GROUP:
            if not self.sheet.groups:
                text = self.tr("This round has no groups. Add the groups on the Preparation page.")
            else:
                text = self.tr("Type the number of a group in the list above: 1 to %1.").replace(
                    "%1", highest
                )
        elif refusal is Refusal.NOT_A_DIGIT:
            text = self.tr("Type a digit: 1 to %1 for the ticked box, 0 for “Don't know”.").replace(
                "%1", highest
            )
        elif refusal is Refusal.NO_SUCH_OPTION:
            number = str(self.sheet.columns[column - 1].number)
            text = (
                self.tr("Question %1 has %2 answers: type 1 to %2, or 0 for “Don't know”.")
                .replace("%1", number)
                .replace("%2", highest)
            )
        elif refusal is Refusal.FORM_SAVED:
            text = self.tr(
                "This form is saved. To correct it, type over its answers and press Enter; "
                "to remove it, press Delete form."
            )
        elif refusal is Refusal.NO_GROUP:
            text = self.tr("Type the group of this form in its first column, then press Enter to save it.")
        else:
            text = self.tr("This form has no answers yet.")
        QApplication.beep()
        self._show_status(text, refused=True)

    # --- closing ----------------------------------------------------------------------

    def reject(self) -> None:
        """Close (also on Escape and the title bar's button); ask first before unsaved forms are lost."""
        unsaved = self.sheet.unsaved_rows()
        if unsaved and not discard_unsaved(self, [row + 1 for row in unsaved]):
            return
        super().reject()
