"""The action plan (handlingsplan) as a printable, signable A4 PDF in Danish or English.

The plan holds what BEK 1838/2023 asks of a written plan: the problems in order of
priority with their kind, seriousness, extent and causes; for each, how, by whom and by
when it is solved and how the effect is followed up; the sickness absence; the
follow-up plan with the next APV; and who approved it. The pieces are laid out by
:class:`apvdesk.reports.plan_blocks.ActionPlanPdf`; this module puts them in order.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable

from apvdesk.core.model import ActionPlan
from apvdesk.platform.atomic_file import write_atomically
from apvdesk.reports.pdf_document import build_pdf
from apvdesk.reports.plan_blocks import MARGINS, TEXT_WIDTH, ActionPlanPdf
from apvdesk.wording.i18n import Translator

__all__ = [
    "MARGINS",
    "TEXT_WIDTH",
    "ActionPlanPdf",
    "action_plan_story",
    "build_action_plan_pdf",
    "write_action_plan_pdf",
]


def action_plan_story(blocks: ActionPlanPdf) -> list[Flowable]:
    """Return the plan's story: title facts, a change warning, problems, absence, follow-up, approval.

    Args:
        blocks: The plan's pieces, in the plan's language.

    Returns:
        New flowables, ready for one layout pass.

    """
    story: list[Flowable] = blocks.title_block()
    notice = blocks.changed_notice()
    if notice is not None:
        story.append(notice)
    story += blocks.problem_blocks()
    story += blocks.absence_section()
    story += blocks.follow_up_plan()
    story.append(blocks.approval_block())
    return story


def build_action_plan_pdf(plan: ActionPlan, lang: str = "da") -> bytes:
    """Lay out the action plan as an A4 PDF with embedded DejaVu fonts.

    Args:
        plan: Everything the printout shows, e.g. from ``WorkplaceStore.action_plan``.
        lang: ``"da"`` (default) or ``"en"``; the language of every text and date.

    Returns:
        The PDF file's bytes.

    Raises:
        ValueError: ``lang`` is not a language apvdesk knows.
        FileNotFoundError: The translation catalogue or a font file is missing.

    """
    blocks = ActionPlanPdf(plan, Translator(lang))
    return build_pdf(lambda: action_plan_story(blocks), blocks.document_info(), MARGINS, blocks.footer)


def write_action_plan_pdf(plan: ActionPlan, path: Path, lang: str = "da") -> None:
    """Write the action plan PDF to ``path``, atomically.

    The PDF is built in memory, written to a temporary file in the same folder and then
    moved over ``path``, so a failure never leaves a half-written file behind.

    Args:
        plan: Everything the printout shows.
        path: Where to save the PDF; an existing file is replaced.
        lang: ``"da"`` (default) or ``"en"``.

    Raises:
        OSError: The file cannot be written (for example, it is open in another program).

    """
    write_atomically(build_action_plan_pdf(plan, lang), path)
