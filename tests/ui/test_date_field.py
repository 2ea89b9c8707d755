"""The date field: typed as dd-mm-åååå or picked from the calendar, refused when it is not a date."""

from __future__ import annotations

import datetime as dt
import io
import re
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import QApplication, QCheckBox, QMessageBox, QWidget

from apvdesk.core.model import Action
from apvdesk.reports.action_plan import build_action_plan_pdf
from apvdesk.store.workplace_store import WorkplaceStore
from apvdesk.ui.date_field import DateField, dates_are_valid
from apvdesk.ui.dialogs.action_dialog import ActionDialog
from apvdesk.ui.dialogs.approval_dialog import ApprovalDialog

ST_NICHOLAS = dt.date(2026, 12, 6)


def _field(qtbot, value: dt.date | None = None, optional: bool = False) -> DateField:
    field = DateField(value, optional=optional)
    qtbot.addWidget(field)
    field.show()
    return field


def _type(qtbot, field: DateField, text: str) -> None:
    """Click into the field, select what is there, type ``text`` over it and leave with Tab."""
    field.line.setFocus()
    field.line.selectAll()
    qtbot.keyClicks(field.line, text)
    field.line.editingFinished.emit()  # what leaving the field does (offscreen has no focus window)


class BoxAnswer:
    """Note the next message box's text and press Enter on it."""

    def __init__(self, qtbot) -> None:
        self.text = ""
        self._qtbot = qtbot
        self._timer = QTimer()
        self._timer.setInterval(20)
        self._timer.timeout.connect(self._look)
        self._timer.start()

    def _look(self) -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            self._timer.stop()
            self.text = box.text()
            self._qtbot.keyClick(box, Qt.Key.Key_Return)


def test_typing_a_date_changes_it(qtbot) -> None:
    field = _field(qtbot, dt.date(2025, 1, 1))
    seen: list[dt.date | None] = []
    field.dateChanged.connect(seen.append)
    _type(qtbot, field, "06-12-2026")
    assert field.date() == ST_NICHOLAS
    assert seen[-1] == ST_NICHOLAS
    assert field.line.text() == "06-12-2026" and field.is_valid()


@pytest.mark.parametrize("typed", ["6-12-2026", "06.12.2026", "6/12/2026", "06122026", "6.12.26"])
def test_forgiving_variants_are_understood_and_shown_normalised(qtbot, typed: str) -> None:
    field = _field(qtbot)
    _type(qtbot, field, typed)
    assert field.date() == ST_NICHOLAS
    assert field.line.text() == "06-12-2026"  # after leaving the field
    assert not field.problem_label.isVisible()


def test_english_shows_the_english_style(qtbot) -> None:
    from apvdesk.ui.app import make_application

    make_application("en")
    field = _field(qtbot)
    assert field.line.placeholderText() == "dd-mm-yyyy"
    _type(qtbot, field, "06-12-2026")
    assert field.line.text() == "6 Dec 2026" and field.date() == ST_NICHOLAS
    _type(qtbot, field, "7 Dec 2026")  # what it shows can be typed again
    assert field.date() == dt.date(2026, 12, 7)


def test_danish_placeholder_and_problem_line(qtbot) -> None:
    from apvdesk.ui.app import make_application

    make_application("da")
    field = _field(qtbot, optional=True)
    assert field.line.placeholderText() == "dd-mm-åååå"
    _type(qtbot, field, "6-12")
    assert field.problem_label.text() == "Skriv datoen som dd-mm-åååå, f.eks. 06-12-2026."


def test_an_impossible_date_is_shown_as_such_and_refused(qtbot) -> None:
    field = _field(qtbot, dt.date(2025, 1, 1))
    _type(qtbot, field, "31-02-2026")
    assert field.date() is None and not field.is_valid()
    assert field.problem_label.isVisible() and "no such day" in field.problem_label.text()
    assert "dd-mm-yyyy" in field.problem_label.text()
    assert "border" in field.line.styleSheet()  # the red frame
    assert field.line.text() == "31-02-2026"  # what was typed stays to be corrected
    answer = BoxAnswer(qtbot)
    assert not dates_are_valid(field, [("Deadline:", field)])
    assert answer.text.startswith("The date in “Deadline” cannot be saved.")
    _type(qtbot, field, "28-02-2026")
    assert field.is_valid() and not field.problem_label.isVisible() and field.line.styleSheet() == ""


def test_a_required_date_cannot_be_left_empty(qtbot) -> None:
    field = _field(qtbot, ST_NICHOLAS)
    assert not field.clear_button.isVisible()
    _type(qtbot, field, "")
    field.line.clear()
    field.normalise()
    assert not field.is_valid() and field.problem_label.text().startswith("Type a date")


def test_the_clear_button_makes_no_date(qtbot) -> None:
    field = _field(qtbot, ST_NICHOLAS, optional=True)
    assert field.clear_button.isVisible()
    qtbot.mouseClick(field.clear_button, Qt.MouseButton.LeftButton)
    assert field.date() is None and field.line.text() == "" and field.is_valid()


def test_picking_in_the_calendar_sets_the_date(qtbot) -> None:
    field = _field(qtbot, dt.date(2026, 12, 1))
    qtbot.mouseClick(field.calendar_button, Qt.MouseButton.LeftButton)
    popup = field.popup
    assert popup is not None and popup.isVisible()
    calendar = popup.calendar
    assert calendar.firstDayOfWeek() == Qt.DayOfWeek.Monday
    # Click the cell of the 17th: find it in the grid of days.
    view = popup.days
    model = view.model()
    cell = next(
        model.index(row, column)
        for row in range(1, model.rowCount())
        for column in range(1, model.columnCount())
        if model.index(row, column).data() == 17 or model.index(row, column).data() == "17"
    )
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(cell).center())
    assert field.date() == dt.date(2026, 12, 17)
    assert not popup.isVisible()


@pytest.mark.parametrize("lang", ["da", "en"])
def test_the_calendar_shows_whole_weekday_names_from_monday(qtbot, lang: str) -> None:
    from apvdesk.ui.app import make_application

    make_application(lang)
    field = _field(qtbot, ST_NICHOLAS)
    field.open_calendar()
    popup = field.popup
    assert popup is not None
    view, model = popup.days, popup.days.model()
    metrics = view.fontMetrics()
    headers = [str(model.index(0, column).data()) for column in range(1, 8)]
    first = {"da": "man.", "en": "Mon"}[lang]
    assert headers[0] == first
    for column, name in enumerate(headers, start=1):
        assert view.columnWidth(column) >= metrics.horizontalAdvance(name) + 4, name


def test_the_action_dialog_has_no_check_box_and_saves_a_typed_deadline(qtbot, demo_file: Path) -> None:
    store = WorkplaceStore.open(demo_file)
    apv_round = store.latest_round()
    assert apv_round is not None and apv_round.id is not None
    problem, _actions = store.action_plan(apv_round.id).problems[0]
    dialog = ActionDialog(Action(problem_id=problem.id, how="Fast afløser om fredagen"))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.findChildren(QCheckBox) == []
    assert dialog.deadline_edit.date() is None and dialog.deadline_edit.line.text() == ""
    dialog.responsible_edit.setText("Karin Holm")
    _type(qtbot, dialog.deadline_edit, "6.12.2026")
    _type(qtbot, dialog.start_edit, "01-11-2026")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == 1
    saved = store.save_action(dialog.action())
    store.close()

    store = WorkplaceStore.open(demo_file)  # the file reopened
    plan = store.action_plan(apv_round.id, dt.date(2026, 11, 1))
    store.close()
    [reread] = [a for _p, actions in plan.problems for a in actions if a.id == saved.id]
    assert (reread.start, reread.deadline) == (dt.date(2026, 11, 1), ST_NICHOLAS)

    text = " ".join(
        " ".join(page.extract_text().split())
        for page in PdfReader(io.BytesIO(build_action_plan_pdf(plan, "da"))).pages
    )
    assert "06-12-2026" in text and "01-11-2026" in text
    assert not re.search(r"\b\d{1,2}\. ?[a-zæøå]{3}\.? \d{4}", text)  # no "6. dec. 2026"
    assert not re.search(r"\b\d{1,2}\.\d{1,2}\.\d{4}", text)  # no "06.12.2026"
    english = " ".join(
        page.extract_text() for page in PdfReader(io.BytesIO(build_action_plan_pdf(plan, "en"))).pages
    )
    assert "6 Dec 2026" in " ".join(english.split()) and "06-12-2026" not in english


def test_the_action_dialog_refuses_an_impossible_deadline(qtbot) -> None:
    dialog = ActionDialog(
        Action(problem_id=1, how="Fast afløser", responsible="Karin Holm", deadline=ST_NICHOLAS)
    )
    qtbot.addWidget(dialog)
    dialog.show()
    _type(qtbot, dialog.deadline_edit, "31-02-2027")
    answer = BoxAnswer(qtbot)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert answer.text.startswith("The date in “Deadline” cannot be saved. There is no such day.")
    assert dialog.isVisible() and dialog.result() == 0  # not closed, and the old date not kept silently
    assert dialog.deadline_edit.line.text() == "31-02-2027"


def test_the_approval_dialog_takes_a_typed_date(qtbot) -> None:
    dialog = ApprovalDialog(1, True, [])
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.name_combo.setCurrentText("Karin Holm")
    assert dialog.date_edit.date() == dt.date.today()
    _type(qtbot, dialog.date_edit, "1/10/2026")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == 1 and dialog.approval().approved_on == dt.date(2026, 10, 1)


def test_set_date_takes_a_qdate_too(qtbot) -> None:
    field = _field(qtbot)
    field.setDate(QDate(2026, 12, 6))
    assert field.date() == ST_NICHOLAS


def test_no_qdateedit_is_left_in_the_program() -> None:
    """Every date the user enters is a DateField (Qt's QDateEdit took no typed dates well)."""
    root = Path(__file__).resolve().parents[2] / "apvdesk"
    users = [p for p in root.rglob("*.py") if re.search(r"\bQDateEdit\(", p.read_text(encoding="utf-8"))]
    assert users == []
    assert issubclass(DateField, QWidget)


def test_the_meeting_date_is_saved_when_left_and_a_wrong_one_keeps_the_saved_date(qtbot) -> None:
    from apvdesk.core.dialogue import DialogueMeeting
    from apvdesk.ui.meeting.details import MeetingDetailsBox

    meeting = DialogueMeeting(round_id=1, held_on=dt.date(2026, 11, 2))
    box = MeetingDetailsBox(meeting, [])
    qtbot.addWidget(box)
    box.show()
    changes: list[int] = []
    box.changed.connect(lambda: changes.append(1))
    _type(qtbot, box.date_edit, "9-11-2026")
    assert changes == [1]  # once, when the field is left: not at every key
    box.read_into(meeting)
    assert meeting.held_on == dt.date(2026, 11, 9)
    _type(qtbot, box.date_edit, "31-11-2026")
    assert changes == [1] and box.date_edit.problem_label.isVisible()
    box.read_into(meeting)
    assert meeting.held_on == dt.date(2026, 11, 9)
