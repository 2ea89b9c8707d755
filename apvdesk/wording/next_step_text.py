"""The "what now" line in words: one sentence per step, and the label of its button.

The steps come from :mod:`apvdesk.core.next_step`; the texts are in the translation
context "NextStepText". Counts are written as "… : 3" so one sentence serves one and many.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from apvdesk.core.next_step import GUIDE, NextStep, Step
from apvdesk.wording.i18n import fill

CONTEXT = "NextStepText"


class NextStepText:
    """The sentences and button labels (a class, so that lupdate files them under its name)."""

    def tr(self, text: str) -> str:
        return QCoreApplication.translate(CONTEXT, text)

    def sentence(self, step: NextStep) -> str:
        """Return the sentence that says what to do next."""
        texts = {
            Step.GUIDE: self.tr(
                "New to the APV? The guide shows the five steps, what the rules ask of each and "
                "roughly how long each takes."
            ),
            Step.NO_ROUND: self.tr("There is no round yet, so there is nothing to do here."),
            Step.ADD_GROUPS: self.tr(
                "Next: add the groups that take part under Groups below, one row per team with its number "
                "of employees."
            ),
            Step.AMO_MISSING: self.tr(
                "The workplace has %1 employees, and the AMO recorded is less than the rules ask for "
                "(see the red note at the AMO field). Next: set up the AMO and record it there."
            ),
            Step.SET_PIN: self.tr(
                "Next: set a kiosk PIN in the box about the current round below, if the employees will "
                "answer on this PC. "
                "For paper forms only, go straight to Mapping."
            ),
            Step.READY_TO_MAP: self.tr("The round is ready. Next: collect the answers on the Mapping page."),
            Step.COLLECT: self.tr(
                "No answers yet. Next: start the kiosk, print paper forms, import a spreadsheet, "
                "or hold a dialogue meeting with a small group."
            ),
            Step.COLLECTING: self.tr(
                "Answers so far: %1. When everyone has had the chance to answer, end the collection "
                "on the Assessment page to see the results."
            ),
            Step.GROUPS_UNMAPPED: self.tr(
                "Groups without results or a dialogue meeting: %1. Collect more answers from them, or "
                "hold a dialogue meeting with each."
            ),
            Step.END_COLLECTION: self.tr(
                "The collection is open (answers so far: %1). Next: end it when everyone has had the "
                "chance to answer; then the results are shown here."
            ),
            Step.HANDLE_FINDINGS: self.tr(
                "Findings not handled yet: %1 (see “Findings to assess” below). Next: make each a problem "
                "in the action plan, or write why it is not one."
            ),
            Step.JUDGE_ABSENCE: self.tr(
                "Next: enter the sickness absence for the period and judge whether conditions at work "
                "contribute to it."
            ),
            Step.LINK_ABSENCE: self.tr(
                "You judged that work contributes, at least partly, to the absence. Next: link it to a "
                "problem in the action plan, or write why not."
            ),
            Step.ADD_PROBLEMS: self.tr(
                "No problems yet. Next: make problems from the results on the Assessment page, "
                "or add one here."
            ),
            Step.MAP_FIRST: self.tr(
                "No results yet to make problems from. Next: collect answers or hold dialogue meetings "
                "on the Mapping page."
            ),
            Step.FINDINGS_LEFT: self.tr(
                "Findings not handled yet: %1. Next: make each a problem, or write why it is not one, "
                "on the Assessment page."
            ),
            Step.DESCRIBE_PROBLEMS: self.tr(
                "Problems still missing their kind, extent or causes: %1. Next: open each and fill them in."
            ),
            Step.PLAN_ACTIONS: self.tr(
                "Problems without an action, or actions without who or by when: %1. Next: plan how, "
                "who and by when for each."
            ),
            Step.APPROVE_PLAN: self.tr(
                "The plan is complete. Next: have it approved by the AMO, or by you and an employee "
                "representative (good practice, not a rule)."
            ),
            Step.NO_ACTIONS: self.tr("Nothing to follow up yet. Next: decide on actions in the action plan."),
            Step.PLAN_EFFECT_CHECKS: self.tr(
                "Actions without a planned effect check: %1 (%2). Next: give each a date and a way to "
                "check whether it worked, with “Edit action…” on the Action plan page."
            ),
        }
        return fill(texts[step.step], step.count, self.actions(step))

    def actions(self, step: NextStep) -> str:
        """Return the actions a step is about, named as the checklist names them."""
        return "; ".join(
            fill(self.tr("problem %1, “%2”"), number, how if len(how) <= 40 else how[:39].rstrip() + "…")
            for number, how in step.actions
        )

    def button(self, step: NextStep) -> str:
        """Return the label of the button that goes where the step is done ("" for this page)."""
        if step.page == GUIDE:
            return self.tr("Getting started")
        buttons = {
            "preparation": self.tr("Go to Preparation"),
            "mapping": self.tr("Go to Mapping"),
            "assessment": self.tr("Go to Assessment"),
            "absence": self.tr("Go to Sickness absence"),
            "action-plan": self.tr("Go to Action plan"),
            "follow-up": self.tr("Go to Follow-up"),
            "reports": self.tr("Go to Reports"),
        }
        return buttons.get(step.page, "")


def step_sentence(step: NextStep) -> str:
    """Return the sentence that says what to do next."""
    return NextStepText().sentence(step)


def step_button(step: NextStep) -> str:
    """Return the label of the button that goes where the step is done ("" for this page)."""
    return NextStepText().button(step)
