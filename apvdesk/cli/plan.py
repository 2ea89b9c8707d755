"""The command line of the action plan's exports: ``apvdesk export FILE -o plan.xlsx|plan.ics [--lang da]``.

The plan's printed forms (the action plan, the poster...) are ``apvdesk report`` subcommands
(:mod:`apvdesk.cli.reports`).
"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from apvdesk.cli.common import (
    EXIT_OK,
    TEXTS,
    CommandError,
    check_output,
    choose_round,
    inspect_workplace,
    open_read_only,
    saved_language,
    use_language,
    write_output,
)


class PlanCommandTexts:
    """The action plan's commands' sentences, collected by lupdate under this class's name."""

    def tr(self, text: str) -> str:
        from PySide6.QtCore import QCoreApplication

        return QCoreApplication.translate("PlanCommandTexts", text)

    def export_written(self, path: Path) -> str:
        from apvdesk.wording.i18n import fill

        return fill(self.tr("The action plan was saved as %1."), path)

    def same_languages(self, lang: str) -> str:
        """Refuse a poster whose second language is its first (``apvdesk report poster``)."""
        from apvdesk.wording.i18n import fill

        return fill(self.tr("The second language must differ from the first (%1)."), lang)

    def bad_export_name(self, path: Path) -> str:
        from apvdesk.wording.i18n import fill

        return fill(
            self.tr("%1: the file to write must end in .xlsx (a spreadsheet) or .ics (a calendar)."), path
        )


if TYPE_CHECKING:
    from apvdesk.core.model import ActionPlan

PLAN_TEXTS = PlanCommandTexts()


def _load_plan(source: Path, requested: int | None) -> ActionPlan:
    inspect_workplace(source)
    store = open_read_only(source)
    try:
        round_id = choose_round(store, source, requested, no_round=TEXTS.no_round_yet)
        return store.action_plan(round_id, dt.date.today())
    finally:
        store.close()


def cmd_export(args: argparse.Namespace) -> int:
    """Write a round's action plan as an XLSX workbook or an ICS calendar."""
    source: Path = args.file
    out: Path = args.output
    lang: str = args.lang or saved_language()
    from apvdesk.io.plan_export import EXPORT_SUFFIXES

    if out.suffix.lower() not in EXPORT_SUFFIXES:
        raise CommandError(PLAN_TEXTS.bad_export_name, out)
    check_output(out, source)
    plan = _load_plan(source, args.round)

    from apvdesk.io.plan_export import write_plan_export

    write_output(out, lambda: write_plan_export(plan, out, lang))
    use_language(lang)
    print(PLAN_TEXTS.export_written(out))
    return EXIT_OK


def add_export_command(commands: argparse._SubParsersAction, languages: tuple[str, ...]) -> None:
    """Add ``export`` to the top-level commands."""
    parser = commands.add_parser(
        "export",
        help="save the action plan as a spreadsheet (.xlsx) or calendar (.ics)",
        description="Save a round's action plan as an Excel spreadsheet (a sheet of problems, a sheet of "
        "actions, and the approval) or as calendar events for every deadline and effect check.",
    )
    parser.add_argument("file", type=Path, metavar="FILE", help="the workplace file")
    parser.add_argument(
        "-o", "--output", type=Path, required=True, metavar="plan.xlsx|plan.ics", help="the file to write"
    )
    parser.add_argument(
        "--lang", choices=languages, help="language of the texts (default: the program's language)"
    )
    parser.add_argument("--round", type=int, metavar="ID", help="the round (default: the latest)")
    parser.set_defaults(run=cmd_export)
