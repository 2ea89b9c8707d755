"""The printed action plan's sites: what was agreed with each customer, and which site a plan is for.

BEK 1838/2023 §§ 8–9 concern several employers having work done at the same workplace:
they cooperate on safety and health there, and whoever works on another firm's premises
also follows that firm's rules on safety and health. The rules do not prescribe what the
agreement holds; the points printed here (who coordinates, the known risks, whom to call
after an episode, a break room, a toilet) are the good practice apvdesk asks the owner
to agree with the customer (:mod:`apvdesk.core.sites`). A point not written down is
printed as not agreed yet, never left out.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table

from apvdesk.core.site_plan import agreement_sites, printed_site
from apvdesk.core.sites import Site
from apvdesk.reports.blocks import table_style
from apvdesk.reports.pdf_document import SHADE
from apvdesk.reports.plan_blocks import TEXT_WIDTH, ActionPlanPdf
from apvdesk.wording.i18n import fill

CONTEXT = "PlanSitesPdf"
_LABELS = 52 * mm


class PlanSitesPdf:
    """Lays out the plan's site note and the agreements with customers; texts in context ``PlanSitesPdf``."""

    def __init__(self, pieces: ActionPlanPdf) -> None:
        self.pieces = pieces
        self.plan = pieces.plan

    def tr(self, text: str) -> str:
        """Return ``text`` (an English source string) in the plan's language."""
        return self.pieces.translator.translate(CONTEXT, text)

    def scope_note(self) -> list[Flowable]:
        """Return, for a plan printed for one site, a box saying what it holds; nothing for the whole plan."""
        site = printed_site(self.plan)
        if site is None:
            return []
        para = self.pieces.para
        says = self.tr(
            "This plan holds the problems and actions of %1 and those of the whole workplace, which "
            "concern the employees there too. Actions at other sites are left out. The approval is "
            "that of the whole plan."
        )
        box = Table(
            [
                [para(fill(self.tr("Plan for one site: %1"), site.name), "strong")],
                [para(fill(says, site.name))],
            ],
            colWidths=[TEXT_WIDTH],
        )
        box.setStyle(
            table_style(
                [
                    ("BACKGROUND", (0, 0), (-1, -1), SHADE),
                    ("LEFTPADDING", (0, 0), (-1, -1), 8),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                    ("TOPPADDING", (0, 0), (-1, 0), 6),
                    ("BOTTOMPADDING", (0, -1), (-1, -1), 7),
                ]
            )
        )
        return [Spacer(1, 3 * mm), box, Spacer(1, 2 * mm)]

    def agreements(self) -> list[Flowable]:
        """Return, for each customer site of the plan, what was agreed with the customer."""
        sites = agreement_sites(self.plan)
        if not sites:
            return []
        blocks = self.pieces.blocks
        parts: list[Flowable] = [
            *blocks.heading(self.tr("Agreements with customers"), room=60 * mm),
            blocks.para(
                self.tr(
                    "BEK 1838/2023 §§ 8–9: when several employers have work done at the same workplace, "
                    "they cooperate on safety and health there, and whoever works on another firm's premises "
                    "also follows its rules on safety and health. What was agreed with each customer is "
                    "written below; the points are good practice, not a form the rules prescribe."
                ),
                "note",
            ),
        ]
        parts += [self.agreement(site) for site in sites]
        return parts

    def agreement(self, site: Site) -> Flowable:
        """Return one customer site: its customer, address and contact, then the five points agreed."""
        not_agreed = self.tr("Not agreed yet")
        agreement = site.agreement
        details = [
            (self.tr("Customer"), site.customer),
            (self.tr("Address"), site.address),
            (self.tr("Customer's contact"), site.contact),
        ]
        points = [
            (self.tr("Who coordinates safety and health"), agreement.coordinator),
            (self.tr("Known risks at the site"), agreement.known_risks),
            (self.tr("Whom to call after an episode"), agreement.after_episode),
            (self.tr("Break room"), agreement.break_room),
            (self.tr("Toilet"), agreement.toilet),
        ]
        pairs = [(name, self.pieces.or_not_given(value)) for name, value in details]
        pairs += [(name, value.strip() or not_agreed) for name, value in points]
        if agreement.notes.strip():
            pairs.append((self.tr("Notes"), agreement.notes.strip()))
        facts = self.pieces.blocks.facts(pairs, [_LABELS, TEXT_WIDTH - _LABELS], boxed=True, row_padding=2.5)
        return KeepTogether([self.pieces.para(site.name, "h2"), facts, Spacer(1, 3 * mm)])
