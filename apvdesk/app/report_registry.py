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

from apvdesk.app.records_report import ANNUAL_DISCUSSION
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
    from apvdesk.core.dialogue import DialogueMinutes
    from apvdesk.core.full_report import FullReport
    from apvdesk.core.model import ActionPlan, QuestionnaireForm
    from apvdesk.store.service import WorkplaceService

PAGE = "ReportsPage"  # the translation context of the Rapporter page's texts


def _page(source: object) -> Wording:
    """Return a text of the Rapporter page (``source`` marked for lupdate in context ReportsPage)."""
    return Wording(PAGE, str(source))


def _said(context: str, source: object) -> Wording:
    """Return a sentence of the command line, kept in the translation context it was written in."""
    return Wording(context, str(source))


# --- gathering and building, imported only when a report is made -------------------------


def _plan(store: WorkplaceService, choices: ReportChoices, _stop: ShouldStop) -> ActionPlan:
    return store.action_plan(choices.round, choices.today)


def _minutes(store: WorkplaceService, choices: ReportChoices, _stop: ShouldStop) -> DialogueMinutes:
    return store.minutes(choices.meeting, choices.today)


def _agenda_minutes(store: WorkplaceService, choices: ReportChoices, _stop: ShouldStop) -> DialogueMinutes:
    """Return the meeting, its groups named in the agenda's language where they have a name in it."""
    from dataclasses import replace

    from apvdesk.core.group_names import shown_name

    minutes = store.minutes(choices.meeting, choices.today)
    groups = {group.id: group for group in store.groups()}
    names = store.group_names()
    ids = [i for i in minutes.meeting.group_ids if i in groups]
    shown = [shown_name(groups[i], names, choices.lang).text for i in ids]
    return replace(minutes, group_names=shown)


def _form(store: WorkplaceService, choices: ReportChoices, _stop: ShouldStop) -> QuestionnaireForm:
    return store.questionnaire_form(choices.round)


def _promise_threshold(store: WorkplaceService, choices: ReportChoices) -> None:
    store.promise_threshold(choices.round)  # the form tells respondents the threshold


def _full_report(store: WorkplaceService, choices: ReportChoices, should_stop: ShouldStop) -> FullReport:
    from apvdesk.app.gathering import gather_full_report

    return gather_full_report(store, choices.round, choices.today, should_stop=should_stop)


def _action_plan_pdf(plan: ActionPlan, choices: ReportChoices, _stop: ShouldStop) -> bytes:
    from apvdesk.reports.action_plan import build_action_plan_pdf

    return build_action_plan_pdf(plan, choices.lang)


def _questionnaire_pdf(form: QuestionnaireForm, choices: ReportChoices, _stop: ShouldStop) -> bytes:
    from apvdesk.reports.questionnaire import build_questionnaire_pdf

    return build_questionnaire_pdf(form, choices.lang)


def _agenda_pdf(minutes: DialogueMinutes, choices: ReportChoices, _stop: ShouldStop) -> bytes:
    from apvdesk.app.resources import agenda_templates, agenda_texts
    from apvdesk.reports.agenda import build_agenda_pdf

    return build_agenda_pdf(minutes, choices.lang, agenda_templates(), agenda_texts())


def _minutes_pdf(minutes: DialogueMinutes, choices: ReportChoices, _stop: ShouldStop) -> bytes:
    from apvdesk.reports.minutes import build_minutes_pdf

    return build_minutes_pdf(minutes, choices.lang)


def _full_report_pdf(report: FullReport, choices: ReportChoices, should_stop: ShouldStop) -> bytes:
    from apvdesk.reports.full_report import build_full_report_pdf

    return build_full_report_pdf(report, choices.lang, should_stop)


def _poster_pdf(plan: ActionPlan, choices: ReportChoices, _stop: ShouldStop) -> bytes:
    from apvdesk.core.poster import poster_content
    from apvdesk.reports.poster import build_poster_pdf, shipped_poster_texts

    content = poster_content(plan, today=choices.today)
    return build_poster_pdf(content, shipped_poster_texts(), choices.lang, choices.second_lang, plan.bank)


def _poster_caveats(plan: ActionPlan, choices: ReportChoices) -> list[str]:
    """Return a warning when problems or actions on a bilingual poster lack a text in its second language."""
    from apvdesk.core.poster import poster_content, untranslated
    from apvdesk.wording.poster_text_words import missing_warning

    if choices.second_lang is None:
        return []
    missing = untranslated(poster_content(plan, today=choices.today), choices.second_lang)
    return [missing_warning(missing, choices.second_lang)] if missing else []


def _follow_up_list_pdf(plan: ActionPlan, choices: ReportChoices, _stop: ShouldStop) -> bytes:
    from apvdesk.reports.follow_up_list import build_follow_up_list_pdf

    return build_follow_up_list_pdf(plan, choices.lang)


# --- the reports ------------------------------------------------------------------------

_DIALOGUE_DEFAULT = " Default: the latest meeting of the latest round; --meeting or --round chooses another."

REPORTS: tuple[PrintableReport[Any], ...] = (
    PrintableReport(
        key="action-plan",
        needs=Needs.ROUND,
        options=(Option.LANG, Option.ROUND),
        gather=_plan,
        build=_action_plan_pdf,
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
        gather=_form,
        build=_questionnaire_pdf,
        on_printed=_promise_threshold,
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
        gather=_agenda_minutes,
        build=_agenda_pdf,
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
        gather=_minutes,
        build=_minutes_pdf,
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
        gather=_full_report,
        build=_full_report_pdf,
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
        options=(Option.LANG, Option.SECOND_LANG, Option.ROUND),
        gather=_plan,
        build=_poster_pdf,
        caveats=_poster_caveats,
        page=OnPage(
            section=Section.PLAN,
            title=_page(QT_TRANSLATE_NOOP("ReportsPage", "Poster for the break room (PDF)")),
            summary=_page(
                QT_TRANSLATE_NOOP(
                    "ReportsPage",
                    "One page in large type: the most important problems, what is being done, and who to "
                    "talk to. Add a second language so that everyone can read it.",
                ),
            ),
            button=_page(QT_TRANSLATE_NOOP("ReportsPage", "Save poster as PDF…")),
            file_word=_page(QT_TRANSLATE_NOOP("ReportsPage", "poster")),
            printable=True,
        ),
        command_line=OnCommandLine(
            help="a one-page poster of the action plan for the break room",
            description="Print a one-page poster: the most important problems, what is being done, and "
            "who to talk to, in large type; optionally with a second language on the same page.",
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
        gather=_plan,
        build=_follow_up_list_pdf,
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
