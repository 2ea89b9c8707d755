"""The work behind each printable report: gathering its data from the store, and building its PDF.

Each function is named by :mod:`apvdesk.app.report_registry`'s entries; the store's
gathering and the report modules (reportlab) are imported only inside them, when a
report is made, so that start-up stays light.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from apvdesk.app.report_entry import ReportChoices, ShouldStop

if TYPE_CHECKING:
    from apvdesk.core.dialogue import DialogueMinutes
    from apvdesk.core.full_report import FullReport
    from apvdesk.core.model import ActionPlan, QuestionnaireForm
    from apvdesk.store.service import WorkplaceService


def plan(store: WorkplaceService, choices: ReportChoices, _stop: ShouldStop) -> ActionPlan:
    """Return the round's plan; for one site, its part of the plan (see core.site_plan)."""
    from apvdesk.core.site_plan import plan_for_site

    whole = store.action_plan(choices.round, choices.today)
    return whole if choices.site_id is None else plan_for_site(whole, choices.site_id)


def minutes(store: WorkplaceService, choices: ReportChoices, _stop: ShouldStop) -> DialogueMinutes:
    return store.minutes(choices.meeting, choices.today)


def agenda_minutes(store: WorkplaceService, choices: ReportChoices, _stop: ShouldStop) -> DialogueMinutes:
    """Return the meeting, its groups named in the agenda's language where they have a name in it."""
    from dataclasses import replace

    from apvdesk.core.group_names import shown_name

    minutes = store.minutes(choices.meeting, choices.today)
    groups = {group.id: group for group in store.groups()}
    names = store.group_names()
    ids = [i for i in minutes.meeting.group_ids if i in groups]
    shown = [shown_name(groups[i], names, choices.lang).text for i in ids]
    return replace(minutes, group_names=shown)


def form(store: WorkplaceService, choices: ReportChoices, _stop: ShouldStop) -> QuestionnaireForm:
    return store.questionnaire_form(choices.round)


def promise_threshold(store: WorkplaceService, choices: ReportChoices) -> None:
    store.promise_threshold(choices.round)  # the form tells respondents the threshold


def full_report(store: WorkplaceService, choices: ReportChoices, should_stop: ShouldStop) -> FullReport:
    from apvdesk.app.gathering import gather_full_report

    return gather_full_report(store, choices.round, choices.today, should_stop=should_stop)


def action_plan_pdf(plan: ActionPlan, choices: ReportChoices, _stop: ShouldStop) -> bytes:
    from apvdesk.reports.action_plan import build_action_plan_pdf

    return build_action_plan_pdf(plan, choices.lang)


def questionnaire_pdf(form: QuestionnaireForm, choices: ReportChoices, _stop: ShouldStop) -> bytes:
    from apvdesk.reports.questionnaire import build_questionnaire_pdf

    return build_questionnaire_pdf(form, choices.lang)


def agenda_pdf(minutes: DialogueMinutes, choices: ReportChoices, _stop: ShouldStop) -> bytes:
    from apvdesk.app.resources import agenda_templates, agenda_texts
    from apvdesk.reports.agenda import build_agenda_pdf

    return build_agenda_pdf(minutes, choices.lang, agenda_templates(), agenda_texts())


def minutes_pdf(minutes: DialogueMinutes, choices: ReportChoices, _stop: ShouldStop) -> bytes:
    from apvdesk.reports.minutes import build_minutes_pdf

    return build_minutes_pdf(minutes, choices.lang)


def full_report_pdf(report: FullReport, choices: ReportChoices, should_stop: ShouldStop) -> bytes:
    from apvdesk.reports.full_report import build_full_report_pdf

    return build_full_report_pdf(report, choices.lang, should_stop)


def poster_pdf(plan: ActionPlan, choices: ReportChoices, _stop: ShouldStop) -> bytes:
    from apvdesk.core.poster import poster_content
    from apvdesk.reports.poster import build_poster_pdf, shipped_poster_texts

    content = poster_content(plan, today=choices.today)
    return build_poster_pdf(content, shipped_poster_texts(), choices.lang, choices.second_lang, plan.bank)


def poster_caveats(plan: ActionPlan, choices: ReportChoices) -> list[str]:
    """Return a warning when problems or actions on a bilingual poster lack a text in its second language."""
    from apvdesk.core.poster import poster_content, untranslated
    from apvdesk.wording.poster_text_words import missing_warning

    if choices.second_lang is None:
        return []
    missing = untranslated(poster_content(plan, today=choices.today), choices.second_lang)
    return [missing_warning(missing, choices.second_lang)] if missing else []


def follow_up_list_pdf(plan: ActionPlan, choices: ReportChoices, _stop: ShouldStop) -> bytes:
    from apvdesk.reports.follow_up_list import build_follow_up_list_pdf

    return build_follow_up_list_pdf(plan, choices.lang)
