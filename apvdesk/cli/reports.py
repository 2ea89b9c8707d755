"""The command line's printed reports: ``apvdesk report KEY FILE -o OUT.pdf``, one per registry entry.

Every report is set up the same way (see :func:`cmd_report`): the languages are checked,
the file is opened read-only, the round or the dialogue meeting is chosen, the output is
checked before any work, and the PDF is written through the one safe writer. What a report
needs and offers comes from :mod:`apvdesk.app.report_registry`.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from apvdesk.app.report_entry import Needs, Option, PrintableReport, ReportChoices
from apvdesk.app.report_registry import REPORTS
from apvdesk.cli.common import (
    EXIT_OK,
    TEXTS,
    CommandError,
    check_output,
    choose_round,
    choose_site,
    inspect_workplace,
    message_language,
    open_read_only,
    saved_language,
    use_language,
    write_output,
)
from apvdesk.cli.plan import PLAN_TEXTS
from apvdesk.core.languages import QUESTIONNAIRE_LANGUAGES, SECOND_LANGUAGES

if TYPE_CHECKING:
    from apvdesk.store.service import WorkplaceService

OUTPUT_METAVAR = "OUT.pdf"


class DialogueCommandTexts:
    """The dialogue meeting's sentences, collected by lupdate under this class's name."""

    def tr(self, text: str) -> str:
        from PySide6.QtCore import QCoreApplication

        return QCoreApplication.translate("DialogueCommandTexts", text)

    def fill(self, text: str, *values: object) -> str:
        from apvdesk.wording.i18n import fill

        return fill(text, *values)

    def no_meeting(self, path: Path) -> str:
        return self.fill(
            self.tr("%1 has no dialogue meeting yet; hold one on the Mapping page."),
            path,
        )

    def no_meeting_in_round(self, path: Path, round_id: int) -> str:
        return self.fill(
            self.tr("%1 has no dialogue meeting in the round with ID %2 yet; hold one on the Mapping page."),
            path,
            round_id,
        )

    def unknown_meeting(self, path: Path, meeting_id: int, known: list[int]) -> str:
        return self.fill(
            self.tr("%1 has no dialogue meeting with ID %2. Its meetings have the IDs %3."),
            path,
            meeting_id,
            ", ".join(str(i) for i in known),
        )


class FullReportCommandTexts:
    """The sentence about a round without results, collected by lupdate under this class's name."""

    def tr(self, text: str) -> str:
        from PySide6.QtCore import QCoreApplication

        return QCoreApplication.translate("FullReportCommandTexts", text)

    def not_released(self, path: Path, title: str) -> str:
        from apvdesk.wording.i18n import fill

        return fill(
            self.tr(
                "The round “%2” in %1 is still collecting answers, so it has no results to report yet. "
                "End the collection in apvdesk (Mapping › End the collection) first."
            ),
            path,
            title,
        )


MEETING_TEXTS = DialogueCommandTexts()
FULL_TEXTS = FullReportCommandTexts()


def choose_meeting(
    store: WorkplaceService, source: Path, requested_round: int | None, requested_meeting: int | None
) -> int:
    """Return the requested meeting's id, or the latest meeting of the round (the latest round).

    With ``--meeting`` alone, the meeting may be in any round; with ``--round`` as well, it
    must be in that round. Raises CommandError when there is no such meeting.
    """
    if requested_meeting is not None and requested_round is None:
        known = [m.id for r in store.rounds() if r.id is not None for m in store.meetings(r.id)]
    else:
        round_id = choose_round(store, source, requested_round)
        known = [m.id for m in store.meetings(round_id)]
        if not known and requested_round is not None:
            raise CommandError(MEETING_TEXTS.no_meeting_in_round, source, round_id)
    ids = [i for i in known if i is not None]
    if not ids:
        raise CommandError(MEETING_TEXTS.no_meeting, source)
    if requested_meeting is None:
        return ids[-1]
    if requested_meeting not in ids:
        raise CommandError(MEETING_TEXTS.unknown_meeting, source, requested_meeting, ids)
    return requested_meeting


def _choices(
    report: PrintableReport[Any], store: WorkplaceService, args: argparse.Namespace, lang: str
) -> ReportChoices:
    """Return the round or meeting the arguments choose (the latest by default), and the languages."""
    source: Path = args.file
    today = dt.date.today()
    second: str | None = getattr(args, "second_lang", None)
    if report.needs is Needs.MEETING:
        meeting_id = choose_meeting(store, source, args.round, args.meeting)
        return ReportChoices(lang, meeting_id=meeting_id, second_lang=second, today=today)
    no_round = report.command_line.no_round
    round_id = choose_round(
        store, source, args.round, no_round=no_round.text if no_round else TEXTS.no_round_yet
    )
    if Option.FORM_LANG in report.options:
        offered = store.round_bank(round_id).languages
        if lang not in offered:
            raise CommandError(TEXTS.bank_lacks_language, lang, offered)
    site = choose_site(store, source, getattr(args, "site", None))
    site_id = site.id if site is not None else None
    return ReportChoices(lang, round_id=round_id, second_lang=second, today=today, site_id=site_id)


def cmd_report(args: argparse.Namespace) -> int:
    """Write the report ``args.printable`` of a round or a meeting (the latest by default) as a PDF."""
    from apvdesk.app.gathering import ResultsNotReleased

    report: PrintableReport[Any] = args.printable
    source: Path = args.file
    out: Path = args.output
    lang: str = (args.form_lang if Option.FORM_LANG in report.options else args.lang) or saved_language()
    second: str | None = getattr(args, "second_lang", None)
    if second is not None and second == lang:
        raise CommandError(PLAN_TEXTS.same_languages, lang)
    inspect_workplace(source)
    check_output(out, source)

    store = open_read_only(source)
    try:
        choices = _choices(report, store, args, lang)
        try:
            data = report.gather(store, choices, None)
        except ResultsNotReleased as exc:
            raise CommandError(FULL_TEXTS.not_released, source, exc.title) from exc
    finally:
        store.close()

    from apvdesk.platform.atomic_file import write_atomically

    pdf = report.build(data, choices, None)
    write_output(out, lambda: write_atomically(pdf, out))
    use_language(message_language(lang))
    for caveat in report.caveats(data, choices) if report.caveats is not None else []:
        print(f"apvdesk: {caveat}", file=sys.stderr)
    print(report.command_line.written.text(out))
    return EXIT_OK


def _add_options(
    parser: argparse.ArgumentParser, report: PrintableReport[Any], languages: tuple[str, ...]
) -> None:
    for option in report.options:
        if option is Option.LANG:
            parser.add_argument("--lang", choices=languages, help=report.command_line.lang_help)
        elif option is Option.ANY_LANG:
            parser.add_argument("--lang", choices=QUESTIONNAIRE_LANGUAGES, help=report.command_line.lang_help)
        elif option is Option.FORM_LANG:
            parser.add_argument(
                "--lang", dest="form_lang", metavar="LANG", help=report.command_line.lang_help
            )
        elif option is Option.SECOND_LANG:
            parser.add_argument(
                "--second-lang", choices=SECOND_LANGUAGES, help="a second language for the poster's own texts"
            )
        elif option is Option.MEETING:
            parser.add_argument("--meeting", type=int, metavar="ID", help="the meeting (default: the latest)")
        elif option is Option.ROUND:
            parser.add_argument("--round", type=int, metavar="ID", help="the round (default: the latest)")
        elif option is Option.SITE:
            parser.add_argument(
                "--site",
                metavar="NAME",
                help="only what concerns one site: its problems and actions and the whole workplace's, "
                "and its agreement with the customer (default: the whole workplace)",
            )


def add_report_command(commands: argparse._SubParsersAction, languages: tuple[str, ...]) -> None:
    """Add ``report`` and, under it, one subcommand per printable report of the registry."""
    report = commands.add_parser(
        "report", help="print a report as a PDF", description="Print a report as a PDF."
    )
    reports = report.add_subparsers(dest="report", required=True, metavar="REPORT")
    for entry in REPORTS:
        words = entry.command_line
        parser = reports.add_parser(entry.key, help=words.help, description=words.description)
        parser.add_argument("file", type=Path, metavar="FILE", help="the workplace file")
        parser.add_argument(
            "-o", "--output", type=Path, required=True, metavar=OUTPUT_METAVAR, help="the PDF to write"
        )
        _add_options(parser, entry, languages)
        parser.set_defaults(run=cmd_report, printable=entry)


def report_epilog_lines() -> list[str]:
    """Return the lines of ``apvdesk --help`` about the reports: the usage, then what it prints."""
    lines = []
    for entry in REPORTS:
        usage = f"report {entry.key} FILE -o {OUTPUT_METAVAR}"
        if Option.SECOND_LANG in entry.options:
            usage += " [--second-lang pl]"
        lines += epilog_line(usage, entry.command_line.epilog)
    return lines


def epilog_line(usage: str, text: str) -> list[str]:
    """Return a command of ``apvdesk --help``'s list: its text beside it, or under it when it is long."""
    if len(usage) <= 30:
        return [f"  {usage:<30} {text}"]
    return [f"  {usage}", f"{'':33}{text}"]
