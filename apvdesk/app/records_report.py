"""The record of the annual work-environment discussions, declared as a printable report.

Kept beside :mod:`apvdesk.app.report_registry`, which lists it in ``REPORTS``. It is printed
from the workplace's records, not from a round's: the round the page or the command line
passes is not used.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP

from apvdesk.app.report_entry import (
    Needs,
    OnCommandLine,
    OnPage,
    Option,
    PrintableReport,
    ReportChoices,
    Section,
    ShouldStop,
    Wording,
)

if TYPE_CHECKING:
    from apvdesk.reports.annual_discussion import AnnualDiscussionPaper
    from apvdesk.store.service import WorkplaceService


def _text(context: str, source: object) -> Wording:
    """Return a text marked for lupdate (QT_TRANSLATE_NOOP) as a Wording."""
    return Wording(context, str(source))


def _paper(store: WorkplaceService, choices: ReportChoices, _stop: ShouldStop) -> AnnualDiscussionPaper:
    from apvdesk.reports.annual_discussion import AnnualDiscussionPaper

    return AnnualDiscussionPaper(store.workplace().name, store.annual_discussions(), choices.today)


def _pdf(paper: AnnualDiscussionPaper, choices: ReportChoices, _stop: ShouldStop) -> bytes:
    from apvdesk.reports.annual_discussion import build_annual_discussion_pdf

    return build_annual_discussion_pdf(paper, choices.lang)


ANNUAL_DISCUSSION: PrintableReport[AnnualDiscussionPaper] = PrintableReport(
    key="annual-discussion",
    needs=Needs.ROUND,
    options=(Option.LANG, Option.ROUND),  # a round is chosen as for every report; not used
    gather=_paper,
    build=_pdf,
    page=OnPage(
        section=Section.PLAN,
        title=_text(
            "ReportsPage", QT_TRANSLATE_NOOP("ReportsPage", "Annual work environment discussion (PDF)")
        ),
        summary=_text(
            "ReportsPage",
            QT_TRANSLATE_NOOP(
                "ReportsPage",
                "The written record of each annual discussion: when, who took part, the past year, the "
                "coming year's work and goals, how you cooperate, and the knowledge and training needed. "
                "Write it on the Overview page.",
            ),
        ),
        button=_text("ReportsPage", QT_TRANSLATE_NOOP("ReportsPage", "Save the record as PDF…")),
        file_word=_text("ReportsPage", QT_TRANSLATE_NOOP("ReportsPage", "annual discussion")),
        printable=True,
    ),
    command_line=OnCommandLine(
        help="the record of the annual work-environment discussions",
        description="Print the written record of the workplace's annual work-environment discussions "
        "(the latest first) as a PDF; without any, an empty form to fill in by hand.",
        epilog="print the record of the annual work-environment discussions as a PDF",
        written=_text(
            "CommandLineTexts",
            QT_TRANSLATE_NOOP("CommandLineTexts", "The record of the annual discussions was saved as %1."),
        ),
    ),
)
