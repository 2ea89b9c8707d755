"""Turn rows into domain objects and back; the UI only ever sees the domain objects."""

from __future__ import annotations

from apvdesk.core.absence import AbsenceAssessment, AbsencePeriod, Contributes
from apvdesk.core.action_history import history_from_json, history_to_json
from apvdesk.core.dialogue import AgendaPoint, DialogueMeeting, Rating
from apvdesk.core.model import (
    Action,
    ActionStatus,
    Approval,
    ApproverRole,
    Effect,
    Group,
    Problem,
    Round,
    RoundStatus,
    Seriousness,
    Workplace,
)
from apvdesk.store.models import (
    AbsenceAssessmentRow,
    AbsencePeriodRow,
    ActionRow,
    AgendaPointRow,
    ApprovalRow,
    DialogueMeetingRow,
    GroupRow,
    ProblemRow,
    RoundRow,
    SafetyRepresentativeRow,
    WorkplaceRow,
)
from apvdesk.store.translation_models import (
    ActionTranslationRow,
    ProblemTranslationRow,
    fill_translations,
    translations_of,
)


def workplace_from_row(row: WorkplaceRow) -> Workplace:
    return Workplace(
        name=row.name,
        cvr=row.cvr,
        address=row.address,
        sector=row.sector,
        headcount=row.headcount,
        has_amo=row.has_amo,
        manager=row.manager,
        safety_representatives=[rep.name for rep in row.safety_representatives],
        annual_discussion_on=row.annual_discussion_on,
        amo_levels=row.amo_levels,
        rest_of_apv_location=row.rest_of_apv_location,
        apv_access=row.apv_access,
    )


def fill_workplace_row(row: WorkplaceRow, workplace: Workplace) -> None:
    row.name = workplace.name
    row.cvr = workplace.cvr
    row.address = workplace.address
    row.sector = workplace.sector
    row.headcount = workplace.headcount
    # has_amo says whether there is one, amo_levels how many levels (core.model.Workplace)
    row.amo_levels = max(workplace.amo_levels, 1) if workplace.has_amo else 0
    row.has_amo = row.amo_levels > 0
    row.manager = workplace.manager
    row.annual_discussion_on = workplace.annual_discussion_on
    row.rest_of_apv_location = workplace.rest_of_apv_location
    row.apv_access = workplace.apv_access
    names = [name.strip() for name in workplace.safety_representatives if name.strip()]
    row.safety_representatives = [
        SafetyRepresentativeRow(position=i, name=name) for i, name in enumerate(names)
    ]


def group_from_row(row: GroupRow) -> Group:
    return Group(name=row.name, headcount=row.headcount, id=row.id, site_id=row.site_id)


def round_from_row(row: RoundRow) -> Round:
    return Round(
        title=row.title,
        start_date=row.start_date,
        status=RoundStatus(row.status),
        anonymity_threshold=row.anonymity_threshold,
        bank_id=row.bank_id,
        bank_version=row.bank_version,
        languages=[lang for lang in row.languages.split(",") if lang],
        group_ids=[group.id for group in row.groups],
        kiosk_pin_hash=row.kiosk_pin_hash,
        green_from=row.green_from,
        red_below=row.red_below,
        follows_round_id=row.follows_round_id,
        id=row.id,
    )


def problem_from_row(row: ProblemRow) -> Problem:
    return Problem(
        round_id=row.round_id,
        scale_id=row.scale_id,
        kind=row.kind,
        seriousness=Seriousness(row.seriousness),
        extent=row.extent,
        causes=row.causes,
        priority=row.priority,
        group_ids=sorted(group.id for group in row.groups),
        dialogue_point_id=row.dialogue_point_id,
        solved_at_once=row.solved_at_once,
        concerns_absence=row.concerns_absence,
        id=row.id,
        title=row.title,
        translations=translations_of(row.translations),
        site_id=row.site_id,
    )


def fill_problem_row(row: ProblemRow, problem: Problem, groups: list[GroupRow]) -> None:
    row.round_id = problem.round_id
    row.scale_id = problem.scale_id
    row.kind = problem.kind
    row.seriousness = problem.seriousness.value
    row.extent = problem.extent
    row.causes = problem.causes
    row.priority = problem.priority
    row.dialogue_point_id = problem.dialogue_point_id
    row.solved_at_once = problem.solved_at_once
    row.concerns_absence = problem.concerns_absence
    row.title = problem.title
    if row.id is None:  # a new problem takes its site; later only set_problem_site moves it
        row.site_id = problem.site_id
    row.groups = groups
    fill_translations(row.translations, problem.translations, ProblemTranslationRow)


def action_from_row(row: ActionRow) -> Action:
    return Action(
        how=row.how,
        responsible=row.responsible,
        start=row.start,
        deadline=row.deadline,
        status=ActionStatus(row.status),
        follow_up_date=row.follow_up_date,
        follow_up_method=row.follow_up_method,
        effect=Effect(row.effect) if row.effect else None,
        effect_note=row.effect_note,
        effect_date=row.effect_date,
        catalogue_id=row.catalogue_id,
        problem_id=row.problem_id,
        id=row.id,
        translations=translations_of(row.translations),
        history=history_from_json(row.history),
        site_id=row.site_id,
    )


def fill_action_row(row: ActionRow, action: Action) -> None:
    if action.problem_id is None:
        raise ValueError("an action must belong to a problem")
    row.problem_id = action.problem_id
    row.how = action.how
    row.responsible = action.responsible
    row.start = action.start
    row.deadline = action.deadline
    row.status = action.status.value
    row.follow_up_date = action.follow_up_date
    row.follow_up_method = action.follow_up_method
    row.effect = action.effect.value if action.effect else None
    row.effect_note = action.effect_note
    row.effect_date = action.effect_date
    row.catalogue_id = action.catalogue_id
    if row.id is None:  # a new action takes its site; later only set_action_site moves it
        row.site_id = action.site_id
    fill_translations(row.translations, action.translations, ActionTranslationRow)
    row.history = history_to_json(action.history)


def approval_from_row(row: ApprovalRow) -> Approval:
    return Approval(
        round_id=row.round_id,
        name=row.name,
        role=ApproverRole(row.role),
        approved_on=row.approved_on,
        plan_revision=row.plan_revision,
        id=row.id,
    )


def meeting_from_row(row: DialogueMeetingRow) -> DialogueMeeting:
    return DialogueMeeting(
        round_id=row.round_id,
        group_ids=[group.id for group in row.groups],
        held_on=row.held_on,
        facilitator=row.facilitator,
        participants=row.participants,
        id=row.id,
    )


def point_from_row(row: AgendaPointRow) -> AgendaPoint:
    return AgendaPoint(
        title=row.title,
        question=row.question,
        minutes=row.minutes,
        scale_id=row.scale_id,
        rating=Rating(row.rating) if row.rating is not None else None,
        works=row.works,
        not_works=row.not_works,
        ideas=row.ideas,
        position=row.position,
        meeting_id=row.meeting_id,
        id=row.id,
    )


def fill_point_row(row: AgendaPointRow, point: AgendaPoint) -> None:
    row.title = point.title
    row.question = point.question
    row.minutes = point.minutes
    row.scale_id = point.scale_id
    row.rating = int(point.rating) if point.rating is not None else None
    row.works = point.works
    row.not_works = point.not_works
    row.ideas = point.ideas


def absence_period_from_row(row: AbsencePeriodRow) -> AbsencePeriod:
    return AbsencePeriod(
        round_id=row.round_id,
        group_id=row.group_id,
        label=row.label,
        start=row.start,
        end=row.end,
        absence_days=row.absence_days,
        employees=row.employees,
        working_days=row.working_days,
        id=row.id,
    )


def fill_absence_period_row(row: AbsencePeriodRow, period: AbsencePeriod) -> None:
    row.round_id = period.round_id
    row.group_id = period.group_id
    row.label = period.label
    row.start = period.start
    row.end = period.end
    row.absence_days = period.absence_days
    row.employees = period.employees
    row.working_days = period.working_days


def absence_assessment_from_row(row: AbsenceAssessmentRow) -> AbsenceAssessment:
    return AbsenceAssessment(
        round_id=row.round_id,
        contributes=Contributes(row.contributes) if row.contributes else None,
        why=row.why,
        considered_on=row.considered_on,
    )


def fill_absence_assessment_row(row: AbsenceAssessmentRow, assessment: AbsenceAssessment) -> None:
    row.round_id = assessment.round_id
    row.contributes = assessment.contributes.value if assessment.contributes else None
    row.why = assessment.why
    row.considered_on = assessment.considered_on
