"""The printable reports, each declared once: what it needs, how it is gathered and built.

The command line's ``apvdesk report KEY`` subcommands, the lines about them in
``apvdesk --help`` and the boxes of the Rapporter page are all made from :data:`REPORTS`
(see :mod:`apvdesk.app.report_entry` for what an entry declares). A new report is one
module in :mod:`apvdesk.reports` (its data in, the PDF's bytes out) and one entry here.

The page's texts keep the translation context of the page (``ReportsPage``), and the
command line's sentences that of the command line's texts classes, so that their Danish
stays where it was. The command line's help is English, as all of it is. Only light
modules are imported here: the store, the gathering and the report modules (reportlab)
are imported by the functions that need them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP

from apvdesk.app import report_work as work
from apvdesk.app.records_report import ANNUAL_DISCUSSION
from apvdesk.app.report_entry import (
    Needs,
    OnCommandLine,
    OnPage,
    Option,
    PrintableReport,
    Section,
    Wording,
)

if TYPE_CHECKING:
    pass

PAGE = "ReportsPage"  # the translation context of the Rapporter page's texts


def _page(source: object) -> Wording:
    """Return a text of the Rapporter page (``source`` marked for lupdate in context ReportsPage)."""
    return Wording(PAGE, str(source))


def _said(context: str, source: object) -> Wording:
    """Return a sentence of the command line, kept in the translation context it was written in."""
    return Wording(context, str(source))


# --- the reports ------------------------------------------------------------------------

_DIALOGUE_DEFAULT = " Default: the latest meeting of the latest round; --meeting or --round chooses another."

REPORTS: tuple[PrintableReport[Any], ...] = (
    PrintableReport(
        key="action-plan",
        needs=Needs.ROUND,
        options=(Option.LANG, Option.ROUND, Option.SITE),
        gather=work.plan,
        build=work.action_plan_pdf,
        page=OnPage(
            section=Section.PLAN,
            title=_page(QT_TRANSLATE_NOOP("ReportsPage", "Action plan (PDF)")),
            summary=_page(
                QT_TRANSLATE_NOOP(
                    "ReportsPage",
                    "The problems in order of priority with their kind, seriousness, extent and causes; "
                    "the actions with what is done, who is responsible, by when and how the effect is "
                    "checked; the follow-up plan; and the approvals, or lines to sign.",
                ),
            ),
            button=_page(QT_TRANSLATE_NOOP("ReportsPage", "Save action plan as PDF…")),
            file_word=_page(QT_TRANSLATE_NOOP("ReportsPage", "action plan")),
            printable=True,
        ),
        command_line=OnCommandLine(
            help="the action plan of a round",
            description="Print the action plan of a round (the latest unless --round is given) as a PDF.",
            epilog="print a round's action plan as a PDF",
            written=_said(
                "CommandLineTexts", QT_TRANSLATE_NOOP("CommandLineTexts", "The action plan was saved as %1.")
            ),
            no_round=_said(
                "CommandLineTexts",
                QT_TRANSLATE_NOOP(
                    "CommandLineTexts",
                    "%1 has no APV round yet, so there is no action plan to print. "
                    "Open it in apvdesk and start a round first.",
                ),
            ),
        ),
    ),
    PrintableReport(
        key="questionnaire",
        needs=Needs.ROUND,
        options=(Option.FORM_LANG, Option.ROUND),
        gather=work.form,
        build=work.questionnaire_pdf,
        on_printed=work.promise_threshold,
        page=OnPage(
            section=Section.ROUND,
            title=_page(QT_TRANSLATE_NOOP("ReportsPage", "Paper questionnaire (PDF)")),
            summary=_page(
                QT_TRANSLATE_NOOP(
                    "ReportsPage",
                    "The round's questions with tick boxes, to print and fill in with a pen — in each "
                    "language the round offers. Type the forms in on the Mapping page.",
                ),
            ),
            button=_page(QT_TRANSLATE_NOOP("ReportsPage", "Save questionnaire as PDF…")),
            file_word=_page(QT_TRANSLATE_NOOP("ReportsPage", "questionnaire")),
        ),
        command_line=OnCommandLine(
            help="the paper questionnaire of a round",
            description="Print the paper questionnaire of a round (the latest unless --round is given) "
            "as a PDF.",
            epilog="print a round's paper questionnaire as a PDF",
            written=_said(
                "CommandLineTexts",
                QT_TRANSLATE_NOOP("CommandLineTexts", "The questionnaire was saved as %1."),
            ),
            lang_help="language of the questionnaire: one of the round's, e.g. da, en, pl, ro, uk "
            "(default: the program's language)",
        ),
    ),
    PrintableReport(
        key="agenda",
        needs=Needs.MEETING,
        options=(Option.ANY_LANG, Option.MEETING, Option.ROUND),
        gather=work.agenda_minutes,
        build=work.agenda_pdf,
        page=OnPage(
            section=Section.MEETING,
            title=_page(QT_TRANSLATE_NOOP("ReportsPage", "Dialogue meeting – agenda (PDF)")),
            summary=_page(
                QT_TRANSLATE_NOOP(
                    "ReportsPage",
                    "One page to hand out before the meeting: how the meeting works, and the points "
                    "with their questions and times.",
                ),
            ),
            button=_page(QT_TRANSLATE_NOOP("ReportsPage", "Save agenda as PDF…")),
            file_word=_page(QT_TRANSLATE_NOOP("ReportsPage", "agenda")),
        ),
        command_line=OnCommandLine(
            help="the agenda of a dialogue meeting",
            description="Print the one-page agenda of a dialogue meeting, to hand out beforehand, as a PDF."
            + _DIALOGUE_DEFAULT,
            epilog="print a dialogue meeting's agenda as a PDF",
            written=_said(
                "DialogueCommandTexts",
                QT_TRANSLATE_NOOP(
                    "DialogueCommandTexts", "The agenda of the dialogue meeting was saved as %1."
                ),
            ),
            lang_help="language of the agenda, the team's: da, en, pl, ro or uk "
            "(default: the program's language)",
        ),
    ),
    PrintableReport(
        key="minutes",
        needs=Needs.MEETING,
        options=(Option.LANG, Option.MEETING, Option.ROUND),
        gather=work.minutes,
        build=work.minutes_pdf,
        page=OnPage(
            section=Section.MEETING,
            title=_page(QT_TRANSLATE_NOOP("ReportsPage", "Dialogue meeting – minutes (PDF)")),
            summary=_page(
                QT_TRANSLATE_NOOP(
                    "ReportsPage",
                    "The group's joint rating and notes for each point, and the problems and actions "
                    "decided — with the number of participants, never their names.",
                ),
            ),
            button=_page(QT_TRANSLATE_NOOP("ReportsPage", "Save minutes as PDF…")),
            file_word=_page(QT_TRANSLATE_NOOP("ReportsPage", "minutes")),
        ),
        command_line=OnCommandLine(
            help="the minutes of a dialogue meeting",
            description="Print the minutes of a dialogue meeting (ratings, notes and decisions) as a PDF."
            + _DIALOGUE_DEFAULT,
            epilog="print a dialogue meeting's minutes as a PDF",
            written=_said(
                "DialogueCommandTexts",
                QT_TRANSLATE_NOOP(
                    "DialogueCommandTexts", "The minutes of the dialogue meeting were saved as %1."
                ),
            ),
            lang_help="language of the document (default: the program's language)",
        ),
    ),
    PrintableReport(
        key="full",
        needs=Needs.RELEASED_ROUND,
        options=(Option.LANG, Option.ROUND),
        gather=work.full_report,
        build=work.full_report_pdf,
        page=OnPage(
            section=Section.ROUND,
            title=_page(QT_TRANSLATE_NOOP("ReportsPage", "Full APV report (PDF)")),
            summary=_page(
                QT_TRANSLATE_NOOP(
                    "ReportsPage",
                    "The whole APV in one document: workplace and method, response, results with charts "
                    "(withheld results marked, never shown), dialogue findings, sickness absence, the "
                    "problems and the action plan, and the follow-up.",
                ),
            ),
            button=_page(QT_TRANSLATE_NOOP("ReportsPage", "Save APV report as PDF…")),
            file_word=_page(QT_TRANSLATE_NOOP("ReportsPage", "APV report")),
            not_yet=_page(
                QT_TRANSLATE_NOOP(
                    "ReportsPage",
                    "The full report has the round's results, so it can be printed once the collection "
                    "has ended (Mapping › End the collection).",
                ),
            ),
        ),
        command_line=OnCommandLine(
            help="the full APV report of a round",
            description="Print the full APV report of a round (the latest unless --round is given) as a PDF: "
            "method, response, results with charts, dialogue findings, sickness absence, the action plan "
            "and the follow-up.",
            epilog="print a round's full APV report as a PDF",
            written=_said(
                "FullReportCommandTexts",
                QT_TRANSLATE_NOOP("FullReportCommandTexts", "The APV report was saved as %1."),
            ),
        ),
    ),
    PrintableReport(
        key="poster",
        needs=Needs.ROUND,
        options=(Option.LANG, Option.SECOND_LANG, Option.ROUND, Option.SITE),
        gather=work.plan,
        build=work.poster_pdf,
        caveats=work.poster_caveats,
        page=OnPage(
            section=Section.PLAN,
            title=_page(QT_TRANSLATE_NOOP("ReportsPage", "Poster for the break room (PDF)")),
            summary=_page(
                QT_TRANSLATE_NOOP(
                    "ReportsPage",
                    "One page: every problem in the action plan, what is being done, and who to talk to. "
                    "Add a second language so that everyone can read it.",
                ),
            ),
            button=_page(QT_TRANSLATE_NOOP("ReportsPage", "Save poster as PDF…")),
            file_word=_page(QT_TRANSLATE_NOOP("ReportsPage", "poster")),
            printable=True,
        ),
        command_line=OnCommandLine(
            help="a one-page poster of the action plan for the break room",
            description="Print a one-page poster: every problem in the action plan, what is being done, "
            "and who to talk to; optionally with a second language on the same page.",
            epilog="print a one-page poster of the action plan",
            written=_said(
                "PlanCommandTexts", QT_TRANSLATE_NOOP("PlanCommandTexts", "The poster was saved as %1.")
            ),
            lang_help="main language of the poster (default: the program's language)",
        ),
    ),
    PrintableReport(
        key="follow-up",
        needs=Needs.ROUND,
        options=(Option.LANG, Option.ROUND),
        gather=work.plan,
        build=work.follow_up_list_pdf,
        page=OnPage(
            section=Section.PLAN,
            title=_page(QT_TRANSLATE_NOOP("ReportsPage", "Follow-up list (PDF)")),
            summary=_page(
                QT_TRANSLATE_NOOP(
                    "ReportsPage",
                    "The actions that are not done yet, the earliest deadline first: the problem, what "
                    "is done, who is responsible and how the effect is checked, with a box to tick and "
                    "lines to write the outcome. To take round the workplace.",
                ),
            ),
            button=_page(QT_TRANSLATE_NOOP("ReportsPage", "Save follow-up list as PDF…")),
            file_word=_page(QT_TRANSLATE_NOOP("ReportsPage", "follow-up list")),
            printable=True,
        ),
        command_line=OnCommandLine(
            help="the open actions of a round, to tick off",
            description="Print the actions of a round's action plan that are not done yet (the latest "
            "round unless --round is given), the earliest deadline first, with a box to tick and lines "
            "for the outcome, as a PDF.",
            epilog="print a round's open actions as a list to tick off",
            written=_said(
                "CommandLineTexts",
                QT_TRANSLATE_NOOP("CommandLineTexts", "The follow-up list was saved as %1."),
            ),
        ),
    ),
    ANNUAL_DISCUSSION,
)

REPORT_KEYS: tuple[str, ...] = tuple(entry.key for entry in REPORTS)


def printable_report(key: str) -> PrintableReport[Any]:
    """Return the report declared under ``key`` (one of :data:`REPORT_KEYS`).

    Raises:
        KeyError: No report has that key.

    """
    for entry in REPORTS:
        if entry.key == key:
            return entry
    raise KeyError(key)
