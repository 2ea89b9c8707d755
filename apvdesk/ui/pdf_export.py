"""A box that saves one kind of PDF: language choice, file choice, background work, result.

The work builds the PDF's bytes; only when it was not cancelled are they saved, through
the one safe writer (:func:`~apvdesk.platform.atomic_file.write_atomically`): a
cancelled export leaves no file, and an earlier file of the same name as it was. A
workplace file is never replaced (nor its lock file or journal): the choice is refused
at once, and checked again just before the new file takes the name.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from apvdesk.core.sites import Site
from apvdesk.platform.atomic_file import refuse_workplace_file, write_atomically
from apvdesk.platform.paths import documents_dir
from apvdesk.ui import file_dialogs
from apvdesk.ui.dialogs.message_boxes import show_error
from apvdesk.ui.filenames import safe_file_stem
from apvdesk.ui.site_choice import SiteCombo
from apvdesk.ui.style import muted
from apvdesk.ui.tasks import CancelToken, run_task

# Called on the GUI thread with the chosen language; returns the work for the thread pool
# that builds the PDF's bytes: ``build()``, or ``build(should_stop=...)`` when the work can
# stop early (it may raise any exception then; it is not shown).
PrepareBuild = Callable[[str], Callable[..., bytes]]


class PdfExportBox(QGroupBox):
    """Save a PDF in a chosen language; the writing runs off the GUI thread, then it opens."""

    def __init__(
        self,
        title: str,
        description: str,
        button_text: str,
        prepare: PrepareBuild,
        parent: QWidget | None = None,
        saved_text: str = "",
    ) -> None:
        """Make the box; ``saved_text`` (``%1`` the file) says where the PDF went once saved."""
        super().__init__(title, parent)
        self._prepare = prepare
        self._saved_text = saved_text or self.tr("The PDF was saved as %1.")
        self._file_stem = "apvdesk"
        self.last_output: Path | None = None
        # asked before the user saves or prints; False stops (e.g. a poster's texts are missing)
        self.before_making: Callable[[], bool] | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(muted(description))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.language_combo = QComboBox()
        self.language_combo.setAccessibleName(self.tr("Language of the document"))
        form.addRow(self.tr("Language:"), self.language_combo)
        self._form = form
        self.second_combo: QComboBox | None = None
        self.site_combo: SiteCombo | None = None
        layout.addLayout(form)
        row = QHBoxLayout()
        self.export_button = QPushButton(button_text)
        self.export_button.clicked.connect(self.choose_and_export)
        row.addWidget(self.export_button)
        self.print_button: QPushButton | None = None
        self._row = row
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setMaximumWidth(160)
        self.progress.setVisible(False)
        row.addWidget(self.progress)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Stop writing; no file is saved."))
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.setVisible(False)
        row.addWidget(self.cancel_button)
        self._running: CancelToken | None = None  # the export or print job under way
        row.addStretch(1)
        layout.addLayout(row)
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.result_label.setVisible(False)
        layout.addWidget(self.result_label)

    def set_choices(self, languages: Sequence[tuple[str, str]], preferred: str, file_stem: str) -> None:
        """Offer ``languages`` as (code, name), select ``preferred``, and name files after ``file_stem``."""
        current = self.language_combo.currentData() or preferred
        self.language_combo.clear()
        for code, name in languages:
            self.language_combo.addItem(name, code)
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(current)))
        self._file_stem = file_stem
        self.export_button.setEnabled(bool(languages))
        if self.print_button is not None:
            self.print_button.setEnabled(bool(languages))

    def language(self) -> str:
        return str(self.language_combo.currentData())

    def add_second_language(self, languages: Sequence[tuple[str, str]]) -> None:
        """Offer an optional second language (code, name), "none" first."""
        if self.second_combo is None:
            self.second_combo = QComboBox()
            self.second_combo.setAccessibleName(self.tr("Second language of the document"))
            self._form.addRow(self.tr("Second language:"), self.second_combo)
        current = self.second_combo.currentData()
        self.second_combo.clear()
        self.second_combo.addItem(self.tr("None"), "")
        for code, name in languages:
            self.second_combo.addItem(name, code)
        self.second_combo.setCurrentIndex(max(0, self.second_combo.findData(current)))

    def second_language(self) -> str | None:
        """Return the chosen second language, or None."""
        if self.second_combo is None:
            return None
        return str(self.second_combo.currentData() or "") or None

    def set_sites(self, sites: Sequence[Site], note: str) -> None:
        """Offer the whole workplace or one site (``note`` says what that holds); hidden without sites."""
        if self.site_combo is None:
            self.site_combo = SiteCombo(sites)
            self.site_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            self._form.addRow(self.tr("Print for:"), self.site_combo)
            self._site_note = muted(note)
            self._site_note.setMinimumWidth(420)
            self._form.addRow(self._site_note)
        self.site_combo.set_sites(sites, self.site_combo.site_id())
        self._form.setRowVisible(self.site_combo, bool(sites))
        self._form.setRowVisible(self._site_note, bool(sites))

    def site_id(self) -> int | None:
        """Return the chosen site's id, or None for the whole workplace."""
        return self.site_combo.site_id() if self.site_combo is not None else None

    def enable_printing(self) -> None:
        """Add a "Print…" button: the PDF is built in the background, then Qt's print dialog opens."""
        if self.print_button is None:
            self.print_button = QPushButton(self.tr("Print…"))
            self.print_button.clicked.connect(self.build_and_print)
            self._row.insertWidget(1, self.print_button)

    def add_button(self, button: QPushButton) -> None:
        """Add a button of the report's own after Save and Print (the poster's texts in another language)."""
        index = 2 if self.print_button is not None else 1
        self._row.insertWidget(index, button)

    def build_and_print(self) -> None:
        """Build the PDF in the background, then open the print dialog (the Print… button)."""
        if self.before_making is not None and not self.before_making():
            return
        build = self._prepare(self.language())
        title = self._file_stem

        def done(pdf: bytes) -> None:
            self._busy(False)
            self.result_label.setVisible(False)
            from apvdesk.ui.printing import ask_and_print

            ask_and_print(self, pdf, title)

        def failed(exc: Exception) -> None:
            self._busy(False)
            self.result_label.setVisible(False)
            show_error(self, self.tr("The document could not be made for printing"), exc)

        token = self._start()
        run_task(lambda: build_unless_cancelled(build, token), done, failed, owner=self, token=token)

    def choose_and_export(self) -> None:
        if self.before_making is not None and not self.before_making():
            return
        suggested = documents_dir() / self.suggested_file_name()
        chosen, _filter = file_dialogs.ask_save_file(
            self, self.tr("Save as"), str(suggested), self.tr("PDF files (*.pdf)")
        )
        if chosen:
            path = Path(chosen)
            self.export(path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf"))

    def suggested_file_name(self) -> str:
        """Return the file name offered: the stem and the language(s), e.g. ``… plakat (da+pl).pdf``."""
        langs = "+".join(filter(None, (self.language(), self.second_language())))
        site = self.site_combo.currentText() if self.site_id() is not None and self.site_combo else ""
        stem = f"{self._file_stem} - {site}" if site else self._file_stem
        return f"{safe_file_stem(stem)} ({langs}).pdf"

    def export(self, path: Path, open_when_done: bool = True) -> None:
        """Write the PDF to ``path`` in the background, then open it in the system viewer.

        A workplace file at ``path`` is refused at once with a message, before any work.
        """
        from apvdesk.store.errors import OutputOverWorkplaceFile

        try:
            refuse_workplace_file(path)
        except OutputOverWorkplaceFile as exc:
            show_error(self, self.tr("The PDF could not be saved"), exc)
            return
        build = self._prepare(self.language())
        token = self._start()

        def done(result: Path) -> None:
            self._busy(False)
            self.last_output = result
            self.result_label.setText(self._saved_text.replace("%1", str(result)))
            if open_when_done:
                QDesktopServices.openUrl(QUrl.fromLocalFile(str(result)))

        def failed(exc: Exception) -> None:
            self._busy(False)
            self.result_label.setVisible(False)
            show_error(self, self.tr("The PDF could not be saved"), exc)

        run_task(lambda: write_unless_cancelled(build, path, token), done, failed, owner=self, token=token)

    def cancel(self) -> bool:
        """Stop the running export or print job; return False when there is none, or it has finished."""
        token = self._running
        if token is None or not token.cancel():
            return False
        self._busy(False)
        self.result_label.setText(self.tr("Cancelled: no file was saved."))
        return True

    def _start(self) -> CancelToken:
        self._running = CancelToken()
        self._busy(True)
        return self._running

    def _busy(self, busy: bool) -> None:
        if not busy:
            self._running = None
        self.export_button.setEnabled(not busy)
        if self.print_button is not None:
            self.print_button.setEnabled(not busy)
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        if busy:
            self.result_label.setText(self.tr("Writing the PDF…"))
        self.result_label.setVisible(True)


def build_unless_cancelled(build: Callable[..., bytes], token: CancelToken) -> bytes:
    """Run ``build``, handing it ``token`` as its ``should_stop`` hook when it takes one; return its bytes.

    Runs in the thread pool. Raises Cancelled when the token was cancelled before the
    work started, or what ``build`` raises (a cancelled build stops with its own error).
    """
    token.raise_if_cancelled()
    if "should_stop" in inspect.signature(build).parameters:
        return build(should_stop=token)
    return build()


def write_unless_cancelled(build: Callable[..., bytes], path: Path, token: CancelToken) -> Path:
    """Build the PDF and save it at ``path`` through the one safe writer, unless ``token`` was cancelled.

    Runs in the thread pool. Raises Cancelled, OutputOverWorkplaceFile when ``path`` has
    come to hold a workplace file meanwhile, an OSError naming ``path``, or what ``build``
    raises. Nothing is written until the build is done and the token committed.
    """
    pdf = build_unless_cancelled(build, token)
    token.commit()  # from here on, the file is saved even if the user presses Cancel
    write_atomically(pdf, path)
    return path
