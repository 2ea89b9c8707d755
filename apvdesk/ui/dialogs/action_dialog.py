"""Add or edit an action: how, who, when, how its effect is checked, and how it went."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence

from PySide6.QtWidgets import (
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from apvdesk.core.catalogue import ActionCatalogue, CatalogueEntry
from apvdesk.core.deadlines import DUE_SOON_DAYS
from apvdesk.core.model import Action
from apvdesk.core.sites import Site
from apvdesk.ui.date_field import DateField, dates_are_valid
from apvdesk.ui.dialogs.careful_dialog import CarefulDialog
from apvdesk.ui.dialogs.catalogue_picker import CataloguePicker
from apvdesk.ui.dialogs.effect_fields import EffectFields
from apvdesk.ui.dialogs.message_boxes import ask_safely
from apvdesk.ui.dialogs.other_languages import OtherLanguagesRow
from apvdesk.ui.site_choice import add_site_row
from apvdesk.ui.style import muted

# How long after the deadline the effect is checked when the catalogue suggests nothing.
DEFAULT_FOLLOW_UP_WEEKS = 8


class ActionDialog(CarefulDialog):
    """An action in the plan says how, by when, who is responsible, and how its effect is checked.

    With a catalogue, "Choose from the catalogue…" offers the measures for the problem's
    theme; choosing one fills in the fields, which stay editable.
    """

    def __init__(
        self,
        action: Action,
        parent: QWidget | None = None,
        catalogue: ActionCatalogue | None = None,
        suggested: Sequence[CatalogueEntry] = (),
        lang: str = "da",
        people: Sequence[str] = (),
        sites: Sequence[Site] = (),
    ) -> None:
        super().__init__(parent)
        self._action = action
        self._catalogue = catalogue
        self._suggested = list(suggested)
        self._lang = lang
        self._catalogue_id = action.catalogue_id
        self.setWindowTitle(self.tr("New action") if action.id is None else self.tr("Edit action"))
        self.setMinimumWidth(600)
        layout = QVBoxLayout(self)

        if catalogue is not None:
            row = QHBoxLayout()
            self.catalogue_button = QPushButton(self.tr("Choose from the catalogue…"))
            self.catalogue_button.clicked.connect(self.choose_from_catalogue)
            row.addWidget(self.catalogue_button)
            self.catalogue_label = muted("")
            row.addWidget(self.catalogue_label, 1)
            layout.addLayout(row)
            self._show_catalogue_source()

        form = QFormLayout()
        layout.addLayout(form)
        self.how_edit = QPlainTextEdit(action.how)
        self.how_edit.setPlaceholderText(self.tr("What will be done, concretely?"))
        self.how_edit.setTabChangesFocus(True)
        self.how_edit.setFixedHeight(80)
        form.addRow(self.tr("What is done:"), self.how_edit)
        self.other_languages = OtherLanguagesRow(action.translations, self.how_edit.toPlainText)
        form.addRow(self.tr("On the poster:"), self.other_languages)
        self.responsible_edit = QLineEdit(action.responsible)
        self.responsible_edit.setPlaceholderText(self.tr("A named person, not “everyone”"))
        if people:
            self.responsible_edit.setCompleter(QCompleter(list(people), self))
        form.addRow(self.tr("Responsible:"), self.responsible_edit)
        self.start_edit = DateField(action.start, optional=True)
        form.addRow(self.tr("Start:"), self.start_edit)
        self.deadline_edit = DateField(action.deadline, optional=True)
        form.addRow(self.tr("Deadline:"), self.deadline_edit)
        self.site_combo = add_site_row(form, sites, action.site_id)  # only when there are sites

        follow_box = QGroupBox(self.tr("Follow-up: how and when will you check that it works?"))
        follow_form = QFormLayout(follow_box)
        self.follow_up_edit = DateField(action.follow_up_date, optional=True)
        # An empty effect check opens its calendar after the deadline, never on today.
        self.follow_up_edit.set_calendar_start(self.suggested_follow_up)
        self.deadline_edit.dateChanged.connect(lambda _date: self._deadline_changed())
        follow_form.addRow(self.tr("Check the effect on:"), self.follow_up_edit)
        self.method_edit = QPlainTextEdit(action.follow_up_method)
        self.method_edit.setPlaceholderText(
            self.tr("For example: ask at the staff meeting, or a short follow-up questionnaire")
        )
        self.method_edit.setTabChangesFocus(True)
        self.method_edit.setFixedHeight(56)
        follow_form.addRow(self.tr("How:"), self.method_edit)
        layout.addWidget(follow_box)

        self.effect_fields = EffectFields(action)
        layout.addWidget(self.effect_fields)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.how_edit.textChanged.connect(
            lambda: self.ok_button.setEnabled(bool(self.how_edit.toPlainText().strip()))
        )
        self.ok_button.setEnabled(bool(action.how.strip()))
        layout.addWidget(buttons)

    # --- the catalogue ------------------------------------------------------------------

    def _show_catalogue_source(self) -> None:
        if self._catalogue is None:
            return
        entry = None
        if self._catalogue_id:
            try:
                entry = self._catalogue.entry(self._catalogue_id)
            except KeyError:
                entry = None
        if entry is not None:
            self.catalogue_label.setText(
                self.tr("Based on “%1” from the catalogue.").replace("%1", entry.text("title", self._lang))
            )
        elif self._suggested:
            self.catalogue_label.setText(
                self.tr("%1 ideas for this theme.").replace("%1", str(len(self._suggested)))
            )
        else:
            self.catalogue_label.setText("")

    def choose_from_catalogue(self) -> None:
        if self._catalogue is None:
            return
        entry = CataloguePicker.choose(self, self._catalogue, self._suggested, self._lang)
        if entry is not None:
            self.use_entry(entry)

    def use_entry(self, entry: CatalogueEntry) -> None:
        """Fill in the fields from a catalogue entry (the user can still change everything)."""
        self._catalogue_id = entry.id
        self.how_edit.setPlainText(entry.text("how", self._lang))
        self.method_edit.setPlainText(entry.text("follow_up", self._lang))
        if self.start_edit.date() is None:
            self.start_edit.set_date(dt.date.today())
        deadline = self.deadline_edit.date()
        if deadline is not None and self.follow_up_edit.date() is None:
            self.follow_up_edit.set_date(self.suggested_follow_up())
        self._show_catalogue_source()

    # --- the effect check ---------------------------------------------------------------

    def suggested_follow_up(self) -> dt.date:
        """When to check the effect: the catalogue entry's weeks after the deadline (else 8 weeks).

        Without a deadline the weeks count from today; the day is always later than the
        follow-up list's "due soon" window, so a new check never raises a reminder at once.
        """
        weeks = DEFAULT_FOLLOW_UP_WEEKS
        if self._catalogue is not None and self._catalogue_id:
            try:
                weeks = self._catalogue.entry(self._catalogue_id).follow_up_weeks
            except KeyError:
                pass
        today = dt.date.today()
        start = max(self.deadline_edit.date() or today, today)
        return max(start + dt.timedelta(weeks=weeks), today + dt.timedelta(days=DUE_SOON_DAYS + 1))

    def _deadline_changed(self) -> None:
        """Move the effect check after the deadline when the deadline moved past it."""
        deadline, check = self.deadline_edit.date(), self.follow_up_edit.date()
        if deadline is not None and check is not None and check <= deadline:
            self.follow_up_edit.set_date(self.suggested_follow_up())

    # --- the result ---------------------------------------------------------------------

    def accept(self) -> None:
        """Save; refuse a mistyped date, and warn when nobody is responsible or there is no deadline."""
        if not dates_are_valid(self, self.date_fields()):
            return
        missing = self.missing()
        if missing and not ask_safely(
            self,
            self.tr("Save the action?"),
            missing
            + "\n\n"
            + self.tr(
                "BEK 1838/2023 asks the action plan to say who is responsible and by when. "
                "An action without them is easily forgotten."
            ),
            self.tr("Save anyway"),
            self.tr("Go back and fill in"),
        ):
            return
        super().accept()

    def date_fields(self) -> list[tuple[str, DateField]]:
        """Return the dialog's dates with their labels, as the OK button checks them."""
        fields = [
            (self.tr("Start:"), self.start_edit),
            (self.tr("Deadline:"), self.deadline_edit),
            (self.tr("Check the effect on:"), self.follow_up_edit),
        ]
        return fields + self.effect_fields.date_fields()

    def missing(self) -> str:
        """Name what the action still lacks (who, when), or return "" when it has both."""
        no_who = not self.responsible_edit.text().strip()
        no_when = self.deadline_edit.date() is None
        if no_who and no_when:
            return self.tr("No responsible person and no deadline – save anyway?")
        if no_who:
            return self.tr("No responsible person – save anyway?")
        if no_when:
            return self.tr("No deadline – save anyway?")
        return ""

    def action(self) -> Action:
        """Return the action as filled in."""
        action = dataclasses.replace(
            self._action,
            how=self.how_edit.toPlainText().strip(),
            responsible=self.responsible_edit.text().strip(),
            start=self.start_edit.date(),
            deadline=self.deadline_edit.date(),
            follow_up_date=self.follow_up_edit.date(),
            follow_up_method=self.method_edit.toPlainText().strip(),
            catalogue_id=self._catalogue_id,
            site_id=self.site_combo.site_id() if self.site_combo else self._action.site_id,
        )
        return self.other_languages.apply_to(self.effect_fields.apply_to(action))

    @classmethod
    def edit(
        cls,
        parent: QWidget | None,
        action: Action,
        catalogue: ActionCatalogue | None = None,
        suggested: Sequence[CatalogueEntry] = (),
        lang: str = "da",
        people: Sequence[str] = (),
        sites: Sequence[Site] = (),
    ) -> tuple[Action, bool]:
        """Show the dialog; return the edited action and whether the user pressed OK.

        With ``sites``, the action's site can be chosen; a saved action is moved to it with
        the store's ``set_action_site`` (see :func:`apvdesk.ui.site_choice.move_to_site`).
        """
        dialog = cls(action, parent, catalogue, suggested, lang, people, sites)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return dialog.action(), accepted


class ProgressDialog(CarefulDialog):
    """One dialog for the follow-up: mark progress and, once done, record the effect."""

    def __init__(self, action: Action, problem_kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._action = action
        self.setWindowTitle(self.tr("Progress and effect"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        summary = QLabel(f"<b>{_escape(action.how)}</b>")
        summary.setWordWrap(True)
        layout.addWidget(summary)
        facts = [self.tr("Problem: %1").replace("%1", problem_kind)]
        if action.responsible:
            facts.append(self.tr("Responsible: %1").replace("%1", action.responsible))
        if action.follow_up_method:
            facts.append(self.tr("Check the effect by: %1").replace("%1", action.follow_up_method))
        for fact in facts:
            layout.addWidget(muted(fact))
        self.effect_fields = EffectFields(action)
        layout.addWidget(self.effect_fields)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def accept(self) -> None:
        """Save, unless the date typed is not a date."""
        if dates_are_valid(self, self.effect_fields.date_fields()):
            super().accept()

    def action(self) -> Action:
        return self.effect_fields.apply_to(dataclasses.replace(self._action))

    @classmethod
    def edit(cls, parent: QWidget | None, action: Action, problem_kind: str) -> tuple[Action, bool]:
        dialog = cls(action, problem_kind, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return dialog.action(), accepted


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
