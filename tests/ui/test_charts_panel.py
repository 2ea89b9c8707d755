"""The charts panel: switching charts and groups redraws without errors."""

from __future__ import annotations

import dataclasses

import pytest

from apvdesk.store.workplace_store import WorkplaceStore


@pytest.fixture
def panel(qtbot, demo_file):
    from apvdesk.ui.charts_panel import ChartsPanel
    from apvdesk.ui.tasks import wait_for_tasks

    store = WorkplaceStore.open(demo_file)
    widget = ChartsPanel(store, "da")
    qtbot.addWidget(widget)
    widget.show()
    with qtbot.waitSignal(widget.redrawn, timeout=20000):
        widget.set_round(store.rounds()[0].id)
    yield widget
    wait_for_tasks()
    store.close()


def test_every_chart_and_group_draws(panel, qtbot):
    from apvdesk.ui.chart_figures import DISTRIBUTION, MAP, MATRIX, PROFILE, TREND

    seen = []
    assert panel.chart.currentIndex() == 0
    for index in range(panel.chart.count()):
        if index:
            with qtbot.waitSignal(panel.redrawn, timeout=5000):
                panel.chart.setCurrentIndex(index)
        chart = panel.current_chart()
        seen.append(chart)
        assert panel.group.isVisibleTo(panel) == (chart in (PROFILE, MATRIX, DISTRIBUTION))
        assert panel.scale.isVisibleTo(panel) == (chart == TREND)
        assert panel.items_scale.isVisibleTo(panel) == (chart == DISTRIBUTION)
        assert panel.figure is not None and panel.canvas is panel.area.widget()
        if chart in (PROFILE, MATRIX, DISTRIBUTION):
            for group_index in range(panel.group.count()):
                before = panel.figure
                panel.group.setCurrentIndex(group_index)
                if group_index:
                    assert panel.figure is not before
                panel.canvas.draw()
    assert seen == [PROFILE, MATRIX, MAP, TREND, DISTRIBUTION]
    assert panel.group.count() == 6  # the workplace and five groups (the linen room at the nursing home)
    panel.scale.setCurrentIndex(3)
    panel.canvas.draw()


def test_a_round_without_demands_gives_a_message(panel, qtbot):
    from apvdesk.ui.chart_figures import MAP

    assert panel.data is not None
    narrowed = panel.data.bank.with_themes(["social_support"])
    panel.set_data(dataclasses.replace(panel.data, bank=narrowed))
    panel.chart.setCurrentIndex(panel.chart.findData(MAP))
    assert not panel.message.isHidden()
    assert "demands and influence" in panel.message.text() or "krav" in panel.message.text()
    assert panel.area.isHidden()


def test_answer_distribution_follows_the_scale_and_group(panel, qtbot):
    from apvdesk.ui.chart_figures import DISTRIBUTION

    panel.chart.setCurrentIndex(panel.chart.findData(DISTRIBUTION))
    assert panel.items_scale.count() == 17
    panel.items_scale.setCurrentIndex(panel.items_scale.findData("demands_quantitative"))
    assert panel.figure is not None
    segments = [a for a in panel.figure.findobj() if str(a.get_gid()).startswith("segment:")]
    assert segments
    assert "Arbejdsmængde og tidspres" in panel.figure.get_suptitle()
    drivers = panel.group.findText("Chauffører (kører alene)")
    panel.group.setCurrentIndex(drivers)
    assert not [a for a in panel.figure.findobj() if str(a.get_gid()).startswith("segment:")]
    assert [a for a in panel.figure.findobj() if a.get_gid() == "note"]
    panel.canvas.draw()
