"""Keep the mouse wheel from changing a setting by accident.

A combo box or spin box under the pointer takes the wheel only when it has keyboard
focus; otherwise the wheel scrolls the page (the enclosing scroll area) as the user
meant. One shared event filter is installed on each such field of a page or dialog
(no application-wide filter: start-up speed matters).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QAbstractScrollArea, QAbstractSpinBox, QApplication, QComboBox, QWidget

_GUARDED = "_apvdesk_wheel_guarded"


class _WheelGuard(QObject):
    """Passes a wheel event over an unfocused field on to the scroll area around it."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() != QEvent.Type.Wheel or not isinstance(watched, QWidget) or watched.hasFocus():
            return False
        assert isinstance(event, QWheelEvent)
        area = _scroll_area_around(watched)
        if area is not None:
            viewport = area.viewport()
            position = viewport.mapFromGlobal(event.globalPosition())
            forwarded = QWheelEvent(
                position,
                event.globalPosition(),
                event.pixelDelta(),
                event.angleDelta(),
                event.buttons(),
                event.modifiers(),
                event.phase(),
                event.inverted(),
            )
            QApplication.sendEvent(viewport, forwarded)
            event.accept()
        else:
            event.ignore()  # let it go on to the parent
        return True


def _scroll_area_around(widget: QWidget) -> QAbstractScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea) and not isinstance(parent, QComboBox):
            return parent
        parent = parent.parentWidget()
    return None


_guard: _WheelGuard | None = None


def _shared_guard() -> _WheelGuard:
    global _guard  # noqa: PLW0603 - one filter object for the whole program
    if _guard is None:
        _guard = _WheelGuard(QApplication.instance())
    return _guard


def guard_wheel(root: QWidget) -> None:
    """Make every combo box and spin box inside ``root`` take the wheel only when focused.

    Safe to call again (after fields were rebuilt): a field is guarded once. Their focus
    policy becomes Qt.StrongFocus, so a wheel turn does not give them focus.
    """
    guard = _shared_guard()
    fields: list[QWidget] = [*root.findChildren(QComboBox), *root.findChildren(QAbstractSpinBox)]
    if isinstance(root, (QComboBox, QAbstractSpinBox)):
        fields.append(root)
    for field in fields:
        if field.property(_GUARDED):
            continue
        field.setProperty(_GUARDED, True)
        field.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        field.installEventFilter(guard)
