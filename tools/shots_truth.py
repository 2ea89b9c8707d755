"""Screenshots of statuses that say only what is true.

A new workplace's checklist (nothing met), the AMO named before "the round is ready",
the plan's line pointing to Kortlægning, the effect check named on the plan and follow-up
pages, and the reminder for an action waiting for its next step.

``render(store, round_id, save)`` is called by ``tools.window_shots``; the pictures are made in
a new workplace of their own (a temporary file), as a first-time owner meets them.
"""

from __future__ import annotations

import datetime as dt
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

Save = Callable[[QWidget, str, tuple[int, int]], None]


def render(store, round_id: int, save: Save) -> None:  # noqa: ARG001 - a new workplace of its own
    """Render the pages of a new workplace whose statuses must not claim more than is true."""
    from apvdesk.app.resources import default_round_bank
    from apvdesk.core.dialogue import AgendaPoint, DialogueMeeting, Rating
    from apvdesk.core.model import OTHER_SCALE, Action, ActionStatus, Effect, Group, Problem, Round, Workplace
    from apvdesk.store.workplace_store import WorkplaceStore
    from apvdesk.ui.tasks import wait_for_tasks
    from apvdesk.ui.workplace_view import WorkplaceView

    today = dt.date.today()
    with tempfile.TemporaryDirectory() as folder:
        new = WorkplaceStore.create(
            Path(folder) / "new.apvdesk",
            Workplace(name="Vaskeri Syd", headcount=14),
            [Group("Vask", 8), Group("Strygning", 6)],
            Round("APV", today),
            default_round_bank(),
        )
        try:
            view = WorkplaceView(new)
            save(view, "truth-checklist-empty", (1024, 900))
            view.show_page("preparation")
            save(view, "truth-preparation-amo", (1024, 768))
            view.show_page("action-plan")
            save(view, "truth-plan-map-first", (1024, 768))

            apv_round = new.latest_round()
            assert apv_round is not None and apv_round.id is not None
            rid = apv_round.id
            groups = [g.id for g in new.groups() if g.id is not None]
            meeting = new.create_meeting(DialogueMeeting(rid, groups, today, "Anna", 14), [])
            new.save_point(AgendaPoint("Morgenen", "?", meeting_id=meeting.id, rating=Rating.MIXED))
            problem = new.save_problem(
                Problem(
                    rid,
                    OTHER_SCALE,
                    kind="Travlhed om morgenen",
                    extent="Hele vaskeriet",
                    causes="For få hænder",
                )
            )
            action = new.save_action(
                Action(
                    how="En ekstra på sortering kl. 6-8",
                    problem_id=problem.id,
                    responsible="Anna",
                    deadline=today + dt.timedelta(days=30),
                )
            )
            view.show_page("action-plan")
            view.page("action-plan").refresh()  # the same page again: read the new plan
            save(view, "truth-plan-effect-check", (1024, 768))
            view.show_page("follow-up")
            save(view, "truth-follow-up-effect-check", (1024, 768))

            action.status, action.effect, action.effect_date = ActionStatus.DONE, Effect.PARTLY, today
            new.save_action(action)
            view.page("follow-up").refresh()
            view.update_reminder()
            QApplication.processEvents()
            save(view, "truth-reminder-next-step", (1024, 768))
            view.close()
            wait_for_tasks()
        finally:
            new.close()


if __name__ == "__main__":  # a driver for looking at them: python -m tools.shots_truth OUT LANG
    import os
    import sys

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from apvdesk.ui.app import make_application

    out_dir, lang = Path(sys.argv[1]), sys.argv[2]
    app, _settings = make_application(lang)
    out_dir.mkdir(parents=True, exist_ok=True)

    def _save(widget: QWidget, name: str, size: tuple[int, int]) -> None:
        widget.resize(*size)
        widget.show()
        app.processEvents()
        widget.grab().save(str(out_dir / f"{name}-{lang}.png"))

    render(None, 0, _save)
