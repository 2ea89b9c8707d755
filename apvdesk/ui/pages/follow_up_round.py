"""The follow-up questionnaire: re-ask the scales behind the problems, then compare before and after."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from apvdesk.core.follow_up import before_after
from apvdesk.core.model import Round
from apvdesk.ui import answer_collection
from apvdesk.ui.models.follow_up import BeforeAfterModel
from apvdesk.ui.pdf_export import PdfExportBox
from apvdesk.ui.style import muted
from apvdesk.wording.formatting import format_date
from apvdesk.wording.language_names import chosen_name


class FollowUpRoundBox(QGroupBox):
    """Start a short follow-up questionnaire, collect its answers, and show before and after."""

    def __init__(self, context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Follow-up questionnaire"))
        self.context = context
        self._kiosk: QWidget | None = None
        self._choosing = False
        layout = QVBoxLayout(self)
        self.explanation = muted(
            self.tr(
                "Some months after the actions, ask again the questions behind the problems. A short "
                "questionnaire shows whether the scores have moved; the answers are as anonymous as "
                "in the APV itself."
            )
        )
        layout.addWidget(self.explanation)

        self.choose_widget = QWidget()
        choose = QVBoxLayout(self.choose_widget)
        choose.setContentsMargins(0, 0, 0, 0)
        choose.addWidget(QLabel(self.tr("Ask again about these problems:")))
        self.problems_list = QListWidget()
        self.problems_list.setMaximumHeight(140)
        choose.addWidget(self.problems_list)
        row = QHBoxLayout()
        self.start_button = QPushButton(self.tr("Start follow-up questionnaire"))
        self.start_button.clicked.connect(self.start_follow_up)
        self.problems_list.itemChanged.connect(
            lambda _item: self.start_button.setEnabled(self.context.editable and bool(self._chosen_scales()))
        )
        row.addWidget(self.start_button)
        row.addStretch(1)
        choose.addLayout(row)
        layout.addWidget(self.choose_widget)

        self.collect_widget = QWidget()
        collect = QVBoxLayout(self.collect_widget)
        collect.setContentsMargins(0, 0, 0, 0)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        collect.addWidget(self.status_label)
        row = QHBoxLayout()
        self.kiosk_button = QPushButton(self.tr("Start kiosk mode…"))
        self.kiosk_button.clicked.connect(self.start_kiosk)
        self.entry_button = QPushButton(self.tr("Type in paper forms…"))
        self.entry_button.clicked.connect(self.type_in_forms)
        self.import_button = QPushButton(self.tr("Import answers…"))
        self.import_button.clicked.connect(self.import_answers)
        self.new_button = QPushButton(self.tr("New follow-up…"))
        self.new_button.clicked.connect(self.choose_again)
        self.end_button = QPushButton(self.tr("End the collection and show the results…"))
        self.end_button.clicked.connect(self.end_collection)
        self.reopen_button = QPushButton(self.tr("Reopen the collection…"))
        self.reopen_button.clicked.connect(self.reopen_collection)
        for button in (
            self.kiosk_button,
            self.entry_button,
            self.import_button,
            self.end_button,
            self.reopen_button,
        ):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.new_button)
        collect.addLayout(row)
        self.paper_box = PdfExportBox(
            self.tr("Paper follow-up questionnaire"),
            self.tr("The short questionnaire on paper, for those who prefer a pen."),
            self.tr("Print paper questionnaire…"),
            self._prepare_paper,
            saved_text=self.tr("The follow-up questionnaire was saved as %1."),
        )
        collect.addWidget(self.paper_box)
        collect.addWidget(QLabel(self.tr("Before and after")))
        self.comparison_note = muted("")
        collect.addWidget(self.comparison_note)
        self.comparison_model = BeforeAfterModel()
        self.comparison_view = QTableView()
        self.comparison_view.setModel(self.comparison_model)
        self.comparison_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.comparison_view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.comparison_view.verticalHeader().setVisible(False)
        self.comparison_view.setMinimumHeight(170)
        self.comparison_view.setWordWrap(True)
        header = self.comparison_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        collect.addWidget(self.comparison_view)
        layout.addWidget(self.collect_widget)

    @property
    def store(self):
        return self.context.store

    def follow_up_round(self) -> Round | None:
        """Return the current round's latest follow-up round, if any."""
        apv_round = self.context.current_round()
        if apv_round is None or apv_round.id is None:
            return None
        rounds = self.store.follow_up_rounds(apv_round.id)
        return rounds[-1] if rounds else None

    def refresh(self) -> None:
        editable = self.context.editable
        for button in (
            self.start_button,
            self.kiosk_button,
            self.entry_button,
            self.import_button,
            self.new_button,
        ):
            button.setEnabled(editable)
        apv_round = self.context.current_round()
        follow_up = self.follow_up_round()
        choosing = follow_up is None or self._choosing
        self.choose_widget.setVisible(choosing)
        self.collect_widget.setVisible(not choosing)
        if apv_round is None or apv_round.id is None:
            self.problems_list.clear()
            self.start_button.setEnabled(False)
            return
        if choosing:
            self._fill_problems(apv_round.id)
        else:
            assert follow_up is not None
            self._show_follow_up(apv_round, follow_up)

    def _fill_problems(self, round_id: int) -> None:
        self.problems_list.clear()
        bank = self.store.round_bank(round_id)
        names = {s.id: s.name.get(self.context.language(), s.id) for s in bank.scales}
        for problem in self.store.problems(round_id):
            if problem.scale_id not in names:
                continue
            item = QListWidgetItem(f"{problem.kind} ({names[problem.scale_id]})")
            item.setData(Qt.ItemDataRole.UserRole, problem.scale_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.problems_list.addItem(item)
        if not self.problems_list.count():
            item = QListWidgetItem(
                self.tr("No problems with a theme yet: register them on the Action plan page.")
            )
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.problems_list.addItem(item)
        self.start_button.setEnabled(self.context.editable and bool(self._chosen_scales()))

    def _chosen_scales(self) -> list[str]:
        scales = []
        for i in range(self.problems_list.count()):
            item = self.problems_list.item(i)
            scale_id = item.data(Qt.ItemDataRole.UserRole)
            if scale_id and item.checkState() == Qt.CheckState.Checked:
                scales.append(scale_id)
        return list(dict.fromkeys(scales))

    def _show_follow_up(self, apv_round: Round, follow_up: Round) -> None:
        assert apv_round.id is not None and follow_up.id is not None
        store = self.store
        answers = store.respondent_count(follow_up.id)
        self.status_label.setText(
            self.tr("“%1”, started on %2: %3 answers so far.")
            .replace("%1", follow_up.title)
            .replace("%2", format_date(follow_up.start_date))
            .replace("%3", str(answers))
        )
        bank = store.round_bank(follow_up.id)
        offered = [
            (lang, chosen_name(lang, bank.language_names))
            for lang in follow_up.languages
            if lang in bank.languages
        ]
        name = store.workplace().name or store.path.stem
        self.paper_box.set_choices(offered, self.context.language(), f"{name} - {self.tr('follow-up')}")
        after = store.results(follow_up.id) if answers else None
        rows = before_after(
            store.problems(apv_round.id),
            store.baseline_results(follow_up.id),
            after,
            [scale.id for scale in bank.scales],
        )
        self.comparison_model.set_data(
            rows, store.round_bank(apv_round.id), store.groups(), self.context.language()
        )
        collecting = store.is_collecting(follow_up.id)
        self.end_button.setVisible(collecting)
        self.end_button.setEnabled(self.context.editable and answers > 0)
        self.reopen_button.setVisible(not collecting)
        self.reopen_button.setEnabled(self.context.editable)
        if after is None:
            self.comparison_note.setText(
                self.tr(
                    "The after figures are shown when you end the collection (and only for groups "
                    "with at least %1 answers). The before figures are those of the APV when the "
                    "follow-up started."
                ).replace("%1", str(follow_up.anonymity_threshold))
            )
        else:
            self.comparison_note.setText(
                self.tr(
                    "Scores from 0 to 100. The before figures are those of the APV when the follow-up "
                    "started. A group with too few answers is withheld, as everywhere."
                )
            )

    # --- actions ------------------------------------------------------------------------

    def start_follow_up(self) -> None:
        apv_round = self.context.current_round()
        scales = self._chosen_scales()
        if apv_round is None or apv_round.id is None or not scales:
            return
        title = self.tr("Follow-up on %1").replace("%1", apv_round.title)
        self.store.create_follow_up_round(apv_round.id, scales, title, dt.date.today())
        self._choosing = False
        self.refresh()

    def choose_again(self) -> None:
        self._choosing = True
        self.refresh()

    def start_kiosk(self) -> None:
        follow_up = self.follow_up_round()
        if follow_up is None or follow_up.id is None:
            return
        self._kiosk = answer_collection.start_kiosk(self, self.store, follow_up.id, self._kiosk_closed)

    def _kiosk_closed(self) -> None:
        self._kiosk = None
        self.refresh()

    def end_collection(self) -> None:
        follow_up = self.follow_up_round()
        if follow_up is not None and follow_up.id is not None:
            if answer_collection.end_collection(self, self.store, follow_up.id):
                self.refresh()

    def reopen_collection(self) -> None:
        follow_up = self.follow_up_round()
        if follow_up is not None and follow_up.id is not None:
            if answer_collection.reopen_collection(self, self.store, follow_up.id):
                self.refresh()

    def type_in_forms(self) -> None:
        follow_up = self.follow_up_round()
        if follow_up is None or follow_up.id is None:
            return
        answer_collection.type_in_forms(self, self.store, follow_up.id)
        self.refresh()

    def import_answers(self) -> None:
        follow_up = self.follow_up_round()
        if follow_up is None or follow_up.id is None:
            return
        answer_collection.import_answers(self, self.store, follow_up.id)
        self.refresh()

    def _prepare_paper(self, lang: str) -> Callable[[], bytes]:
        follow_up = self.follow_up_round()
        assert follow_up is not None and follow_up.id is not None
        return answer_collection.paper_form_pdf(self.store, follow_up.id, lang)

    def close_windows(self) -> None:
        if self._kiosk is not None:
            self._kiosk.close()
