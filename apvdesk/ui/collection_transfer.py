"""Kortlægning › "Collect on another PC…" and "Fetch answers from another PC…" (collection files).

A collection file (:mod:`apvdesk.store.collection`) takes a round's questionnaire, the
groups of one site (or all) and the kiosk PIN's hash to a PC without a network: a laptop
at a customer site. :func:`collect_on_another_pc` explains what the file holds, lets the
owner choose the site, asks for a kiosk PIN when the round has none, and saves it (to a
USB stick, say). :func:`fetch_answers` merges a collection file back in the background,
says what was added (each answer sheet once) and offers to wipe the answers from it.
:class:`CollectionTransfer` puts both buttons on the Mapping page.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from apvdesk.platform.file_errors import WorkplaceFileError
from apvdesk.platform.paths import documents_dir
from apvdesk.store.collection.merging import MergeOutcome, groups_at_site
from apvdesk.store.service import WorkplaceService
from apvdesk.ui import file_dialogs
from apvdesk.ui.dialogs.message_boxes import confirm, show_error
from apvdesk.ui.filenames import safe_file_stem
from apvdesk.ui.style import muted
from apvdesk.wording.i18n import fill

SUFFIX = ".apvcollect"


class CollectDialog(QDialog):
    """What a collection file holds and what not, and the site whose groups go into it."""

    def __init__(self, store: WorkplaceService, round_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Collect on another PC"))
        self.setMinimumWidth(560)
        self._groups = store.round_groups(round_id)
        apv_round = store.round(round_id)
        layout = QVBoxLayout(self)
        for text in (
            self.tr(
                "A collection file lets employees answer on another PC without a network, for "
                "example a laptop at a customer site. Save it on a USB stick and open it with "
                "apvdesk on the other PC: there the employees answer in the kiosk, or you type in "
                "paper forms. Bring the file back and choose Fetch answers from another PC…"
            ),
            fill(
                self.tr(
                    "The file holds the questionnaire of the round “%1”, the groups below and the "
                    "kiosk PIN in a form that cannot be read back. It holds no results, no action "
                    "plan, no names and none of the answers given on this PC."
                ),
                apv_round.title,
            ),
        ):
            label = QLabel(text)
            label.setWordWrap(True)
            layout.addWidget(label)
        form = QFormLayout()
        self.site_box = QComboBox()
        self.site_box.addItem(self.tr("All groups"), None)
        for site in store.sites():
            self.site_box.addItem(site.name, site.id)
        self.site_box.setAccessibleName(self.tr("Site"))
        self.site_box.currentIndexChanged.connect(self._show_groups)
        if self.site_box.count() > 1:  # only a workplace with sites has a choice
            form.addRow(self.tr("Site:"), self.site_box)
        else:
            self.site_box.setVisible(False)
        self.groups_label = QLabel()
        self.groups_label.setWordWrap(True)
        form.addRow(self.tr("Groups in the file:"), self.groups_label)
        layout.addLayout(form)
        self.pin_note = muted(
            self.tr(
                "The round has no kiosk PIN yet. The kiosk on the other PC needs one, so that only "
                "you can leave it; you choose it in the next step."
            )
        )
        self.pin_note.setVisible(not apv_round.kiosk_pin_hash)
        layout.addWidget(self.pin_note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.addButton(
            self.tr("Save the collection file…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._show_groups()

    def site(self) -> tuple[int | None, str]:
        """Return the chosen site's id and name (None and "" for all groups)."""
        site_id = self.site_box.currentData()
        return site_id, (self.site_box.currentText() if site_id is not None else "")

    def _show_groups(self) -> None:
        groups = groups_at_site(self._groups, self.site()[0])
        names = ", ".join(g.name for g in groups)
        self.groups_label.setText(names or self.tr("No group works at this site."))
        self.save_button.setEnabled(bool(groups))

    @classmethod
    def choose_site(
        cls, store: WorkplaceService, round_id: int, parent: QWidget | None
    ) -> tuple[int | None, str, bool]:
        """Show the dialog; return the site's id and name, and whether the user went on."""
        dialog = cls(store, round_id, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        site_id, name = dialog.site()
        return site_id, name, accepted


class TransferTexts(QObject):
    """The titles and sentences of saving and fetching collection files."""

    def collect_title(self) -> str:
        return self.tr("Collect on another PC")

    def fetch_title(self) -> str:
        return self.tr("Fetch answers from another PC")

    def kinds(self) -> str:
        return self.tr("Collection files (*.apvcollect)")

    def saved(self, path: Path) -> str:
        return fill(
            self.tr(
                "The collection file was saved as %1.\n\nOpen it with apvdesk on the other PC. When the "
                "answers are in, bring it back and choose Fetch answers from another PC…"
            ),
            path,
        )

    def not_saved(self) -> str:
        return self.tr("The collection file could not be saved")

    def merging(self) -> str:
        return self.tr("Adding the answers…")

    def not_merged(self) -> str:
        return self.tr("No answers were added")

    def wipe_title(self) -> str:
        return self.tr("Delete the answers from the collection file?")

    def wipe_question(self, path: Path) -> str:
        return fill(
            self.tr(
                "The answers are now in the workplace file. Delete them from %1, so that they are "
                "not left on the USB stick or the other PC? They are overwritten, not only removed "
                "from a list. The file can then collect new answers for the same round."
            ),
            path,
        )

    def wiped(self, path: Path) -> str:
        return fill(self.tr("The answers were deleted from %1."), path)

    def new_since(self, path: Path) -> str:
        return fill(
            self.tr(
                "Nothing was deleted: new answers were collected in %1 after they were fetched. "
                "Fetch the answers from it again; you are then asked again."
            ),
            path,
        )

    def not_wiped(self) -> str:
        return self.tr("The answers could not be deleted from the collection file")


def collect_on_another_pc(parent: QWidget, store: WorkplaceService, round_id: int) -> Path | None:
    """Explain, ask for the site (and a PIN if the round has none), save a collection file; return it."""
    from apvdesk.store.collection.merging import collect
    from apvdesk.ui.dialogs.pin_dialog import SetPinDialog

    texts = TransferTexts()
    site_id, site_name, accepted = CollectDialog.choose_site(store, round_id, parent)
    if not accepted:
        return None
    apv_round = store.round(round_id)
    if not apv_round.kiosk_pin_hash:
        pin_hash, accepted = SetPinDialog.get_pin_hash(parent)
        if not accepted:
            return None
        apv_round.kiosk_pin_hash = pin_hash
        store.update_round(apv_round)
    stem = site_name or store.workplace().name or store.path.stem
    suggested = documents_dir() / f"{safe_file_stem(stem)}{SUFFIX}"
    chosen, _kind = file_dialogs.ask_save_file(parent, texts.collect_title(), str(suggested), texts.kinds())
    if not chosen:
        return None
    path = Path(chosen)
    if path.suffix.lower() != SUFFIX:
        path = path.with_name(path.name + SUFFIX)
    try:
        collect(store, round_id, path, site_id)
    except (WorkplaceFileError, OSError) as exc:  # a workplace or collection file in the way
        show_error(parent, texts.not_saved(), exc)
        return None
    QMessageBox.information(parent, texts.collect_title(), texts.saved(path))
    return path


def fetch_answers(parent: QWidget, store: WorkplaceService) -> MergeOutcome | None:
    """Choose a collection file, merge it in the background, say how it went, offer to wipe it."""
    from apvdesk.app.collection_messages import CollectionMessages
    from apvdesk.store.collection.merging import merge_collection, wipe_merged
    from apvdesk.ui.tasks import run_with_progress

    texts = TransferTexts()
    chosen = file_dialogs.ask_open_file(parent, texts.fetch_title(), str(documents_dir()), texts.kinds())
    if not chosen:
        return None
    path = Path(chosen)
    try:
        outcome = run_with_progress(parent, texts.merging(), lambda: merge_collection(store, path))
    except (WorkplaceFileError, OSError) as exc:  # refused, and nothing was changed
        show_error(parent, texts.not_merged(), exc)
        return None
    title = store.round(outcome.round_id).title if outcome.round_id is not None else ""
    message = CollectionMessages().merged(outcome.added, outcome.already, path.name, title)
    if outcome.added and outcome.round_id is not None:
        message += _waiting_note(store, outcome.round_id)
    QMessageBox.information(parent, texts.fetch_title(), message)
    if (outcome.added or outcome.already) and confirm(parent, texts.wipe_title(), texts.wipe_question(path)):
        try:
            wiped = wipe_merged(store, path)
        except (WorkplaceFileError, OSError) as exc:  # a read-only stick, say: told, and the file kept
            show_error(parent, texts.not_wiped(), exc)
        else:
            done = texts.wiped(path) if wiped else texts.new_since(path)
            QMessageBox.information(parent, texts.fetch_title(), done)
    return outcome


def _waiting_note(store: WorkplaceService, round_id: int) -> str:
    """Say so when answers added after the release wait until enough have come in (else "")."""
    from apvdesk.ui.answer_collection import CollectionTexts

    waiting = sum(store.waiting_answers(round_id).values())
    if not waiting or store.released_on(round_id) is None:
        return ""
    return "\n\n" + CollectionTexts().still_waiting(waiting, store.round(round_id).anonymity_threshold)


class CollectionTransfer(QObject):
    """The two buttons of the Mapping page; ``merged`` is emitted after answers were fetched."""

    merged = Signal()

    def __init__(self, page: QWidget, store: WorkplaceService) -> None:
        super().__init__(page)
        self._page = page
        self._store = store
        self.round_id: int | None = None
        self.collect_button = QPushButton(self.tr("Collect on another PC…"))
        self.collect_button.clicked.connect(self.collect)
        self.fetch_button = QPushButton(self.tr("Fetch answers from another PC…"))
        self.fetch_button.clicked.connect(self.fetch)

    def add_to(self, grid: QGridLayout, row: int) -> None:
        """Put the buttons and their explanations in two rows of ``grid`` from ``row``."""
        grid.addWidget(self.collect_button, row, 0)
        grid.addWidget(
            muted(self.tr("A file for a laptop or another PC without a network, on a USB stick.")), row, 1
        )
        grid.addWidget(self.fetch_button, row + 1, 0)
        grid.addWidget(
            muted(self.tr("Add the answers collected in such a file. Each answer sheet is added only once.")),
            row + 1,
            1,
        )

    def show_round(self, round_id: int | None, takes_answers: bool) -> None:
        """Enable the buttons for a round that takes answers (None: no round)."""
        self.round_id = round_id
        for button in (self.collect_button, self.fetch_button):
            button.setEnabled(round_id is not None and takes_answers)

    def collect(self) -> None:
        if self.round_id is not None:
            collect_on_another_pc(self._page, self._store, self.round_id)

    def fetch(self) -> None:
        if fetch_answers(self._page, self._store) is not None:
            self.merged.emit()
