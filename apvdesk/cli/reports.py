"""The command line of the full APV report: ``apvdesk report full FILE -o OUT.pdf``."""

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


class FullReportCommandTexts:
    """The full report command's sentences, collected by lupdate under this class's name."""

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

    def written(self, path: Path) -> str:
        from apvdesk.wording.i18n import fill

        return fill(self.tr("Wrote the APV report to %1."), path)


FULL_TEXTS = FullReportCommandTexts()


def cmd_full_report(args: argparse.Namespace) -> int:
    """Write the full APV report of a round (the latest unless ``--round``) as a PDF."""
    from apvdesk.store.sqlite.database import inspect_file

    source: Path = args.file
    out: Path = args.output
    lang: str = args.lang or saved_language()
    inspect_file(source)
    check_output(out, source)

    from apvdesk.app.gathering import ResultsNotReleased, gather_full_report
    from apvdesk.store.workplace_store import WorkplaceStore

    store = WorkplaceStore.open_read_only(source)
    try:
        round_id = choose_round(store, source, args.round, no_round=TEXTS.no_round_yet)
        try:
            report = gather_full_report(store, round_id, dt.date.today())
        except ResultsNotReleased as exc:
            raise CommandError(FULL_TEXTS.not_released, source, exc.title) from exc
    finally:
        store.close()

    from apvdesk.reports.full_report import write_full_report_pdf

    write_output(out, lambda: write_full_report_pdf(report, out, lang))
    use_language(lang)
    print(FULL_TEXTS.written(out))
    return EXIT_OK


def add_full_report(reports: argparse._SubParsersAction, languages: tuple[str, ...]) -> None:
    """Add ``report full`` to the ``report`` command's subparsers."""
    parser = reports.add_parser(
        "full",
        help="the full APV report of a round",
        description="Print the full APV report of a round (the latest unless --round is given) as a PDF: "
        "method, response, results with charts, dialogue findings, sickness absence, the action plan "
        "and the follow-up.",
    )
    parser.add_argument("file", type=Path, metavar="FILE", help="the workplace file")
    parser.add_argument(
        "-o", "--output", type=Path, required=True, metavar="OUT.pdf", help="the PDF to write"
    )
    parser.add_argument(
        "--lang", choices=languages, help="language of the report (default: the program's language)"
    )
    parser.add_argument("--round", type=int, metavar="ID", help="the round (default: the latest)")
    parser.set_defaults(run=cmd_full_report)
