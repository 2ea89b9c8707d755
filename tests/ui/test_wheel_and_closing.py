"""First-time slips: the wheel over a field, Escape in a dialog, Enter in a wizard, a small screen."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget

from apvdesk.app.resources import default_round_bank
from apvdesk.core.model import Group, Round, Workplace
from apvdesk.store.workplace_store import WorkplaceStore
from apvdesk.ui.main_window import MainWindow


def _small_workplace(tmp_path: Path) -> Path:
    path = tmp_path / "lille.apvdesk"
    WorkplaceStore.create(
        path,
        Workplace(name="Lille Rens", headcount=9),
        [Group("Rens", 6), Group("Butik", 3)],
        Round(title="APV 2026", start_date=dt.date(2026, 11, 1)),
        default_round_bank(),
    ).close()
    return path


def _wheel_down(widget: QWidget) -> None:
    """Turn the wheel one notch down with the pointer over the middle of ``widget``."""
    local = QPointF(widget.width() / 2, widget.height() / 2)
    event = QWheelEvent(
        local,
        QPointF(widget.mapToGlobal(local.toPoint())),
        QPoint(0, 0),
        QPoint(0, -120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def _asked_forms(store) -> list[str]:
    return sorted(t.id for t in store.round_bank(store.latest_round().id).themes)


def test_the_wheel_over_an_unfocused_theme_scrolls_the_page(qtbot, main_window: MainWindow, tmp_path):
    assert main_window.open_file(_small_workplace(tmp_path))
    main_window.resize(1024, 600)
    main_window.show()
    view = main_window.workplace_view
    view.show_page("preparation")
    page = view.page("preparation")
    combo = page.round_box.theme_forms.choices["meaning"]
    before = combo.currentIndex()
    stored = _asked_forms(main_window.store)
    scroll = page.findChild(QScrollArea)
    bar = scroll.verticalScrollBar()
    assert bar.maximum() > 0
    bar.setValue(0)
    page.setFocus()
    assert combo.focusPolicy() == Qt.FocusPolicy.StrongFocus
    _wheel_down(combo)
    assert combo.currentIndex() == before
    assert _asked_forms(main_window.store) == stored
    assert not combo.hasFocus()
    assert bar.value() > 0  # the page scrolled instead
    # with keyboard focus the wheel still chooses
    combo.setFocus()
    qtbot.waitUntil(combo.hasFocus)
    _wheel_down(combo)
    assert combo.currentIndex() != before
