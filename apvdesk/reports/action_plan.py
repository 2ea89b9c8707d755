"""The action plan (handlingsplan) as a printable, signable A4 PDF in Danish or English.

The plan holds what BEK 1838/2023 asks of a written plan: the problems in order of
priority with their kind, seriousness, extent and causes; for each, how, by whom and by
when it is solved and how the effect is followed up; the sickness absence; the
follow-up plan with the next APV; and who approved it. The pieces are laid out by
:class:`~apvdesk.reports.plan_blocks.ActionPlanPdf`,
:class:`~apvdesk.reports.plan_follow_up.PlanFollowUpPdf` and
:class:`~apvdesk.reports.plan_approval.PlanApprovalPdf`; this module puts them in order.
"""

from __future__ import annotations

import dataclasses

from reportlab.platypus import Flowable

from apvdesk.core.model import ActionPlan
from apvdesk.core.site_plan import printed_site
from apvdesk.reports.pdf_document import build_pdf
from apvdesk.reports.plan_approval import PlanApprovalPdf
from apvdesk.reports.plan_blocks import MARGINS, ActionPlanPdf
from apvdesk.reports.plan_follow_up import PlanFollowUpPdf
from apvdesk.reports.plan_records import PlanRecordsPdf
from apvdesk.reports.plan_sites import PlanSitesPdf
from apvdesk.wording.i18n import Translator


def action_plan_story(pieces: ActionPlanPdf) -> list[Flowable]:
    """Return the plan's story: title, changes, scope, problems, agreements, absence, follow-up, approval.

    Args:
        pieces: The plan's pieces, in the plan's language.

    Returns:
        New flowables, ready for one layout pass.

    """
    story: list[Flowable] = pieces.title_block()
    sites = PlanSitesPdf(pieces)
    story += sites.scope_note()  # a plan printed for one site says so first
    notice = pieces.changed_notice()
    if notice is not None:
        story.append(notice)
    records = PlanRecordsPdf(pieces)
    story += records.scope_block()
    story += pieces.problem_blocks()
    story += sites.agreements()
    story += pieces.absence_section()
    story += PlanFollowUpPdf(pieces).follow_up_plan()
    story += records.participation_block()
    story.append(PlanApprovalPdf(pieces).approval_block())
    return story


def build_action_plan_pdf(plan: ActionPlan, lang: str = "da") -> bytes:
    """Lay out the action plan as an A4 PDF with embedded DejaVu fonts.

    Args:
        plan: Everything the printout shows, e.g. from ``WorkplaceStore.action_plan``.
        lang: ``"da"`` (default) or ``"en"``; the language of every text and date.

    Returns:
        The PDF file's bytes; save them with ``write_atomically``.

    Raises:
        ValueError: ``lang`` is not a language apvdesk knows.
        FileNotFoundError: The translation catalogue or a font file is missing.

    """
    pieces = ActionPlanPdf(plan, Translator(lang))
    info, site = pieces.document_info(), printed_site(plan)
    if site is not None:  # the plan for one site is titled with it
        info = dataclasses.replace(info, title=f"{info.title} – {site.name}")
    return build_pdf(lambda: action_plan_story(pieces), info, MARGINS, pieces.footer)
