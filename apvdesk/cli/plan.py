"""The command line of the action plan's other outputs: the poster, and the XLSX and ICS exports.

``apvdesk report poster FILE -o OUT.pdf [--lang da] [--second-lang pl]`` and
``apvdesk export FILE -o plan.xlsx|plan.ics [--lang da]``.
"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from apvdesk.cli.common import (
    EXIT_OK,
    TEXTS,
    CommandError,
    check_output,
    choose_round,
    saved_language,
    use_language,
    write_output,
)
from apvdesk.core.languages import SECOND_LANGUAGES


class PlanCommandTexts:
    """The plan commands' sentences, collected by lupdate under this class's name."""

    def tr(self, text: str) -> str:
        from PySide6.QtCore import QCoreApplication

        return QCoreApplication.translate("PlanCommandTexts", text)

    def poster_written(self, path: Path) -> str:
        from apvdesk.wording.i18n import fill

        return fill(self.tr("Wrote the poster to %1."), path)

    def export_written(self, path: Path) -> str:
        from apvdesk.wording.i18n import fill

        return fill(self.tr("Wrote the action plan to %1."), path)

    def bad_export_name(self, path: Path) -> str:
        from apvdesk.wording.i18n import fill

        return fill(
            self.tr("%1: the file to write must end in .xlsx (a workbook) or .ics (a calendar)."), path
        )

    def same_languages(self, lang: str) -> str:
        from apvdesk.wording.i18n import fill

        return fill(self.tr("The second language must differ from the first (%1)."), lang)


PLAN_TEXTS = PlanCommandTexts()


def _load_plan(source: Path, requested: int | None):
    from apvdesk.store.sqlite.database import inspect_file
    from apvdesk.store.workplace_store import WorkplaceStore

    inspect_file(source)
    store = WorkplaceStore.open_read_only(source)
    try:
        round_id = choose_round(store, source, requested, no_round=TEXTS.no_round_yet)
        return store.action_plan(round_id, dt.date.today())
    finally:
        store.close()


def cmd_poster(args: argparse.Namespace) -> int:
    """Write the one-page poster of a round's action plan."""
    source: Path = args.file
    out: Path = args.output
    lang: str = args.lang or saved_language()
    second: str | None = args.second_lang
    if second == lang:
        raise CommandError(PLAN_TEXTS.same_languages, lang)
    check_output(out, source)
    plan = _load_plan(source, args.round)

    from apvdesk.reports.poster import write_poster_pdf

    write_output(out, lambda: write_poster_pdf(plan, out, lang, second))
    use_language(lang)
    print(PLAN_TEXTS.poster_written(out))
    return EXIT_OK


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


def add_poster_report(reports: argparse._SubParsersAction, languages: tuple[str, ...]) -> None:
    """Add ``report poster`` to the ``report`` command's subparsers."""
    parser = reports.add_parser(
        "poster",
        help="a one-page poster of the action plan for the break room",
        description="Print a one-page poster: the most important problems, what is being done, and "
        "who to talk to, in large type; optionally with a second language on the same page.",
    )
    parser.add_argument("file", type=Path, metavar="FILE", help="the workplace file")
    parser.add_argument(
        "-o", "--output", type=Path, required=True, metavar="OUT.pdf", help="the PDF to write"
    )
    parser.add_argument(
        "--lang", choices=languages, help="main language of the poster (default: the program's language)"
    )
    parser.add_argument(
        "--second-lang", choices=SECOND_LANGUAGES, help="a second language for the poster's own texts"
    )
    parser.add_argument("--round", type=int, metavar="ID", help="the round (default: the latest)")
    parser.set_defaults(run=cmd_poster)


def add_export_command(commands: argparse._SubParsersAction, languages: tuple[str, ...]) -> None:
    """Add ``export`` to the top-level commands."""
    parser = commands.add_parser(
        "export",
        help="save the action plan as a workbook (.xlsx) or calendar (.ics)",
        description="Save a round's action plan as an Excel workbook (a sheet of problems, a sheet of "
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
