"""The getting-started guide in words: the APV's steps in apvdesk, what the rules ask of each, how long.

The rules are named as the rest of the product names them: BEK 1838/2023 (introduced once as
the executive order of 14 December 2023) and arbejdsmiljøloven §§ 6–7; each sentence
says no more than the rule does, and good practice is called good practice. The times are
rough estimates for a workplace with 5–60 employees. Texts are in the context "GettingStarted".
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

CONTEXT = "GettingStarted"


@dataclass(frozen=True)
class GuideStep:
    """One step: what to do, what the rules ask, how long it takes, and the pages (key, button label)."""

    title: str
    what: str
    law: str
    time: str
    pages: tuple[tuple[str, str], ...]


class GettingStarted:
    """The guide's texts (a class, so that lupdate files them under its name)."""

    def tr(self, text: str) -> str:
        return QCoreApplication.translate(CONTEXT, text)

    def title(self) -> str:
        return self.tr("Getting started")

    def introduction(self) -> str:
        """Return what the guide is about, with the rule behind the APV as a whole."""
        return self.tr(
            "Every employer with employees must make a workplace assessment (APV) and keep it in writing, "
            "available to management and employees (BEK 1838/2023, the executive order of 14 December 2023 "
            "on systematic work environment work). The employer chooses the method. apvdesk "
            "covers the psychosocial work environment; write down on the Overview page where the rest "
            "of the APV (physical, chemical and ergonomic conditions, accidents) is kept.\n\n"
            "The times are rough estimates for a workplace with 5 to 60 employees. apvdesk saves every "
            "change at once, so you can stop at any point and go on later."
        )

    def time_label(self) -> str:
        return self.tr("Time:")

    def law_label(self) -> str:
        return self.tr("The rules:")

    def steps(self) -> list[GuideStep]:
        """Return the five steps of an APV in apvdesk, in order."""
        return [
            GuideStep(
                self.tr("1. Prepare"),
                self.tr(
                    "Fill in the workplace, the groups that take part (one per team, with the number of "
                    "employees), the manager, the safety representative and the work environment "
                    "organisation (AMO). Check the round: its themes, its languages and the anonymity "
                    "threshold, and set a PIN for the kiosk."
                ),
                self.tr(
                    "The employees take part in the APV: in firms with 1–9 employees by direct contact and "
                    "dialogue, from 10 employees through the work environment organisation (AMO) "
                    "(arbejdsmiljøloven §§ 6–7)."
                ),
                self.tr("ca. 30 min."),
                (("preparation", self.tr("Go to Preparation")),),
            ),
            GuideStep(
                self.tr("2. Map"),
                self.tr(
                    "Collect the answers: on this PC in kiosk mode, on paper forms you type in, or from a "
                    "spreadsheet. A group too small for a questionnaire can hold a dialogue meeting instead. "
                    "Then end the collection, so the results are shown."
                ),
                self.tr(
                    "The risk assessment must rest on a mapping of the working conditions (BEK 1838/2023)."
                ),
                self.tr(
                    "ca. 1–2 weeks for the employees to answer (ca. 10–15 min each); your own work "
                    "ca. 1 hour, plus ca. 3 min per paper form typed in, or ca. 1 hour per dialogue meeting."
                ),
                (("mapping", self.tr("Go to Mapping")),),
            ),
            GuideStep(
                self.tr("3. Assess"),
                self.tr(
                    "Look at the results for each group with the safety representative. Make each red or "
                    "yellow result a problem, or write why it is not one. Enter the sickness absence and "
                    "judge whether work contributes to it."
                ),
                self.tr(
                    "Each problem is described by its kind, seriousness, extent and causes, and the sickness "
                    "absence is included: can conditions at work contribute to it? (BEK 1838/2023)."
                ),
                self.tr("ca. 1–2 hours, best at a meeting with the safety representative or the AMO."),
                (("assessment", self.tr("Go to Assessment")), ("absence", self.tr("Go to Sickness absence"))),
            ),
            GuideStep(
                self.tr("4. Plan"),
                self.tr(
                    "For each problem, decide on actions: what is done, who is responsible and by when. "
                    "Then print the plan to sign and pin up."
                ),
                self.tr(
                    "A written action plan for the problems that cannot be solved at once, saying how and "
                    "when each is solved and who is responsible (BEK 1838/2023). Having the plan approved "
                    "and signed by the AMO, or by the employer and an employee representative, is good "
                    "practice from the trade's guidance, not a rule."
                ),
                self.tr("ca. 1 hour, plus ca. 15 min to print, sign and pin up the plan."),
                (("action-plan", self.tr("Go to Action plan")), ("reports", self.tr("Go to Reports"))),
            ),
            GuideStep(
                self.tr("5. Follow up"),
                self.tr(
                    "Mark actions done as they are carried out, and check on the date you set whether "
                    "each one worked. Start the next APV when the work changes."
                ),
                self.tr(
                    "The plan is carried out and it is followed up whether the measures work. The APV is "
                    "revised when work, methods or premises change, and at least every third year; an "
                    "annual work environment discussion is held as well (BEK 1838/2023)."
                ),
                self.tr(
                    "ca. 10 min per action when it is due; the next APV at the latest after three years."
                ),
                (("follow-up", self.tr("Go to Follow-up")),),
            ),
        ]
