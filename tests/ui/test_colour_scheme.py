"""The program is light whatever the system says: a dark Windows system changes no pixel.

The dark system is simulated as Qt gets it from Windows (apvdesk/ui/dark_system.py): a dark
palette under every role the program leaves unset, dark class palettes for buttons, check
boxes, menus and tooltips, and ThemeChange when it switches while the program runs.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QModelIndex, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPalette, QStyleHints
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QLabel,
    QLineEdit,
    QMenu,
    QMenuBar,
    QMessageBox,
    QPushButton,
    QStyleFactory,
    QTableView,
    QToolTip,
    QWidget,
)

from apvdesk.core.model import Action
from apvdesk.ui.colour_scheme import LIGHT_COLOURS, SchemeKeeper, light_palette, use_light_scheme
from apvdesk.ui.dark_system import dark_system_palette, simulate_dark_system
from apvdesk.ui.dialogs.action_dialog import ActionDialog
from apvdesk.ui.dialogs.getting_started import GettingStartedDialog
from apvdesk.ui.main_window import MainWindow
from apvdesk.ui.pages.assessment import AssessmentPage
from apvdesk.ui.tasks import wait_for_tasks

GROUPS = (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive, QPalette.ColorGroup.Disabled)
PAGES = ("overview", "assessment", "action-plan")


@pytest.fixture
def dark_system_ends() -> Iterator[None]:
    """Whatever a test simulates, the next test starts on a plain system again."""
    yield
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    QGuiApplication.styleHints().unsetColorScheme()
    app.setStyle(QStyleFactory.create("Fusion"))
    use_light_scheme(app)


def _differences(palette: QPalette) -> list[str]:
    """The roles of ``palette`` that are not set, or not the program's colour."""
    wrong = []
    expected = light_palette()
    for role in LIGHT_COLOURS:
        for group in GROUPS:
            if palette.color(group, role) != expected.color(group, role):
                wrong.append(f"{group.name}/{role.name}: {palette.color(group, role).name()}")
    return wrong


def _palettes_in_use() -> dict[str, QPalette]:
    """The palettes widgets get: the application's, the themed classes', the tooltips'."""
    samples: list[QWidget] = [
        QPushButton(),
        QCheckBox(),
        QMenu(),
        QMenuBar(),
        QLabel(),
        QLineEdit(),
        QTableView(),
    ]
    palettes = {type(widget).__name__: QApplication.palette(widget) for widget in samples}
    palettes["application"] = QApplication.palette()
    palettes["tooltip"] = QToolTip.palette()
    return palettes


def test_every_role_of_every_group_is_the_programs(main_window: MainWindow):
    app = QApplication.instance()
    for name, palette in _palettes_in_use().items():
        assert _differences(palette) == [], name
    explicit = app.palette()  # type: ignore[union-attr]
    assert all(explicit.isBrushSet(group, role) for role in LIGHT_COLOURS for group in GROUPS)
    assert app.style().name() == "fusion"  # type: ignore[union-attr]
    assert app.findChild(SchemeKeeper) is not None  # type: ignore[union-attr]


def test_the_platform_is_asked_for_light(main_window: MainWindow, monkeypatch):
    asked: list[Qt.ColorScheme] = []
    monkeypatch.setattr(QStyleHints, "setColorScheme", lambda _self, scheme: asked.append(scheme))
    use_light_scheme(QApplication.instance())  # type: ignore[arg-type]
    assert asked == [Qt.ColorScheme.Light]


def _settle() -> None:
    """Let background work finish, and widgets a page replaced really go (not drawn twice)."""
    for _ in range(3):
        wait_for_tasks()
        QApplication.processEvents()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _grab_pages(window: MainWindow) -> dict[str, QImage]:
    view = window.workplace_view
    assert view is not None
    images = {}
    for key in PAGES:
        view.show_page(key)
        _settle()
        images[key] = window.grab().toImage()
    return images


def _grab_dialogs() -> dict[str, QImage]:
    images = {}
    makers: dict[str, Callable[[], QWidget]] = {
        "action": lambda: ActionDialog(Action(how="Fast afløser om fredagen", responsible="Karin Holm")),
        "getting-started": lambda: GettingStartedDialog(None, None),
        "message": lambda: QMessageBox(
            QMessageBox.Icon.Warning, "Vask", "Filen er i brug.", QMessageBox.StandardButton.Ok
        ),
    }
    for name, make in makers.items():
        dialog = make()
        dialog.resize(700, 500)
        dialog.show()
        QApplication.processEvents()
        images[name] = dialog.grab().toImage()
        dialog.close()
        dialog.deleteLater()
    return images


def _changed_pixels(before: QImage, after: QImage) -> int:
    first = before.convertToFormat(QImage.Format.Format_RGB32)
    second = after.convertToFormat(QImage.Format.Format_RGB32)
    assert first.size() == second.size()
    if first == second:
        return 0
    a, b = first.constBits().tobytes(), second.constBits().tobytes()
    return sum(a[i : i + 4] != b[i : i + 4] for i in range(0, len(a), 4))


def test_a_dark_system_at_start_changes_no_pixel(main_window: MainWindow, demo_file: Path, dark_system_ends):
    main_window.resize(1280, 800)
    assert main_window.open_file(demo_file)
    light = {**_grab_pages(main_window), **_grab_dialogs()}

    app = QApplication.instance()
    simulate_dark_system(app)  # type: ignore[arg-type]
    # what the simulation does without the program's scheme: dark buttons, dark tooltips
    assert QApplication.palette(QPushButton()).color(QPalette.ColorRole.ButtonText) == QColor("#ffffff")
    assert QToolTip.palette().color(QPalette.ColorRole.ToolTipBase) == QColor("#2b2b2b")
    use_light_scheme(app)  # type: ignore[arg-type]  # what make_application does at start

    for name, palette in _palettes_in_use().items():
        assert _differences(palette) == [], name
    dark = {**_grab_pages(main_window), **_grab_dialogs()}
    assert {name: _changed_pixels(light[name], dark[name]) for name in light} == dict.fromkeys(light, 0)


def test_switching_the_system_to_dark_while_running_is_undone(
    qtbot, main_window: MainWindow, demo_file: Path, dark_system_ends
):
    main_window.resize(1280, 800)
    assert main_window.open_file(demo_file)
    light = _grab_pages(main_window)

    simulate_dark_system(QApplication.instance())  # type: ignore[arg-type]  # ThemeChange to every window
    qtbot.waitUntil(lambda: all(not _differences(palette) for palette in _palettes_in_use().values()))
    dark = _grab_pages(main_window)
    assert {name: _changed_pixels(light[name], dark[name]) for name in light} == dict.fromkeys(light, 0)

    # a dark application palette set by anyone is replaced too
    QApplication.setPalette(dark_system_palette())
    qtbot.waitUntil(lambda: not _differences(QApplication.palette()))


def _luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())
    )


def contrast(first: QColor, second: QColor) -> float:
    """WCAG 2 contrast ratio of two opaque colours (1 to 21)."""
    light, dark = sorted((_luminance(first), _luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def test_contrast_formula_by_hand():
    assert contrast(QColor("#000000"), QColor("#ffffff")) == pytest.approx(21.0)
    assert contrast(QColor("#767676"), QColor("#ffffff")) == pytest.approx(4.54, abs=0.01)


def _background_of(image: QImage, widget: QWidget, window: QWidget) -> QColor | None:
    """The colour most of ``widget``'s visible area has in the grab of its window."""
    visible = widget.visibleRegion().boundingRect()
    if visible.width() < 4 or visible.height() < 4:
        return None
    corner = widget.mapTo(window, visible.topLeft())
    crop = image.copy(corner.x(), corner.y(), visible.width(), visible.height()).convertToFormat(
        QImage.Format.Format_RGB32
    )
    raw = crop.constBits().tobytes()
    most, _count = Counter(raw[i : i + 4] for i in range(0, len(raw), 4)).most_common(1)[0]
    blue, green, red = most[0], most[1], most[2]
    return QColor(red, green, blue)


def _low_contrast(window: MainWindow) -> list[str]:
    """Every visible label and result cell whose text has less than 4.5:1 to its background."""
    image = window.grab().toImage()
    low = []
    for label in window.findChildren(QLabel):
        if not label.isVisible() or not label.isEnabled() or not label.text().strip() or label.width() < 4:
            continue
        text = label.palette().color(label.foregroundRole())
        background = _background_of(image, label, window)
        if background is not None and contrast(text, background) < 4.5:
            low.append(f"{label.text()[:40]!r}: {text.name()} on {background.name()}")
    view = window.workplace_view
    assert view is not None
    page = view.page("assessment")
    if isinstance(page, AssessmentPage) and page.table.isVisible():
        model, table = page.table.model(), page.table
        for row in range(model.rowCount()):
            for column in range(model.columnCount()):
                index: QModelIndex = model.index(row, column)
                background = index.data(Qt.ItemDataRole.BackgroundRole)
                text = index.data(Qt.ItemDataRole.ForegroundRole)
                if background is not None and text is None:
                    low.append(f"cell {row},{column}: a background without its own text colour")
                back = (
                    background.color()
                    if background is not None
                    else table.palette().color(QPalette.ColorRole.Base)
                )
                fore = text.color() if text is not None else table.palette().color(QPalette.ColorRole.Text)
                if contrast(fore, back) < 4.5:
                    low.append(f"cell {row},{column}: {fore.name()} on {back.name()}")
    return low


@pytest.mark.parametrize("dark_system", [False, True])
def test_text_on_pages_is_readable(
    main_window: MainWindow, demo_file: Path, dark_system: bool, dark_system_ends
):
    if dark_system:
        simulate_dark_system(QApplication.instance())  # type: ignore[arg-type]
        use_light_scheme(QApplication.instance())  # type: ignore[arg-type]
    main_window.resize(1280, 800)
    assert main_window.open_file(demo_file)
    view = main_window.workplace_view
    assert view is not None
    for key in PAGES:
        view.show_page(key)
        _settle()
        assert _low_contrast(main_window) == [], key
