"""The dialog for one group's absence over one period: totals only, never a person's absence."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from apvdesk.core.absence import AbsencePeriod, working_days_between
from apvdesk.core.holidays import Holiday, weekday_holidays_between, working_days_less_holidays
from apvdesk.core.model import Group
from apvdesk.ui.date_field import DateField, dates_are_valid
from apvdesk.ui.dialogs.careful_dialog import CarefulDialog
from apvdesk.ui.style import muted
from apvdesk.wording.formatting import format_date

WITHHELD_DAYS = -1.0  # the absence-days field's "withheld, keep them" value


class AbsencePeriodDialog(CarefulDialog):
    """One group's absence over one period: totals only, from payroll or absence records."""

    def __init__(
        self,
        period: AbsencePeriod,
        groups: list[Group],
        parent: QWidget | None = None,
        hide_days: bool = False,
    ) -> None:
        super().__init__(parent)
        self._period = period
        self._groups = groups
        self._new = period.id is None
        self._hide_days = hide_days
        self.setWindowTitle(self.tr("Add absence period") if self._new else self.tr("Edit absence period"))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        layout.addWidget(
            muted(
                self.tr(
                    "Enter the group's totals for the period, e.g. from payroll. "
                    "Never enter a person's absence."
                )
            )
        )
        form = QFormLayout()
        layout.addLayout(form)
        self.group_combo = QComboBox()
        for group in groups:
            self.group_combo.addItem(group.name, group.id)
        self.group_combo.setCurrentIndex(max(0, self.group_combo.findData(period.group_id)))
        form.addRow(self.tr("Group:"), self.group_combo)
        self.label_edit = QLineEdit(period.label)
        self.label_edit.setPlaceholderText(self.tr("e.g. 2025 or 1st half of 2026"))
        form.addRow(self.tr("Period:"), self.label_edit)
        self.start_edit = DateField(period.start)
        form.addRow(self.tr("From:"), self.start_edit)
        self.end_edit = DateField(period.end)
        form.addRow(self.tr("To:"), self.end_edit)
        self.days_spin = QDoubleSpinBox()
        self.days_spin.setRange(0, 1_000_000)
        self.days_spin.setDecimals(1)
        self.days_spin.setMaximumWidth(140)
        if hide_days:
            # The line is withheld on the page, so its days are not shown here either:
            # the lowest value stands for "keep them", any figure typed replaces them.
            self.days_spin.setMinimum(WITHHELD_DAYS)
            self.days_spin.setSpecialValueText(self.tr("withheld"))
            self.days_spin.setValue(WITHHELD_DAYS)
            self.days_spin.setMaximumWidth(180)
        else:
            self.days_spin.setValue(period.absence_days)
        form.addRow(self.tr("Sickness absence days:"), self.days_spin)
        if hide_days:
            form.addRow(
                "",
                muted(
                    self.tr(
                        "This line's absence is withheld on the page, so it is not shown here "
                        "either. Leave it as it is to keep it, or type the new figure."
                    )
                ),
            )
        self.employees_spin = QDoubleSpinBox()
        self.employees_spin.setRange(0, 100_000)
        self.employees_spin.setDecimals(1)
        self.employees_spin.setValue(period.employees)
        self.employees_spin.setMaximumWidth(140)
        form.addRow(self.tr("Employees or FTE:"), self.employees_spin)
        self.working_days_spin = QSpinBox()
        self.working_days_spin.setRange(1, 3660)
        self.working_days_spin.setValue(max(1, period.working_days))
        self.working_days_spin.setMaximumWidth(140)
        form.addRow(self.tr("Working days per employee:"), self.working_days_spin)
        self.hint = muted("")
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        layout.addWidget(buttons)

        self.start_edit.dateChanged.connect(self._dates_changed)
        self.end_edit.dateChanged.connect(self._dates_changed)
        self.label_edit.textChanged.connect(self._update_ok)
        if self._new:
            self.group_combo.currentIndexChanged.connect(self._group_changed)
            self._fill_working_days()
        self._show_hint()
        self._update_ok()

    def _dates_changed(self) -> None:
        self._fill_working_days()
        self._show_hint()
        self._update_ok()

    def _dates(self) -> tuple[dt.date, dt.date] | None:
        """Return the period's first and last day, or None while one of them is not a date."""
        start, end = self.start_edit.date(), self.end_edit.date()
        return (start, end) if start is not None and end is not None else None

    def _fill_working_days(self) -> None:
        dates = self._dates()
        days = working_days_less_holidays(*dates) if dates else 0
        if days:
            self.working_days_spin.setValue(days)

    def _show_hint(self) -> None:
        """Say how the working days were counted, naming the public holidays left out."""
        dates = self._dates()
        if dates is None:
            self.hint.setText("")
            return
        start, end = dates
        holidays = weekday_holidays_between(start, end)
        names = self._holiday_names()
        if holidays:
            text = (
                self.tr(
                    "Working days are counted Monday to Friday (%1), less the %2 public holidays "
                    "on a weekday in the period: %3. Days off by agreement, such as Constitution "
                    "Day or Christmas Eve, are not subtracted; correct the figure if you close then."
                )
                .replace("%1", str(working_days_between(start, end)))
                .replace("%2", str(len(holidays)))
                .replace("%3", ", ".join(f"{names[h]} {format_date(d)}" for d, h in holidays))
            )
        else:
            text = self.tr(
                "Working days are counted Monday to Friday; no public holiday falls on a weekday "
                "in the period. Correct the figure if you close on other days."
            )
        self.hint.setText(text)

    def _holiday_names(self) -> dict[Holiday, str]:
        return {
            Holiday.NEW_YEARS_DAY: self.tr("New Year's Day"),
            Holiday.MAUNDY_THURSDAY: self.tr("Maundy Thursday"),
            Holiday.GOOD_FRIDAY: self.tr("Good Friday"),
            Holiday.EASTER_MONDAY: self.tr("Easter Monday"),
            Holiday.ASCENSION_DAY: self.tr("Ascension Day"),
            Holiday.WHIT_MONDAY: self.tr("Whit Monday"),
            Holiday.CHRISTMAS_DAY: self.tr("Christmas Day"),
            Holiday.BOXING_DAY: self.tr("Boxing Day"),
        }

    def _group_changed(self) -> None:
        group_id = self.group_combo.currentData()
        for group in self._groups:
            if group.id == group_id:
                self.employees_spin.setValue(group.headcount)

    def _update_ok(self) -> None:
        self.ok_button.setEnabled(
            bool(self.label_edit.text().strip())
            and (dates := self._dates()) is not None
            and dates[1] >= dates[0]
            and self.group_combo.count() > 0
        )

    def accept(self) -> None:
        """Close, unless a date typed is not a date."""
        if dates_are_valid(self, [(self.tr("From:"), self.start_edit), (self.tr("To:"), self.end_edit)]):
            super().accept()

    def period(self) -> AbsencePeriod:
        """Return the period as filled in."""
        return AbsencePeriod(
            round_id=self._period.round_id,
            group_id=self.group_combo.currentData(),
            label=self.label_edit.text().strip(),
            start=self.start_edit.date() or self._period.start,
            end=self.end_edit.date() or self._period.end,
            absence_days=self._period.absence_days if self.days_spin.value() < 0 else self.days_spin.value(),
            employees=self.employees_spin.value(),
            working_days=self.working_days_spin.value(),
            id=self._period.id,
        )

    @classmethod
    def edit(
        cls, parent: QWidget | None, period: AbsencePeriod, groups: list[Group], hide_days: bool = False
    ) -> tuple[AbsencePeriod, bool]:
        """Show the dialog; return the edited period and whether the user pressed OK.

        With ``hide_days`` (the line is withheld) the absence days are not shown; they are
        kept unless the user types a new figure.
        """
        dialog = cls(period, groups, parent, hide_days)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return dialog.period(), accepted
