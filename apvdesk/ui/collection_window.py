"""The reduced window on a collection file: the kiosk, typing in paper forms, importing, and a count.

A collection file (:mod:`apvdesk.store.collection`) is taken to another PC to collect
answers there. Opened in apvdesk (``apvdesk SITE.apvcollect``, File › Open, the recent
files, a drop: :mod:`apvdesk.ui.collection_opening`) it gets this window and nothing
else of the program: what the file is, how many answer sheets it holds, and the three
ways of collecting, which write through
:class:`~apvdesk.store.collection.collection_store.CollectionStore`. The window holds
the file's lock from opening until it is closed: one writer at a time.

The count is the total. Per group it is shown only when every group has at least the
threshold of answers: below it, a group's count (and the total less the others) would
tell who in a small team has answered.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from apvdesk.store.collection.collection_store import CollectionStore
from apvdesk.store.errors import WorkplaceFileError
from apvdesk.ui.screen_fit import resize_to_fit
from apvdesk.ui.style import heading, muted
from apvdesk.wording.i18n import fill

if TYPE_CHECKING:
    from apvdesk.store.service_collecting import CollectingService


def per_group_counts(groups: list[tuple[str, int]], threshold: int) -> list[tuple[str, int]] | None:
    """Return the groups' counts when every group has at least ``threshold`` answers, else None."""
    if not groups or any(count < threshold for _, count in groups):
        return None
    return groups


class CollectionWindow(QWidget):
    """A collection file open for collecting answers; ``closed`` once it is closed and let go."""

    closed = Signal()

    def __init__(self, store: CollectionStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from PySide6.QtCore import Qt

        self.setWindowFlag(Qt.WindowType.Window)
        self.store = store
        self._kiosk: QWidget | None = None
        self.setWindowTitle(fill(self.tr("%1 – collection file – apvdesk"), store.path.name))
        resize_to_fit(self, 720, 520)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(fill(self.tr("Collection file “%1”"), store.path.stem), 2))
        groups = ", ".join(group.name for group in store.header.groups)
        self.about = QLabel(
            fill(
                self.tr(
                    "This file collects answers to a workplace's questionnaire on this PC, for the "
                    "groups %1. It holds no results, no action plan and no names. When the answers "
                    "are in, take the file back to the PC with the workplace file and add them there "
                    "with Mapping › “Fetch answers from another PC…”."
                ),
                groups,
            )
        )
        self.about.setWordWrap(True)
        layout.addWidget(self.about)
        self.count_label = QLabel()
        self.count_label.setWordWrap(True)
        font = self.count_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.count_label.setFont(font)
        layout.addWidget(self.count_label)
        self.group_label = muted("")
        layout.addWidget(self.group_label)
        layout.addSpacing(8)

        ways = QGroupBox(self.tr("Collect the answers"))
        grid = QGridLayout(ways)
        grid.setColumnStretch(1, 1)
        self.kiosk_button = QPushButton(self.tr("Start kiosk mode…"))
        self.entry_button = QPushButton(self.tr("Type in paper forms…"))
        self.import_button = QPushButton(self.tr("Import answers…"))
        notes = (
            self.tr(
                "Employees answer one by one on this PC, in their own language. Leaving the "
                "kiosk needs the PIN."
            ),
            self.tr("One row per form, one digit per answer."),
            self.tr("Answers typed into a spreadsheet (CSV or Excel)."),
        )
        for row, (button, note) in enumerate(
            zip((self.kiosk_button, self.entry_button, self.import_button), notes, strict=True)
        ):
            grid.addWidget(button, row, 0)
            grid.addWidget(muted(note), row, 1)
        layout.addWidget(ways)
        layout.addStretch(1)
        self.kiosk_button.clicked.connect(self.start_kiosk)
        self.entry_button.clicked.connect(self.type_in_forms)
        self.import_button.clicked.connect(self.import_answers)
        self.refresh()

    @property
    def _collecting(self) -> CollectingService:
        return self.store  # all the kiosk and the dialogs reach: checked by mypy against the Protocol

    def refresh(self) -> None:
        """Show how many answer sheets the file holds (per group only when none is below the threshold)."""
        try:
            total = self.store.respondent_count(self.store.round_id)
            counts = self.store.group_counts()
        except WorkplaceFileError as exc:
            from apvdesk.app.file_messages import describe

            self.count_label.setText(describe(exc))
            return
        self.count_label.setText(fill(self.tr("Answer sheets collected in this file: %1"), total))
        threshold = self.store.header.threshold
        rows = [(group.name, counts.get(group.id or -1, 0)) for group in self.store.header.groups]
        shown = per_group_counts(rows, threshold)
        if shown is None:
            self.group_label.setText(
                fill(
                    self.tr(
                        "Per group, the count is shown once every group has at least %1 answers, so "
                        "that nobody can tell who in a small group has answered."
                    ),
                    threshold,
                )
            )
        else:
            self.group_label.setText(", ".join(f"{name}: {count}" for name, count in shown))

    # --- the three ways of collecting ---------------------------------------------------

    def start_kiosk(self) -> None:
        """Start the kiosk on the collection's round, left with the PIN the collection carries."""
        if not self.store.header.pin_hash:
            QMessageBox.warning(
                self,
                self.tr("No kiosk PIN"),
                self.tr(
                    "This collection file was made before a kiosk PIN was chosen, and without one "
                    "the kiosk could not be left safely. On the PC with the workplace file, choose a "
                    "PIN (Mapping › Start kiosk mode…), then make the collection file again."
                ),
            )
            return
        from apvdesk.ui.kiosk.window import KioskWindow

        try:
            kiosk = KioskWindow(self._collecting, self.store.round_id)
        except ValueError:  # no group to answer for, or no language the questionnaire has
            QMessageBox.warning(
                self,
                self.tr("The kiosk cannot start"),
                self.tr(
                    "This collection file has no group or no language to answer in. On the PC with "
                    "the workplace file, check the round's groups and languages, then make the "
                    "collection file again."
                ),
            )
            return
        kiosk.closed.connect(self._kiosk_closed)
        self._kiosk = kiosk
        self.hide()  # nothing of the program behind the kiosk
        kiosk.start()

    def _kiosk_closed(self) -> None:
        self._kiosk = None
        self.show()
        self.refresh()

    def type_in_forms(self) -> None:
        from apvdesk.ui.dialogs.entry_grid import EntryGridDialog

        EntryGridDialog(self._collecting, self.store.round_id, self).exec()
        self.refresh()

    def import_answers(self) -> None:
        from apvdesk.ui.dialogs.import_wizard import ImportWizard

        ImportWizard(self._collecting, self.store.round_id, self).exec()
        self.refresh()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        """Let go of the file (its lock) when the window closes; never while the kiosk runs."""
        if self._kiosk is not None:
            event.ignore()
            return
        self.store.close()
        super().closeEvent(event)
        self.closed.emit()
