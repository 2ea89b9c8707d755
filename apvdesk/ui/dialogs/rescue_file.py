"""Offer to rescue a damaged workplace file: copy what is still readable into a new file.

Shown when opening a file raises DamagedFile with ``can_rescue``: damaged pages, or
content apvdesk cannot use (DamagedContent), which the dialog lists in words. The rescue
runs off the GUI thread (:func:`apvdesk.ui.tasks.run_task`); the dialog then says, in
plain words, what was saved, repaired and lost, and offers to open the new file. The
damaged file is never changed.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from apvdesk.app.content_messages import ContentMessages
from apvdesk.app.file_messages import describe
from apvdesk.store.content_fault import ContentFault
from apvdesk.store.errors import DamagedContent, WorkplaceFileError
from apvdesk.store.sqlite.files import RescueReport, TableRescue, inspect_file, rescue_file, rescue_target
from apvdesk.ui import file_dialogs
from apvdesk.ui.tasks import run_task

FILE_SUFFIX = ".apvdesk"
# Tables that only link two others; they are mentioned only when rows were lost.
_LINK_TABLES = {"round_group", "problem_group", "dialogue_meeting_group"}
FAULTS_SHOWN = 5  # problems listed before the rescue
CHANGES_SHOWN = 10  # changes listed after it


def content_faults_of(path: Path) -> tuple[tuple[ContentFault, ...], bool]:
    """Return what the content check refuses in ``path`` (nothing when the damage is in its pages)."""
    try:
        inspect_file(path)
    except DamagedContent as exc:
        return exc.faults, exc.more
    except WorkplaceFileError:
        pass
    return (), False


def rescue_with_shipped_banks(damaged: Path, target: Path) -> RescueReport:
    """Rescue ``damaged``; a round whose question bank cannot be read gets the shipped one back."""
    from apvdesk.app.resources import shipped_bank

    return rescue_file(damaged, target, banks=[shipped_bank()])


class RescueFileDialog(QDialog):
    """Explain that a file is damaged, rescue it into a new file, and report what was saved."""

    def __init__(self, damaged: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.damaged = Path(damaged)
        self.target = rescue_target(self.damaged)
        self.report: RescueReport | None = None
        self._open_new = False
        self.setWindowTitle(self.tr("Damaged workplace file"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        self.faults, more = content_faults_of(self.damaged)

        if self.faults:
            intro = QLabel(self._content_intro(self.faults, more))
            offer = QLabel(
                self.tr(
                    "apvdesk can copy the file into a new one, repairing what can safely be repaired (an "
                    "anonymity threshold below 3 becomes 5, for example) and leaving out what cannot, and "
                    "leave this file exactly as it is. If you have a backup copy, it may hold more than a "
                    "rescue can save."
                )
            )
        else:
            intro = QLabel(
                self.tr(
                    "%1 is damaged: part of it can no longer be read. This can happen when a USB stick "
                    "is pulled out while a file is being saved, or when a disk is failing."
                ).replace("%1", self.damaged.name)
            )
            offer = QLabel(
                self.tr(
                    "apvdesk can copy everything that can still be read into a new file, and leave the "
                    "damaged file exactly as it is. If you have a backup copy, it may hold more than a "
                    "rescue can save."
                )
            )
        intro.setWordWrap(True)
        intro.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(intro)
        offer.setWordWrap(True)
        layout.addWidget(offer)
        self.intro, self.offer_label = intro, offer

        target_row = QHBoxLayout()
        target_row.addWidget(QLabel(self.tr("New file:")))
        self.target_label = QLabel()
        self.target_label.setWordWrap(True)
        target_row.addWidget(self.target_label, 1)
        self.change_button = QPushButton(self.tr("Change…"))
        self.change_button.setAccessibleName(self.tr("Choose where the rescued file goes"))
        self.change_button.clicked.connect(self._choose_target)
        target_row.addWidget(self.change_button)
        layout.addLayout(target_row)

        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # busy: the rescue does not know how long it takes
        self.progress.setAccessibleName(self.tr("Rescuing"))
        self.progress.hide()
        layout.addWidget(self.progress)
        self.outcome = QLabel()
        self.outcome.setWordWrap(True)
        self.outcome.hide()
        layout.addWidget(self.outcome)

        self.buttons = QDialogButtonBox()
        self.rescue_button = self.buttons.addButton(
            self.tr("Rescue into a new file"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.open_button = self.buttons.addButton(
            self.tr("Open the new file"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.open_button.hide()
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.rescue_button.clicked.connect(self.start_rescue)
        self.open_button.clicked.connect(self._open_new_file)
        self.close_button.clicked.connect(self.reject)
        self.rescue_button.setDefault(True)
        layout.addWidget(self.buttons)
        self.set_target(self.target)

    @classmethod
    def offer(cls, parent: QWidget | None, damaged: Path) -> Path | None:
        """Show the dialog; return the rescued file when the user chose to open it, else None."""
        dialog = cls(damaged, parent)
        dialog.exec()
        return dialog.rescued_file()

    def rescued_file(self) -> Path | None:
        """Return the new file if it was made and the user chose to open it."""
        return self.target if self._open_new and self.report is not None else None

    def set_target(self, path: Path) -> None:
        """Rescue into ``path`` (given the .apvdesk suffix when it lacks one)."""
        path = Path(path)
        if path.suffix != FILE_SUFFIX:
            path = path.with_name(path.name + FILE_SUFFIX)
        self.target = path
        self.target_label.setText(str(path))

    def _choose_target(self) -> None:
        name, _filter = file_dialogs.ask_save_file(
            self,
            self.tr("Save the rescued file as"),
            str(self.target),
            self.tr("apvdesk workplaces (*.apvdesk)"),
        )
        if name:
            self.set_target(Path(name))

    def start_rescue(self) -> None:
        """Run the rescue in the background; the dialog stays responsive but cannot be re-run."""
        damaged, target = self.damaged, self.target
        self._busy(True)
        self.outcome.hide()
        run_task(lambda: rescue_with_shipped_banks(damaged, target), self._done, self._failed, owner=self)

    def _busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        for button in (self.rescue_button, self.change_button, self.close_button):
            button.setEnabled(not busy)

    def _done(self, report: RescueReport) -> None:
        self._busy(False)
        self.report = report
        self.outcome.setText(self.summary(report))
        self.outcome.show()
        self.rescue_button.hide()
        self.change_button.hide()
        self.open_button.show()
        self.open_button.setDefault(True)
        self.close_button.setText(self.tr("Close"))

    def _failed(self, error: Exception) -> None:
        self._busy(False)
        self.outcome.setText(describe(error))
        self.outcome.show()

    def _open_new_file(self) -> None:
        self._open_new = True
        self.accept()

    # --- the report in words ---------------------------------------------------------

    def _content_intro(self, faults: tuple[ContentFault, ...], more: bool) -> str:
        """Return why a file whose content apvdesk cannot use was not opened, with the problems."""
        words = ContentMessages()
        lines = [
            self.tr(
                "%1 holds values that apvdesk cannot use, so it was not opened. This happens when the file "
                "has been changed outside apvdesk, for example with a database tool. What is wrong:"
            ).replace("%1", self.damaged.name),
            *(f"• {words.fault(fault)}" for fault in faults[:FAULTS_SHOWN]),
        ]
        if more or len(faults) > FAULTS_SHOWN:
            lines.append(self.tr("• … and more (apvdesk check lists them all)"))
        return "\n".join(lines)

    def _changes(self, report: RescueReport) -> list[str]:
        """Return what was repaired or left out because apvdesk could not use it."""
        if not report.changes:
            return []
        words = ContentMessages()
        lines = ["", self.tr("What was changed so that apvdesk can use the file:")]
        lines += [f"• {words.change(change)}" for change in report.changes[:CHANGES_SHOWN]]
        if len(report.changes) > CHANGES_SHOWN:
            rest = QLocale().toString(len(report.changes) - CHANGES_SHOWN)
            lines.append(self.tr("• … and %1 more").replace("%1", rest))
        return lines

    def summary(self, report: RescueReport) -> str:
        """Return what was saved and lost, one line per kind of content."""
        if report.complete:
            head = self.tr(
                "Everything was saved in %1. The damage was only in parts that apvdesk can rebuild."
            ).replace("%1", report.target.name)
        elif all(t.lost == 0 and not t.damaged and not t.missing for t in report.tables):
            head = self.tr("Saved in %1, with the repairs listed below:").replace("%1", report.target.name)
        else:
            head = self.tr("Saved in %1 — not everything could be read:").replace("%1", report.target.name)
        names = self._table_names()
        order = list(names)
        tables = sorted(report.tables, key=lambda t: order.index(t.table) if t.table in order else len(order))
        lines = [self._line(table, names) for table in tables if self._worth_a_line(table)]
        tail = self.tr(
            "The damaged file has not been changed. Check the new file before you rely on it, "
            "for example against your latest printout of the action plan."
        )
        return "\n".join([head, "", *lines, *self._changes(report), "", tail])

    @staticmethod
    def _worth_a_line(table: TableRescue) -> bool:
        if table.table in _LINK_TABLES:
            return not table.complete
        return bool(table.saved) or not table.complete

    def _line(self, table: TableRescue, names: dict[str, str]) -> str:
        name = names.get(table.table, table.table)
        saved = QLocale().toString(table.saved)
        lost = QLocale().toString(table.lost)
        if table.missing:
            return "• " + self.tr("%1: missing from the file; the new file has none").replace("%1", name)
        if table.lost and table.damaged:
            text = self.tr("%1: %2 saved, %3 lost, and some could not be read at all")
        elif table.lost:
            text = self.tr("%1: %2 saved, %3 lost")
        elif table.damaged:
            text = self.tr("%1: %2 saved; some could not be read at all")
        else:
            text = self.tr("%1: %2 saved")
        line = "• " + text.replace("%1", name).replace("%2", saved).replace("%3", lost)
        if table.repaired:
            line += " " + self.tr("(%1 of them repaired)").replace("%1", QLocale().toString(table.repaired))
        return line

    def _table_names(self) -> dict[str, str]:
        """Return the plain name of each table, in the order a reader expects them."""
        return {
            "workplace": self.tr("The workplace's details"),
            "safety_representative": self.tr("Safety representatives"),
            "work_group": self.tr("Groups"),
            "apv_round": self.tr("APV rounds"),
            "round_group": self.tr("Groups taking part in a round"),
            "respondent": self.tr("People who answered"),
            "answer": self.tr("Answers"),
            "absence_period": self.tr("Sickness absence figures"),
            "absence_assessment": self.tr("Assessments of sickness absence"),
            "dialogue_meeting": self.tr("Dialogue meetings"),
            "dialogue_meeting_group": self.tr("Groups at a dialogue meeting"),
            "agenda_point": self.tr("Points of dialogue meetings"),
            "problem": self.tr("Problems"),
            "problem_group": self.tr("Groups a problem concerns"),
            "action": self.tr("Actions"),
            "approval": self.tr("Approvals of the action plan"),
            "round_summary": self.tr("Kept results of rounds"),
        }
