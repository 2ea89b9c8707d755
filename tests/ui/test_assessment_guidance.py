"""Few answers, real guidance: the Vurdering page says per group how many more answers were needed."""

from __future__ import annotations

from pathlib import Path

from apvdesk.ui.main_window import MainWindow
from apvdesk.ui.tasks import wait_for_tasks


def test_a_withheld_group_is_told_how_many_more_answers_it_needed(
    qtbot, main_window: MainWindow, demo_file: Path
):
    assert main_window.open_file(demo_file)
    store = main_window.store
    round_id = store.latest_round().id
    results = store.results(round_id)
    drivers = next(g for g in store.groups() if g.name.startswith("Chauffører"))
    answered = results.respondents[drivers.id]
    assert 0 < answered < results.threshold  # the demo's drivers answer least
    view = main_window.workplace_view
    view.show_page("assessment")
    page = view.page("assessment")
    qtbot.waitUntil(lambda: page.model is not None, timeout=20000)
    wait_for_tasks()
    notice = page.notice.text()
    assert page.notice.isVisibleTo(page)
    expected = (
        f"{drivers.name}: {answered} svar. Gruppens resultater er skjult: der skulle have været "
        f"{results.threshold - answered} svar mere (mindst {results.threshold})."
    )
    assert expected in notice
    others = [
        g for g in store.round_groups(round_id) if results.respondents.get(g.id, 0) >= results.threshold
    ]
    assert others and all(f"{g.name}: {results.respondents[g.id]} svar." not in notice for g in others)
