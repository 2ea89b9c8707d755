"""A problem made from a dialogue meeting's point starts with what the meeting wrote, never its question."""

from __future__ import annotations

from pathlib import Path

from apvdesk.core.dialogue import problem_text_from_point
from apvdesk.core.findings import FindingKind
from apvdesk.core.model import OTHER_SCALE, Problem
from apvdesk.ui.dialogs.problem_dialog import ProblemDialog
from apvdesk.ui.main_window import MainWindow
from apvdesk.ui.tasks import wait_for_tasks

NOTES = "Man står alene, når bilen går i stå. Ingen tager telefonen.\nDet sker hver uge om vinteren."


def test_the_short_title_is_the_first_sentence_and_the_description_all_the_notes():
    assert problem_text_from_point("Samarbejde", NOTES) == ("Man står alene, når bilen går i stå", NOTES)
    assert problem_text_from_point("Samarbejde", "  \n Ingen pauser\nSlet ingen ") == (
        "Ingen pauser",
        "Ingen pauser\nSlet ingen",
    )
    assert problem_text_from_point(" Arbejdsmængde ", "  ") == ("Arbejdsmængde", "Arbejdsmængde")
    long = "ord " * 40
    title, _ = problem_text_from_point("X", long)
    assert len(title) <= 81 and title.endswith("…") and not title.endswith(" …")


def test_a_point_of_the_meeting_window_prefills_its_notes(qtbot, main_window: MainWindow, demo_file: Path):
    from apvdesk.ui.meeting.decisions import PointDecisions

    assert main_window.open_file(demo_file)
    store = main_window.store
    round_id = store.latest_round().id
    meeting = store.meetings(round_id)[0]
    points = store.points(meeting.id)
    scaled = next(p for p in points if p.scale_id)
    scaled.not_works = NOTES
    store.save_point(scaled)
    decisions = PointDecisions(store, meeting, store.groups(), lambda: None)
    decisions.show_point(store.points(meeting.id)[points.index(scaled)])
    draft = decisions.prefilled_problem()
    assert draft.kind == NOTES and scaled.question not in draft.kind
    assert draft.scale_id == scaled.scale_id and draft.title == ""

    free = points[-1]  # a point of the meeting's own, on no scale: a problem of another kind
    free.scale_id, free.not_works = None, ""
    store.save_point(free)
    decisions.show_point(store.points(meeting.id)[-1])
    draft = decisions.prefilled_problem()
    assert draft.scale_id == OTHER_SCALE
    assert (draft.title, draft.kind) == (free.title, free.title)  # its name, never its question
    assert free.question not in draft.kind


def test_the_findings_box_prefills_a_points_notes(
    qtbot, main_window: MainWindow, demo_file: Path, monkeypatch
):
    assert main_window.open_file(demo_file)
    store = main_window.store
    round_id = store.latest_round().id
    view = main_window.workplace_view
    view.show_page("assessment")
    page = view.page("assessment")
    qtbot.waitUntil(lambda: page.model is not None, timeout=20000)
    wait_for_tasks()
    box = page.findings_box
    box.only_unhandled.setChecked(False)
    finding = next(f.finding for f in box.findings if f.finding.kind == FindingKind.POINT)
    point = next(p for m in store.meetings(round_id) for p in store.points(m.id) if p.id == finding.point_id)
    point.not_works = NOTES
    store.save_point(point)
    box.reload()
    row = next(r for r, f in enumerate(box.shown) if f.finding.key == finding.key)
    drafts: list[Problem] = []
    monkeypatch.setattr(
        ProblemDialog,
        "edit",
        classmethod(lambda cls, parent, problem, *a: (drafts.append(problem), (problem, False))[1]),
    )
    box.select_row(row)
    box.make_problem()
    [draft] = drafts
    assert draft.kind == NOTES and point.question not in draft.kind
    assert draft.dialogue_point_id == point.id
