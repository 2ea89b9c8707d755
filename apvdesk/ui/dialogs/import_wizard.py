"""The import dialog: choose a CSV or XLSX file of answers, see a preview, then add them all or none."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from apvdesk.core.bank import QuestionBank
from apvdesk.io.answers_import import ImportResult, ParsedRow, read_answers
from apvdesk.io.import_messages import ImportMessages
from apvdesk.io.template import write_template
from apvdesk.platform.paths import documents_dir
from apvdesk.store.errors import WorkplaceFileError
from apvdesk.store.service_collecting import CollectingService
from apvdesk.ui import file_dialogs
from apvdesk.ui.dialogs.message_boxes import show_error
from apvdesk.ui.screen_fit import resize_to_fit
from apvdesk.ui.style import muted
from apvdesk.ui.tasks import CancelToken, run_task
from apvdesk.wording.i18n import current_language, fill
from apvdesk.wording.language_names import chosen_name

MAX_PREVIEW_ROWS = 200


class ImportPreviewModel(QAbstractTableModel):
    """The first rows of a file as they will be imported: row, group, language, answers."""

    ROW, GROUP, LANGUAGE, ANSWERS = range(4)

    def __init__(self, bank: QuestionBank, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bank = bank
        self._rows: list[ParsedRow] = []

    def set_rows(self, rows: list[ParsedRow]) -> None:
        """Show the first MAX_PREVIEW_ROWS of ``rows`` (rows are replaced, so the view keeps its columns)."""
        if self._rows:
            self.beginRemoveRows(QModelIndex(), 0, len(self._rows) - 1)
            self._rows = []
            self.endRemoveRows()
        shown = rows[:MAX_PREVIEW_ROWS]
        if shown:
            self.beginInsertRows(QModelIndex(), 0, len(shown) - 1)
            self._rows = shown
            self.endInsertRows()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Row"), self.tr("Group"), self.tr("Language"), self.tr("Answers"))[section]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        parsed = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.ROW, self.ANSWERS):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == self.ROW:
            return parsed.row
        if column == self.GROUP:
            return parsed.group.name
        if column == self.LANGUAGE:
            lang = parsed.response.language
            return chosen_name(lang, self._bank.language_names)
        return fill(self.tr("%1 of %2"), len(parsed.response.answers), len(self._bank.items))


class ImportWizard(QDialog):
    """Import paper answers typed into a spreadsheet: every row is checked before any is added."""

    previewed = Signal()  # a file has been read and its preview (or its problems) is shown
    imported = Signal(int)  # respondents added

    def __init__(self, store: CollectingService, round_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._round_id = round_id
        self._bank = store.round_bank(round_id)
        self._groups = store.round_groups(round_id)
        self._result: ImportResult | None = None
        self._reading = 0  # counts loads, so a slow old preview never replaces a newer one
        self.path: Path | None = None
        self.setWindowTitle(self.tr("Import answers"))
        resize_to_fit(self, 760, 540)

        layout = QVBoxLayout(self)
        layout.addWidget(
            muted(
                self.tr(
                    "Type the paper questionnaires into a spreadsheet, one row per questionnaire, "
                    "and save it as CSV or Excel (.xlsx). Start from an empty template: it has the "
                    "right columns and explains the answer codes. Every row is checked first; "
                    "if any row is wrong, nothing is imported."
                )
            )
        )
        row = QHBoxLayout()
        self.path_edit = QLineEdit()
        self.path_edit.setReadOnly(True)
        self.path_edit.setPlaceholderText(self.tr("No file chosen"))
        self.path_edit.setAccessibleName(self.tr("File of answers"))
        self.choose_button = QPushButton(self.tr("Choose file…"))
        self.choose_button.clicked.connect(self.choose_file)
        self.template_button = QPushButton(self.tr("Save an empty template…"))
        self.template_button.clicked.connect(self.choose_template_file)
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.choose_button)
        row.addWidget(self.template_button)
        layout.addLayout(row)

        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.summary_label)
        self.stack = QStackedWidget()
        self.model = ImportPreviewModel(self._bank, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(ImportPreviewModel.GROUP, QHeaderView.ResizeMode.Stretch)
        self.table.setAccessibleName(self.tr("Respondents to be added"))
        self.error_list = QListWidget()
        self.error_list.setWordWrap(True)
        self.error_list.setAlternatingRowColors(True)
        self.error_list.setSpacing(2)
        self.error_list.setAccessibleName(self.tr("Problems found in the file"))
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.error_list)
        layout.addWidget(self.stack, 1)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.import_button = QPushButton(self.tr("Import"))
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.import_rows)
        self.buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        self.progress = QProgressBar()  # while the answers are stored
        self.progress.setRange(0, 0)
        self.progress.setMaximumWidth(160)
        self.progress.setAccessibleName(self.tr("Saving the answers"))
        self.progress.setVisible(False)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Stop before the answers are saved; nothing is added."))
        self.cancel_button.clicked.connect(self.cancel_import)
        self.cancel_button.setVisible(False)
        bottom = QHBoxLayout()
        bottom.addWidget(self.progress)
        bottom.addWidget(self.cancel_button)
        bottom.addStretch(1)
        bottom.addWidget(self.buttons)
        layout.addLayout(bottom)
        self._storing: CancelToken | None = None  # set while the answers are being stored
        self.summary_label.setText(self.tr("Choose a file of answers to see what will be imported."))

    @property
    def import_result(self) -> ImportResult | None:
        """The checked file, or None before a file is read (and after its rows were added)."""
        return self._result

    # --- reading -----------------------------------------------------------------

    def choose_file(self) -> None:
        start = str(self.path.parent if self.path else documents_dir())
        name = file_dialogs.ask_open_file(
            self,
            self.tr("Choose the file of answers"),
            start,
            self.tr("Spreadsheets (*.xlsx *.csv *.txt);;All files (*)"),
        )
        if name:
            self.load(Path(name))

    def load(self, path: Path) -> None:
        """Read and check ``path`` off the GUI thread, then show the preview or the problems."""
        self.path = path
        self.path_edit.setText(str(path))
        self._result = None
        self.import_button.setEnabled(False)
        self.summary_label.setText(self.tr("Reading the file…"))
        self._reading += 1
        reading, bank, groups, today = self._reading, self._bank, self._groups, dt.date.today()

        def done(result: ImportResult) -> None:
            if reading == self._reading:
                self._show(result)

        def failed(exc: Exception) -> None:
            if reading == self._reading:
                self.summary_label.setText(self.tr("The file could not be read."))
                show_error(self, self.tr("Cannot read the file"), exc)

        run_task(lambda: read_answers(path, bank, groups, today), done, failed, owner=self)

    def _show(self, result: ImportResult) -> None:
        self._result = result
        if result.ok:
            self.model.set_rows(result.rows)
            for column in (ImportPreviewModel.ROW, ImportPreviewModel.LANGUAGE, ImportPreviewModel.ANSWERS):
                self.table.resizeColumnToContents(column)
            self.stack.setCurrentWidget(self.table)
            text = self.tr("%1 respondents will be added to this round. Check the rows, then press Import.")
            if len(result.rows) > MAX_PREVIEW_ROWS:
                text += " " + fill(self.tr("The first %1 rows are shown."), MAX_PREVIEW_ROWS)
            self.summary_label.setText(fill(text, len(result.rows)))
        else:
            self.model.set_rows([])
            self.error_list.clear()
            self.error_list.addItems(ImportMessages().lines(result))
            self.stack.setCurrentWidget(self.error_list)
            self.summary_label.setText(
                fill(
                    self.tr("Nothing can be imported: %1 problems. Correct the file and choose it again."),
                    result.problem_count,
                )
            )
        self.import_button.setEnabled(result.ok)
        self.previewed.emit()

    # --- importing ---------------------------------------------------------------

    def import_rows(self) -> int:
        """Store every respondent of the checked file in one transaction, in the background.

        Return how many are being stored (0 when there is nothing to import); ``imported``
        is emitted with the number stored once they are saved. Meanwhile the buttons are
        disabled and the storing can be cancelled until it has begun.
        """
        result = self._result
        if result is None or not result.ok or self._storing is not None:
            return 0
        store, round_id, responses = self._store, self._round_id, result.responses
        token = self._storing = CancelToken()

        def store_answers() -> int:
            token.commit()  # from here on the answers are saved whole; no cancelling
            return store.add_responses(round_id, responses)

        def done(added: int) -> None:
            self._set_storing(False)
            self._result = None
            self.import_button.setEnabled(False)
            self.summary_label.setText(fill(self.tr("Added %1 respondents. Nothing more to do here."), added))
            self.imported.emit(added)

        def failed(exc: Exception) -> None:
            self._set_storing(False)
            if not isinstance(exc, WorkplaceFileError):
                raise exc  # a bug: the error hook reports it
            self.summary_label.setText(self.tr("Nothing was added."))
            show_error(self, self.tr("The answers could not be saved"), exc)

        self._set_storing(True)
        self.summary_label.setText(fill(self.tr("Saving %1 respondents…"), len(responses)))
        run_task(store_answers, done, failed, owner=self, token=token)
        return len(responses)

    def cancel_import(self) -> bool:
        """Stop the storing unless it has begun; return True when nothing will be added."""
        token = self._storing
        if token is None:
            return True
        if not token.cancel():
            self.summary_label.setText(self.tr("The answers are being saved; this takes a moment."))
            return False
        self._set_storing(False)
        self.summary_label.setText(
            self.tr("Cancelled: nothing was added. Press Import to add the respondents after all.")
        )
        return True

    def _set_storing(self, storing: bool) -> None:
        if not storing:
            self._storing = None
        for button in (self.import_button, self.choose_button, self.template_button):
            button.setEnabled(not storing)
        self.import_button.setEnabled(not storing and self._result is not None and self._result.ok)
        self.buttons.setEnabled(not storing)
        self.progress.setVisible(storing)
        self.cancel_button.setVisible(storing)

    def reject(self) -> None:
        """Close the dialog; while the answers are stored, cancel first (or wait if it is too late)."""
        if self.cancel_import():
            super().reject()

    # --- the template ------------------------------------------------------------

    def choose_template_file(self) -> None:
        suggested = documents_dir() / self.tr("answers-template.xlsx")
        name, chosen_filter = file_dialogs.ask_save_file(
            self,
            self.tr("Save an empty template"),
            str(suggested),
            self.tr("Excel spreadsheet (*.xlsx);;CSV, separated by semicolons (*.csv)"),
        )
        if not name:
            return
        path = Path(name)
        if path.suffix.lower() not in (".csv", ".xlsx"):
            path = path.with_name(path.name + (".csv" if "*.csv" in chosen_filter else ".xlsx"))
        self.save_template(path)

    def save_template(self, path: Path) -> bool:
        """Write an empty template (CSV or XLSX by the name's ending); say where it went."""
        lang = current_language() if current_language() in self._bank.languages else self._bank.languages[0]
        try:
            write_template(path, self._bank, self._groups, lang)
        except (OSError, WorkplaceFileError) as exc:  # a full disk, or a workplace file in the way
            show_error(self, self.tr("The template could not be saved"), exc)
            return False
        self.summary_label.setText(fill(self.tr("The empty template was saved as %1."), path))
        return True
