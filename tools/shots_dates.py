"""Screenshots of the date fields: an action with a typed deadline, its calendar open, and the approval.

``render(store, round_id, save)`` is called by ``tools.window_shots`` with the application
already in the language of the pictures.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QColor, QPainter, QPixmap
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QWidget

DEADLINE = dt.date(2026, 12, 6)


def with_popup(window: QWidget, popup: QWidget) -> QLabel:
    """Return a picture of ``window`` with the open ``popup`` drawn where it lies over it."""
    origin = window.mapToGlobal(QPoint(0, 0))
    offset = popup.mapToGlobal(QPoint(0, 0)) - origin
    area = QRect(QPoint(0, 0), window.size()).united(QRect(offset, popup.size()))
    canvas = QPixmap(area.size())
    canvas.fill(QColor("white"))
    painter = QPainter(canvas)
    painter.drawPixmap(QPoint(0, 0), window.grab())
    painter.drawPixmap(offset, popup.grab())
    painter.end()
    label = QLabel()
    label.setPixmap(canvas)
    return label


def render(store: Any, round_id: int, save: Callable[[QWidget, str, tuple[int, int]], None]) -> None:
    """Write date-action (typed deadline), date-calendar (popup open) and date-approval."""
    from apvdesk.core.model import Action, ApproverRole
    from apvdesk.ui.dialogs.action_dialog import ActionDialog
    from apvdesk.ui.dialogs.approval_dialog import ApprovalDialog

    app = QApplication.instance()
    # A new action under the demo's first problem, with the text of an action already there.
    problem, actions = store.action_plan(round_id, dt.date.today()).problems[0]
    dialog = ActionDialog(Action(problem_id=problem.id, how=actions[0].how if actions else ""), None)
    dialog.responsible_edit.setText("Karin Holm")
    size = (680, dialog.sizeHint().height() + 40)
    dialog.show()
    QTest.keyClicks(dialog.deadline_edit.line, "6122026")  # typed as a hurried owner would
    QTest.keyClicks(dialog.start_edit.line, "31-02-2026")  # and a day that does not exist
    for field in (dialog.deadline_edit, dialog.start_edit):
        field.normalise()  # what leaving the field does: the date in the one style, or what is wrong
    save(dialog, "date-action", size)
    dialog.deadline_edit.open_calendar()
    if app is not None:
        app.processEvents()
    popup = dialog.deadline_edit.popup
    assert popup is not None
    picture = with_popup(dialog, popup)
    popup.hide()
    save(picture, "date-calendar", (picture.pixmap().width(), picture.pixmap().height()))
    dialog.close()  # closed by the program: nothing is asked

    approval = ApprovalDialog(round_id, True, [("Karin Holm", ApproverRole.AMO)])
    approval.name_combo.setCurrentText("Karin Holm")
    save(approval, "date-approval", (620, approval.sizeHint().height() + 20))
    approval.date_edit.open_calendar()
    if app is not None:
        app.processEvents()
    assert approval.date_edit.popup is not None
    picture = with_popup(approval, approval.date_edit.popup)
    approval.date_edit.popup.hide()
    save(picture, "date-approval-calendar", (picture.pixmap().width(), picture.pixmap().height()))
    approval.close()  # closed by the program: nothing is asked
