"""The current round's settings: title, themes and their forms, groups, languages, anonymity, PIN."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QWidget,
)

from apvdesk.app.resources import shipped_bank
from apvdesk.core.bank import QuestionBank
from apvdesk.core.mapping import Advice, dialogue_advice
from apvdesk.core.model import MIN_ANONYMITY_THRESHOLD, Round
from apvdesk.core.questionnaire_length import forms_of
from apvdesk.store.round_methods import RoundHasAnswers
from apvdesk.ui.dialogs.pin_dialog import SetPinDialog
from apvdesk.ui.pages.base import PageContext
from apvdesk.ui.pages.theme_forms import ThemeForms
from apvdesk.ui.style import muted
from apvdesk.wording.language_names import chosen_name


def _check_list() -> QListWidget:
    widget = QListWidget()
    widget.setStyleSheet("QListWidget::item { padding: 2px; }")
    return widget


def _fit_height(widget: QListWidget) -> None:
    """Make a short list exactly as tall as its rows (a long one scrolls after 8 rows)."""
    rows = min(max(widget.count(), 1), 8)
    row_height = widget.sizeHintForRow(0) if widget.count() else 22
    widget.setFixedHeight(rows * row_height + 2 * widget.frameWidth() + 4)


class RoundSetupBox(QGroupBox):
    """Everything to decide before the mapping starts; each change is saved at once."""

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("The current round"))
        self.context = context
        self._loading = False
        self._asked: QuestionBank | None = None  # the questions the round asks, as it keeps them
        form = QFormLayout(self)

        self.title_edit = QLineEdit()
        self.title_edit.editingFinished.connect(self._save)
        form.addRow(self.tr("Title:"), self.title_edit)

        self.threshold_spin = QSpinBox()
        self.threshold_spin.setRange(MIN_ANONYMITY_THRESHOLD, 50)
        self.threshold_spin.setMaximumWidth(120)
        self.threshold_spin.valueChanged.connect(self._save)
        form.addRow(self.tr("Anonymity threshold:"), self.threshold_spin)
        self.threshold_note = muted("")
        form.addRow("", self.threshold_note)

        self.theme_forms = ThemeForms()
        self.theme_forms.changed.connect(self._save_forms)
        form.addRow(self.tr("Themes asked:"), self.theme_forms)
        self.themes_note = muted("")
        form.addRow("", self.themes_note)

        self.groups_list = _check_list()
        self.groups_list.itemChanged.connect(self._save)
        form.addRow(self.tr("Groups taking part:"), self.groups_list)

        languages = QWidget()
        grid = QGridLayout(languages)
        grid.setContentsMargins(0, 0, 0, 0)
        bank = shipped_bank()
        self.language_checks: dict[str, QCheckBox] = {}
        for index, lang in enumerate(bank.languages):
            check = QCheckBox(chosen_name(lang, bank.language_names))
            check.toggled.connect(self._save)
            self.language_checks[lang] = check
            grid.addWidget(check, index // 3, index % 3)
        form.addRow(self.tr("Languages offered:"), languages)

        pin_row = QWidget()
        pin_layout = QHBoxLayout(pin_row)
        pin_layout.setContentsMargins(0, 0, 0, 0)
        self.pin_status = QLabel()
        self.pin_button = QPushButton(self.tr("Set PIN…"))
        self.pin_button.clicked.connect(self.set_pin)
        pin_layout.addWidget(self.pin_status, 1)
        pin_layout.addWidget(self.pin_button)
        form.addRow(self.tr("Kiosk PIN:"), pin_row)

        self.advice = QLabel()
        self.advice.setWordWrap(True)
        self.advice.setStyleSheet(
            "background: #fff7e0; color: #000000;"  # a text colour with every background
            " border: 1px solid #e0c070; padding: 8px;"
        )
        form.addRow("", self.advice)

    # --- loading ----------------------------------------------------------------------

    def refresh(self) -> None:
        apv_round = self.context.current_round()
        self.setVisible(apv_round is not None)
        if apv_round is None or apv_round.id is None:
            return
        store = self.context.store
        self._loading = True
        try:
            self.title_edit.setText(apv_round.title)
            self._show_threshold(apv_round)
            self._asked = store.round_bank(apv_round.id)
            answered = store.respondent_count(apv_round.id) > 0
            bank = shipped_bank()
            fixed = answered or not self.context.editable
            self.theme_forms.show_forms(bank, forms_of(self._asked, bank), self.context.language(), fixed)
            self.theme_forms.show_length(self._asked, apv_round.languages)
            self.themes_note.setText(
                self.tr("The questions cannot change once someone has answered.")
                if answered
                else self.tr(
                    "A short form asks fewer questions of its theme. "
                    "Themes marked “always asked” are in every round."
                )
            )
            chosen = set(apv_round.group_ids)
            self.groups_list.clear()
            for group in store.groups():
                text = (
                    self.tr("%1 (%2 employees)").replace("%1", group.name).replace("%2", str(group.headcount))
                )
                item = QListWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, group.id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                taking_part = not chosen or group.id in chosen
                item.setCheckState(Qt.CheckState.Checked if taking_part else Qt.CheckState.Unchecked)
                self.groups_list.addItem(item)
            _fit_height(self.groups_list)
            for lang_code, check in self.language_checks.items():
                check.setChecked(lang_code in apv_round.languages)
            self._show_pin(apv_round)
            self._show_advice(apv_round)
        finally:
            self._loading = False

    def _show_threshold(self, apv_round: Round) -> None:
        """Show the threshold; once anyone was told it or has answered, it can only go up."""
        assert apv_round.id is not None
        store = self.context.store
        promised = store.promised_threshold(apv_round.id)
        fixed = store.answers_discarded_on(apv_round.id) is not None
        self.threshold_spin.setMinimum(max(MIN_ANONYMITY_THRESHOLD, promised))
        self.threshold_spin.setValue(apv_round.anonymity_threshold)
        self.threshold_spin.setEnabled(self.context.editable and not fixed)
        text = self.tr(
            "Results based on fewer answers than this are never shown. The usual threshold is 5; "
            "it can never be lower than 3."
        )
        if fixed:
            text += " " + self.tr(
                "The individual answers are deleted, so the threshold can no longer change."
            )
        elif promised:
            text += " " + self.tr(
                "The respondents have been told %1 (in the kiosk, on the paper form or by answering), "
                "so it can only be raised now."
            ).replace("%1", str(promised))
        self.threshold_note.setText(text)

    def _show_pin(self, apv_round: Round) -> None:
        if apv_round.kiosk_pin_hash:
            self.pin_status.setText(self.tr("A PIN is set."))
            self.pin_button.setText(self.tr("Change PIN…"))
        else:
            self.pin_status.setText(self.tr("No PIN yet. Set one before you start the kiosk."))
            self.pin_button.setText(self.tr("Set PIN…"))

    def _show_advice(self, apv_round: Round) -> None:
        assert apv_round.id is not None
        workplace = self.context.store.workplace()
        reasons, small = dialogue_advice(
            workplace.headcount, self.context.store.round_groups(apv_round.id), apv_round.anonymity_threshold
        )
        lines = []
        if Advice.SMALL_WORKPLACE in reasons:
            lines.append(
                self.tr(
                    "With fewer than 15 employees an anonymous questionnaire is hardly anonymous, and "
                    "its figures say little. Consider a dialogue meeting: the group talks the questions "
                    "through together."
                )
            )
        if Advice.SMALL_GROUP in reasons:
            names = ", ".join(g.name for g in small)
            lines.append(
                self.tr(
                    "These groups have fewer employees than the anonymity threshold, so their results "
                    "will be withheld: %1. Join them with another group, or hold a dialogue "
                    "meeting with them."
                ).replace("%1", names)
            )
        self.advice.setText("\n\n".join(lines))
        self.advice.setVisible(bool(lines))

    # --- saving -----------------------------------------------------------------------

    def _checked(self, widget: QListWidget) -> list:
        return [
            widget.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(widget.count())
            if widget.item(i).checkState() == Qt.CheckState.Checked
        ]

    def _save(self) -> None:
        apv_round = self.context.current_round()
        if self._loading or apv_round is None:
            return
        apv_round.title = self.title_edit.text().strip() or apv_round.title
        apv_round.anonymity_threshold = self.threshold_spin.value()
        group_ids = [int(g) for g in self._checked(self.groups_list)]
        if group_ids:
            apv_round.group_ids = group_ids
        languages = [code for code, check in self.language_checks.items() if check.isChecked()]
        if languages:
            apv_round.languages = languages
        try:
            self.context.store.update_round(apv_round)
        except ValueError:  # below what respondents were told, or answers deleted: never saved
            self.refresh()
            return
        self._loading = True
        try:
            self._show_threshold(apv_round)  # a raise told to respondents becomes the new floor
        finally:
            self._loading = False
        self._show_advice(apv_round)
        if self._asked is not None:
            self.theme_forms.show_length(self._asked, apv_round.languages)
        if not group_ids or not languages:  # at least one of each: put the last tick back
            self.refresh()

    def _save_forms(self, forms: dict[str, str]) -> None:
        """Keep in the round's snapshot only the questions of the chosen forms."""
        apv_round = self.context.current_round()
        if self._loading or apv_round is None or apv_round.id is None:
            return
        asked = shipped_bank().with_forms(forms)
        try:
            self._asked = self.context.store.set_round_themes(
                apv_round.id, asked, [t.id for t in asked.themes]
            )
        except RoundHasAnswers:
            self.refresh()
            return
        self.theme_forms.show_length(self._asked, apv_round.languages)

    def set_pin(self) -> None:
        apv_round = self.context.current_round()
        if apv_round is None:
            return
        pin_hash, accepted = SetPinDialog.get_pin_hash(self)
        if accepted:
            apv_round.kiosk_pin_hash = pin_hash
            self.context.store.update_round(apv_round)
            self._show_pin(apv_round)
