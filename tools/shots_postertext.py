"""Screenshots of the poster's texts in its second language (issue 16, point 13).

``render(store, round_id, save)`` draws: the dialog listing every problem and action on
the poster with a field for Polish, the question asked before a Danish + Polish poster
while texts are missing, and the problem dialog's row with its small dialog of one line
per language. ``store`` is an open copy of the demo workplace; nothing is saved to it.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

Save = Callable[[Any, str, tuple[int, int]], None]


def render(store: Any, round_id: int, save: Save) -> None:
    """Render the second-language editor, the missing-text question and the per-problem texts."""
    from PySide6.QtWidgets import QWidget

    from apvdesk.core.poster import poster_content, untranslated
    from apvdesk.ui.dialogs.other_languages import OtherLanguagesDialog
    from apvdesk.ui.dialogs.poster_texts_dialog import PosterTextsDialog
    from apvdesk.ui.dialogs.problem_dialog import ProblemDialog
    from apvdesk.ui.poster_texts_check import PosterTextsCheck
    from apvdesk.wording.i18n import current_language

    plan = store.action_plan(round_id)
    content = poster_content(plan)

    editor = PosterTextsDialog(store, round_id, "pl")
    if content.problems:
        first = content.problems[0]
        editor.fields[(first.problem_id, None)].setText("Kierowcy jeżdżą sami i nie mają z kim porozmawiać.")
        if first.actions:
            key = (first.problem_id, first.actions[0].action_id)
            editor.fields[key].setText("Stała osoba kontaktowa w biurze przez cały dzień.")
    save(editor, "postertext-editor", (900, 620))
    editor.close()  # closed by the program: nothing is asked

    parent = QWidget()
    missing = untranslated(content, "pl")[1:]  # as if the first text were written
    question = PosterTextsCheck(store, parent).question(missing, "pl")
    save(question, "postertext-missing", (640, 360))
    question.close()  # closed by the program: nothing is asked

    problem, _actions = plan.problems[0]
    problem = dataclasses.replace(problem, translations={"pl": "Kierowcy jeżdżą sami."})
    dialog = ProblemDialog(problem, plan.bank, plan.groups, current_language())
    save(dialog, "postertext-problem-dialog", (700, dialog.sizeHint().height()))
    small = OtherLanguagesDialog(problem.kind, problem.translations, dialog)
    save(small, "postertext-other-languages", (620, small.sizeHint().height()))
    small.close()  # closed by the program: nothing is asked
    dialog.close()  # closed by the program: nothing is asked
