"""The Rapporter page is made from the report registry: a box per printable report, each saving its PDF."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader

from apvdesk.app.report_entry import Needs, Option, Section
from apvdesk.app.report_registry import REPORTS, printable_report
from apvdesk.ui.main_window import MainWindow


def open_reports(main_window: MainWindow, path: Path):
    assert main_window.open_file(path)
    view = main_window.workplace_view
    assert view is not None
    view.show_page("reports")
    return view.page("reports")


def test_every_report_of_the_registry_has_its_box(qtbot, main_window: MainWindow, demo_file: Path) -> None:
    page = open_reports(main_window, demo_file)
    in_page_order = [entry.key for section in Section for entry in REPORTS if entry.page.section is section]
    assert list(page.boxes) == in_page_order
    for entry in REPORTS:
        box = page.boxes[entry.key]
        assert box.title() == entry.page.title.text()
        assert box.export_button.text() == entry.page.button.text()
        assert box.isEnabled()  # the demo has a round, released results and a meeting
        assert (box.print_button is not None) == entry.page.printable
        assert (box.second_combo is not None) == (Option.SECOND_LANG in entry.options)
        offered = [box.language_combo.itemData(i) for i in range(box.language_combo.count())]
        assert "da" in offered and "en" in offered
    assert not page.full_report_note.isVisible()


def test_the_follow_up_list_is_saved_from_the_page(
    qtbot, main_window: MainWindow, demo_file: Path, tmp_path
) -> None:
    page = open_reports(main_window, demo_file)
    box = page.boxes["follow-up"]
    assert box.title() == printable_report("follow-up").page.title.text()
    box.language_combo.setCurrentIndex(box.language_combo.findData("en"))
    out = tmp_path / "opfølgning.pdf"
    box.export(out, open_when_done=False)
    qtbot.waitUntil(lambda: box.last_output == out, timeout=20000)
    text = " ".join(" ".join((p.extract_text() or "").split()) for p in PdfReader(out).pages)
    assert "Follow-up list" in text and "Karin Holm" in text
    assert [p.name for p in tmp_path.iterdir() if p.suffix == ".pdf"] == ["opfølgning.pdf"]


def test_without_a_round_every_box_waits_and_the_page_says_why(
    qtbot, main_window: MainWindow, tmp_path: Path
) -> None:
    from apvdesk.store.sqlite.database import create_file

    path = tmp_path / "tom.apvdesk"
    create_file(path).dispose()
    page = open_reports(main_window, path)
    assert page.no_round.isVisibleTo(page)
    for entry in REPORTS:
        assert not page.boxes[entry.key].isEnabled(), entry.key
    assert not page.no_meeting.isVisibleTo(page)  # "no round" already says it
    assert all(not page.boxes[e.key].isEnabled() for e in REPORTS if e.needs is Needs.MEETING)


def test_the_agenda_is_offered_and_saved_in_the_teams_language(
    qtbot, main_window: MainWindow, demo_file: Path, tmp_path
) -> None:
    from apvdesk.store.workplace_store import WorkplaceStore

    store = WorkplaceStore.open(demo_file)
    try:
        shop = next(g for g in store.groups() if g.name == "Butik og kundeservice")
        store.set_group_names(shop.id, {"uk": "Магазин і обслуговування клієнтів"})
    finally:
        store.close()
    page = open_reports(main_window, demo_file)
    box = page.boxes["agenda"]
    offered = [box.language_combo.itemText(i) for i in range(box.language_combo.count())]
    assert offered == ["Dansk", "Engelsk", "Polsk", "Rumænsk", "Ukrainsk"]  # named in the program's language
    minutes = page.boxes["minutes"]
    assert minutes.language_combo.count() == 2  # the minutes are the program's, Danish or English
    box.language_combo.setCurrentIndex(box.language_combo.findData("uk"))
    out = tmp_path / "порядок.pdf"
    box.export(out, open_when_done=False)
    qtbot.waitUntil(lambda: box.last_output == out, timeout=20000)
    text = " ".join(" ".join((p.extract_text() or "").split()) for p in PdfReader(out).pages)
    assert "Зустріч-діалог – порядок денний" in text and "Допомога від колег" in text
    assert "Магазин і обслуговування клієнтів" in text  # the group by its Ukrainian name
    assert "Hjælp fra kolleger" not in text
