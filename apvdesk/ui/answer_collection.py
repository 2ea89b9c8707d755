"""Collecting a round's answers: the kiosk, typing in paper forms, importing, the paper form.

The Mapping page does this for the APV round and the Follow-up page for a follow-up
round; both call these, with the round's id.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from apvdesk.store.service import WorkplaceService
from apvdesk.ui.dialogs.pin_dialog import SetPinDialog
from apvdesk.wording.i18n import fill


class CollectionTexts(QObject):
    """The questions and notices about ending and reopening a round's collection."""

    def end_question(self, store: WorkplaceService, round_id: int) -> str:
        threshold = store.round(round_id).anonymity_threshold
        if store.released_on(round_id) is None:
            return fill(
                self.tr(
                    "End the collection and show the results?\n\n%1 people have answered. The results "
                    "are worked out once and then shown on the Assessment page, in the reports and "
                    "everywhere else.\n\nAnswers that come in later (a late paper form, say) are "
                    "added only when at least %2 new answers have come in for every group they "
                    "belong to. Until then they wait, so that nobody's answers can be worked out by "
                    "comparing the results before and after."
                ),
                store.respondent_count(round_id),
                threshold,
            )
        return fill(
            self.tr(
                "End the collection again?\n\n%1 answers have come in since the results were "
                "released. They are added to the results if every group they belong to has at "
                "least %2 new answers; otherwise they wait until it has."
            ),
            sum(store.waiting_answers(round_id).values()),
            threshold,
        )

    def still_waiting(self, count: int, threshold: int) -> str:
        return fill(
            self.tr(
                "%1 answers are waiting: they are added to the results when every group they belong "
                "to has at least %2 new answers. The results shown have not changed."
            ),
            count,
            threshold,
        )

    def reopen_question(self, threshold: int) -> str:
        return fill(
            self.tr(
                "The collection of this round has ended and its results are released.\n\n"
                "Reopen it for more answers? The results shown now stay as they are. When you end "
                "the collection again, the new answers are added only if every group they belong "
                "to has at least %1 new answers; otherwise they wait."
            ),
            threshold,
        )

    def end_title(self) -> str:
        return self.tr("End the collection")

    def working(self) -> str:
        return self.tr("Working out the results…")

    def reopen_title(self) -> str:
        return self.tr("Reopen the collection")


def end_collection(parent: QWidget, store: WorkplaceService, round_id: int) -> bool:
    """Ask, then end a round's collection and release its results; return True when it was ended."""
    texts = CollectionTexts()
    answer = QMessageBox.question(
        parent,
        texts.end_title(),
        texts.end_question(store, round_id),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    if answer != QMessageBox.StandardButton.Yes:
        return False
    from apvdesk.ui.tasks import run_with_progress

    run_with_progress(parent, texts.working(), lambda: store.end_collection(round_id))
    waiting = sum(store.waiting_answers(round_id).values())
    if waiting:
        QMessageBox.information(
            parent, texts.end_title(), texts.still_waiting(waiting, store.round(round_id).anonymity_threshold)
        )
    return True


def reopen_collection(parent: QWidget, store: WorkplaceService, round_id: int) -> bool:
    """Ask, then let an ended round take answers again; return True when it was reopened."""
    texts = CollectionTexts()
    answer = QMessageBox.question(
        parent,
        texts.reopen_title(),
        texts.reopen_question(store.round(round_id).anonymity_threshold),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    if answer != QMessageBox.StandardButton.Yes:
        return False
    store.reopen_collection(round_id)
    return True


def start_kiosk(parent: QWidget, store: WorkplaceService, round_id: int, on_closed: Callable[[], None]):
    """Start kiosk mode for a round, asking for a PIN first if the round has none.

    A round whose collection has ended is reopened first, if the user agrees. Starting
    the kiosk records the threshold the respondents are told (it can only be raised then).
    Returns the kiosk window (keep a reference while it runs), or None when it did not start.
    """
    if not store.is_collecting(round_id) and not reopen_collection(parent, store, round_id):
        return None
    apv_round = store.round(round_id)
    if not apv_round.kiosk_pin_hash:
        pin_hash, accepted = SetPinDialog.get_pin_hash(parent)
        if not accepted:
            return None
        apv_round.kiosk_pin_hash = pin_hash
        store.update_round(apv_round)
    from apvdesk.ui.kiosk.window import KioskWindow

    store.promise_threshold(round_id)
    kiosk = KioskWindow(store, round_id)
    kiosk.closed.connect(on_closed)
    kiosk.start()
    return kiosk


def type_in_forms(parent: QWidget, store: WorkplaceService, round_id: int) -> None:
    """Open the grid for typing in paper forms (modal)."""
    from apvdesk.ui.dialogs.entry_grid import EntryGridDialog

    EntryGridDialog(store, round_id, parent).exec()


def import_answers(parent: QWidget, store: WorkplaceService, round_id: int) -> None:
    """Open the import wizard (modal)."""
    from apvdesk.ui.dialogs.import_wizard import ImportWizard

    ImportWizard(store, round_id, parent).exec()


def paper_form_pdf(store: WorkplaceService, round_id: int, lang: str) -> Callable[[], bytes]:
    """Return the work that makes the round's paper questionnaire in ``lang`` as PDF bytes (for the threads).

    Made as ``apvdesk report questionnaire`` makes it; printing it from a file open for
    writing records the threshold the form tells respondents.
    """
    from apvdesk.app.report_entry import ReportChoices
    from apvdesk.app.report_registry import printable_report

    questionnaire = printable_report("questionnaire")
    choices = ReportChoices(lang, round_id=round_id)
    return lambda: questionnaire.pdf(store, choices)
