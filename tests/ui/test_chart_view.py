"""Charts are drawn in the thread pool at the screen's pixel ratio, and anew when the view is resized."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize


def test_a_resized_chart_is_drawn_anew_at_its_new_size(qtbot) -> None:
    from matplotlib.figure import Figure

    from apvdesk.ui.chart_view import ChartView

    view = ChartView()
    qtbot.addWidget(view)
    view.resize(600, 400)
    view.show()
    figure = Figure(figsize=(7, 4), layout="constrained")
    figure.add_subplot().plot([1, 3, 2])
    with qtbot.waitSignal(view.rendered, timeout=10000):
        view.show_figure(figure, (7.0, 4.0))
    assert view.minimumSize() == QSize(560, 320)  # 80 % of the size on paper, as before
    assert view.image is not None and view.image.deviceIndependentSize().toSize() == QSize(600, 400)
    qtbot.waitUntil(lambda: view.painted, timeout=5000)
    with qtbot.waitSignal(view.rendered, timeout=10000):
        view.resize(900, 500)
        assert view.image.deviceIndependentSize().toSize() == QSize(600, 400)  # shown scaled meanwhile
    assert view.image.deviceIndependentSize().toSize() == QSize(900, 500)
    assert tuple(figure.get_size_inches()) == (9.0, 5.0)


def test_charts_are_drawn_at_the_device_pixel_ratio(demo_file: Path) -> None:
    from apvdesk.store.workplace_store import WorkplaceStore
    from apvdesk.ui.chart_figures import ChartChoice, load_chart_data
    from apvdesk.ui.charts_panel import prepare_chart

    store = WorkplaceStore.open_read_only(demo_file)
    try:
        round_id = store.rounds()[0].id
        assert round_id is not None
        data = load_chart_data(store, round_id)
    finally:
        store.close()
    chart = prepare_chart(data, ChartChoice(), "en", QSize(700, 450), 2.0)
    assert chart.image.size() == QSize(1400, 900)
    assert chart.image.devicePixelRatio() == 2.0
    assert chart.image.deviceIndependentSize().toSize() == QSize(700, 450)
    assert chart.paper_size[0] == 7.0  # as built for paper, before it was drawn for the screen
