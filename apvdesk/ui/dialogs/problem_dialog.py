"""Add or edit a problem: its theme (or another kind with a title), groups, kind, seriousness, extent..."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from apvdesk.core.bank import QuestionBank
from apvdesk.core.model import OTHER_SCALE, Group, Problem, Seriousness
from apvdesk.core.sites import Site
from apvdesk.ui.dialogs.careful_dialog import CarefulDialog
from apvdesk.ui.dialogs.other_languages import OtherLanguagesRow
from apvdesk.ui.site_choice import add_site_row
from apvdesk.wording.labels import label


class ProblemDialog(CarefulDialog):
    """Describe a problem the way BEK 1838/2023 asks: kind, seriousness, extent and causes."""

    def __init__(
        self,
        problem: Problem,
        bank: QuestionBank,
        groups: list[Group],
        lang: str,
        parent: QWidget | None = None,
        sites: Sequence[Site] = (),
    ) -> None:
        super().__init__(parent)
        self._problem = problem
        self.setWindowTitle(self.tr("Problem") if problem.id is None else self.tr("Edit problem"))
        self.setMinimumWidth(640)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        layout.addLayout(form)

        self.scale_combo = QComboBox()
        for theme in bank.themes:
            for scale in theme.scales:
                self.scale_combo.addItem(scale.name.get(lang, scale.id), scale.id)
        # A problem of another kind: a physical, chemical or ergonomic risk found along the way.
        self.scale_combo.addItem(self.tr("Other (not a theme of the survey)"), OTHER_SCALE)
        self.scale_combo.setItemData(
            self.scale_combo.count() - 1,
            self.tr("For example heat, solvents, soiled linen or heavy lifting: give it a title of its own."),
            Qt.ItemDataRole.ToolTipRole,
        )
        index = self.scale_combo.findData(problem.scale_id)
        self.scale_combo.setCurrentIndex(max(0, index))
        form.addRow(self.tr("Theme:"), self.scale_combo)
        self.title_edit = QLineEdit(problem.title)
        self.title_edit.setPlaceholderText(self.tr("e.g. Heat at the ironer in summer"))
        self.title_edit.setMaxLength(200)
        form.addRow(self.tr("Title:"), self.title_edit)
        self._title_label = form.labelForField(self.title_edit)

        self.groups_list = QListWidget()
        self.groups_list.setMaximumHeight(110)
        for group in groups:
            item = QListWidgetItem(group.name)
            item.setData(Qt.ItemDataRole.UserRole, group.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if group.id in problem.group_ids else Qt.CheckState.Unchecked
            )
            self.groups_list.addItem(item)
        form.addRow(self.tr("Groups affected:"), self.groups_list)
        self.site_combo = add_site_row(form, sites, problem.site_id)  # only when there are sites

        self.kind_edit = self._text(
            problem.kind, self.tr("What is the problem? Describe it in a few sentences.")
        )
        form.addRow(self.tr("Problem (kind):"), self.kind_edit)
        self.other_languages = OtherLanguagesRow(problem.translations, self.kind_edit.toPlainText)
        form.addRow(self.tr("On the poster:"), self.other_languages)
        self.seriousness_combo = QComboBox()
        for value in Seriousness:
            self.seriousness_combo.addItem(label(value), value.value)
        self.seriousness_combo.setCurrentIndex(self.seriousness_combo.findData(problem.seriousness.value))
        form.addRow(self.tr("Seriousness:"), self.seriousness_combo)
        self.extent_edit = self._text(problem.extent, self.tr("Who is affected, how many, and how often?"))
        form.addRow(self.tr("Extent:"), self.extent_edit)
        self.causes_edit = self._text(problem.causes, self.tr("What in the work causes it?"))
        form.addRow(self.tr("Causes:"), self.causes_edit)
        self.priority_spin = QSpinBox()
        self.priority_spin.setRange(1, 5)
        self.priority_spin.setValue(problem.priority)
        self.priority_spin.setToolTip(self.tr("1 is the most urgent"))
        form.addRow(self.tr("Priority (1 = most urgent):"), self.priority_spin)
        self.solved_check = QCheckBox(self.tr("Solved at once: no action plan is needed"))
        self.solved_check.setChecked(problem.solved_at_once)
        self.solved_check.setToolTip(
            self.tr("BEK 1838/2023 asks for a written plan only for problems that cannot be solved at once.")
        )
        form.addRow("", self.solved_check)
        self.absence_check = QCheckBox(self.tr("May contribute to the sickness absence"))
        self.absence_check.setChecked(problem.concerns_absence)
        self.absence_check.setToolTip(
            self.tr(
                "Tick it when the assessment finds that this problem may be behind part of the sickness "
                "absence (BEK 1838/2023 asks the APV to consider the absence)."
            )
        )
        form.addRow("", self.absence_check)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.kind_edit.textChanged.connect(self._update_ok)
        self.title_edit.textChanged.connect(self._update_ok)
        self.scale_combo.currentIndexChanged.connect(self._update_ok)
        self._update_ok()
        layout.addWidget(buttons)

    def _text(self, value: str, placeholder: str) -> QPlainTextEdit:
        edit = QPlainTextEdit(value)
        edit.setPlaceholderText(placeholder)
        edit.setTabChangesFocus(True)
        edit.setFixedHeight(64)
        return edit

    @property
    def is_other(self) -> bool:
        """True while "Other" is chosen as the theme."""
        return self.scale_combo.currentData() == OTHER_SCALE

    def _update_ok(self) -> None:
        other = self.is_other
        self.title_edit.setVisible(other)
        if self._title_label is not None:
            self._title_label.setVisible(other)
        described = bool(self.kind_edit.toPlainText().strip())
        self.ok_button.setEnabled(described and (not other or bool(self.title_edit.text().strip())))

    def problem(self) -> Problem:
        """Return the problem as filled in."""
        group_ids = [
            int(self.groups_list.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.groups_list.count())
            if self.groups_list.item(i).checkState() == Qt.CheckState.Checked
        ]
        problem = dataclasses.replace(
            self._problem,
            scale_id=str(self.scale_combo.currentData()),
            kind=self.kind_edit.toPlainText().strip(),
            seriousness=Seriousness(self.seriousness_combo.currentData()),
            extent=self.extent_edit.toPlainText().strip(),
            causes=self.causes_edit.toPlainText().strip(),
            priority=self.priority_spin.value(),
            group_ids=group_ids,
            solved_at_once=self.solved_check.isChecked(),
            concerns_absence=self.absence_check.isChecked(),
            title=self.title_edit.text().strip() if self.is_other else "",
            site_id=self.site_combo.site_id() if self.site_combo else self._problem.site_id,
        )
        return self.other_languages.apply_to(problem)

    @classmethod
    def edit(
        cls,
        parent: QWidget | None,
        problem: Problem,
        bank: QuestionBank,
        groups: list[Group],
        lang: str,
        sites: Sequence[Site] = (),
    ) -> tuple[Problem, bool]:
        """Show the dialog; return the edited problem and whether the user pressed OK.

        With ``sites``, the problem's site can be chosen; a saved problem is moved to it with
        the store's ``set_problem_site`` (see :func:`apvdesk.ui.site_choice.move_to_site`).
        """
        dialog = cls(problem, bank, groups, lang, parent, sites)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return dialog.problem(), accepted
