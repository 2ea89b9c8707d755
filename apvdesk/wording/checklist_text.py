"""The checklist in words: each element's title and each reason as a sentence that says what to do.

Shared by the Overview page and ``apvdesk checklist``; the texts are in the translation
context "Checklist". Scale names come from the round's bank, group names from its groups.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication

from apvdesk.core.bank import QuestionBank
from apvdesk.core.checklist import ChecklistLine, Element, Reason, Why
from apvdesk.core.findings import Finding, FindingKind
from apvdesk.core.result_types import Light
from apvdesk.wording.i18n import current_language, fill

CONTEXT = "ReasonText"


def element_title(element: Element) -> str:
    """Return what an element asks, with the rule (or the guidance) behind it."""
    return ReasonText(None, {}).title(element)


def _short(text: str, limit: int = 50) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


class ReasonText:
    """Turns reasons into sentences for one round: its bank's scale names and its groups' names."""

    def tr(self, text: str) -> str:
        return QCoreApplication.translate(CONTEXT, text)

    def title(self, element: Element) -> str:
        """Return what an element asks, with the rule (or the guidance) behind it."""
        titles = {
            Element.MAPPED: self.tr(
                "Every group's working conditions are mapped (questionnaire or dialogue meeting)."
            ),
            Element.ASSESSED: self.tr(
                "Every red and yellow result and every meeting point rated a problem is a problem in the "
                "register, or dismissed with a written reason."
            ),
            Element.PROBLEMS_DESCRIBED: self.tr(
                "Each problem is described: its kind, seriousness, extent and causes."
            ),
            Element.ABSENCE: self.tr(
                "The sickness absence is considered: can conditions at work contribute to it? If so, it is "
                "linked to a problem, or the reason why not is written."
            ),
            Element.ACTIONS_PLANNED: self.tr(
                "Every problem not solved at once has actions saying how, by when and who is responsible."
            ),
            Element.FOLLOW_UP_PLANNED: self.tr(
                "Follow-up is planned: when and how the effect of each action is checked."
            ),
            Element.PLAN_APPROVED: self.tr(
                "The action plan is approved by the AMO, or by the employer and an employee representative "
                "(good practice from the trade's guidance, not a rule of BEK 1838/2023)."
            ),
            Element.COOPERATION: self.tr(
                "Employees took part: who took part in the mapping, the assessment and the plan is recorded "
                "(arbejdsmiljøloven §§ 6–7; from 10 employees through the AMO)."
            ),
            Element.SCOPE: self.tr(
                "This program maps the psychosocial work environment only: where the rest of the APV "
                "(physical, chemical, ergonomic, accidents) is kept is recorded."
            ),
            Element.AVAILABLE: self.tr("Where the APV is kept and how employees can read it is recorded."),
        }
        return titles[element]

    def missing(self, names: tuple[str, ...]) -> str:
        """Return the names of the missing fields, translated."""
        texts = {
            "kind": self.tr("kind"),
            "extent": self.tr("extent"),
            "causes": self.tr("causes"),
            "how": self.tr("how"),
            "responsible": self.tr("who is responsible"),
            "deadline": self.tr("deadline"),
        }
        return ", ".join(texts.get(name, name) for name in names)

    def __init__(
        self,
        bank: QuestionBank | None,
        group_names: Mapping[int, str],
        lang: str | None = None,
    ) -> None:
        self.bank = bank
        self.group_names = group_names
        self.lang = lang or current_language()

    def scale_name(self, scale_id: str | None) -> str:
        if not scale_id:
            return self.tr("Other")
        if self.bank is not None:
            try:
                return self.bank.scale(scale_id).name.get(self.lang) or self.bank.scale(scale_id).name["en"]
            except KeyError:
                pass
        return scale_id

    def group_name(self, group_id: int | None) -> str:
        if group_id is None:
            return self.tr("the whole workplace")
        return self.group_names.get(group_id, "?")

    def finding(self, finding: Finding) -> str:
        """Return a finding in a few words: "Workload, Vask og tørring: red"."""
        if finding.kind == FindingKind.POINT:
            groups = ", ".join(self.group_name(g) for g in finding.group_ids)
            return fill(self.tr("Meeting point “%1” (%2): rated a problem"), finding.point_title, groups)
        light = self.tr("red") if finding.light == Light.RED else self.tr("yellow")
        return fill(
            self.tr("%1, %2: %3"), self.scale_name(finding.scale_id), self.group_name(finding.group_id), light
        )

    def step(self, step: str) -> str:
        names = {
            "mapping": self.tr("the mapping"),
            "assessment": self.tr("the assessment"),
            "plan": self.tr("the action plan"),
            "follow_up": self.tr("the follow-up"),
        }
        return names.get(step, step)

    def basis(self, line: ChecklistLine) -> str:
        """Return what a met element rests on, in a sentence ("" when there is nothing to count)."""
        b = dict(line.basis)
        if line.element == Element.MAPPED and b:
            return fill(
                self.tr("Groups mapped by their results: %1; by a dialogue meeting: %2."),
                b.get("by_results", 0),
                b.get("by_meetings", 0),
            )
        if line.element == Element.ASSESSED and b:
            if not b.get("findings"):
                return self.tr("No red or yellow results and no meeting points rated a problem.")
            return fill(
                self.tr(
                    "Findings: %1. Covered by problems in the plan: %2; not a problem, with the reason "
                    "written: %3."
                ),
                b["findings"],
                b.get("by_problems", 0),
                b.get("dismissed", 0),
            )
        if line.element == Element.ABSENCE and b:
            if b.get("linked"):
                return fill(
                    self.tr("Problems in the plan that may contribute to the absence: %1."), b["linked"]
                )
            if b.get("explained"):
                return self.tr("No problem is linked; the reason is written.")
            return ""
        if line.element == Element.PROBLEMS_DESCRIBED and b:
            return fill(self.tr("Problems described: %1."), b.get("problems", 0))
        if line.element == Element.ACTIONS_PLANNED and b:
            return fill(self.tr("Actions planned: %1."), b.get("actions", 0))
        return ""

    def reason(self, reason: Reason) -> str:  # noqa: C901 - one sentence per kind of reason
        """Return one reason as a sentence that says what to do."""
        why = reason.why
        if why == Why.COLLECTING:
            return self.tr("The collection of answers still runs: end it to see the results (Mapping page).")
        if why == Why.GROUP_WITHHELD:
            return fill(
                self.tr(
                    "%1: its results are withheld (too few answers) and it had no dialogue meeting. Hold a "
                    "dialogue meeting with the group, or merge it with another group in the next round."
                ),
                self.group_name(reason.group_id),
            )
        if why == Why.GROUP_PROTECTING:
            return fill(
                self.tr(
                    "%1: enough answers, but most of its results are withheld to protect a smaller group's "
                    "answers, and it had no dialogue meeting. Hold a dialogue meeting with the group, or "
                    "merge the smaller group with another in the next round."
                ),
                self.group_name(reason.group_id),
            )
        if why == Why.GROUP_NO_ANSWERS:
            return fill(
                self.tr(
                    "%1: no answers and no dialogue meeting. Collect answers or hold a dialogue meeting."
                ),
                self.group_name(reason.group_id),
            )
        if why == Why.FINDING_UNHANDLED and reason.finding is not None:
            return fill(
                self.tr(
                    "%1 — not handled: make it a problem, or dismiss it with a reason (Assessment page)."
                ),
                self.finding(reason.finding),
            )
        if why == Why.ABSENCE_NOT_JUDGED:
            return self.tr(
                "Not judged yet whether conditions at work can contribute to the sickness absence."
            )
        if why == Why.ABSENCE_NOT_LINKED:
            return self.tr(
                "Conditions at work are judged to contribute to the absence, but no problem is linked to it "
                "and no reason is written."
            )
        if why == Why.PROBLEM_UNDESCRIBED:
            return fill(self.tr("Problem %1: %2 missing."), reason.problem, self.missing(reason.missing))
        if why == Why.PROBLEM_WITHOUT_ACTION:
            return fill(self.tr("Problem %1 has no action."), reason.problem)
        if why == Why.ACTION_UNPLANNED:
            return fill(
                self.tr("Problem %1, action “%2”: %3 missing."),
                reason.problem,
                _short(reason.action) or "…",
                self.missing(reason.missing),
            )
        if why == Why.FOLLOW_UP_UNPLANNED:
            return fill(
                self.tr("Problem %1, action “%2”: when and how its effect is checked is not planned."),
                reason.problem,
                _short(reason.action),
            )
        if why == Why.NOT_APPROVED:
            return self.tr("The plan is not approved yet.")
        if why == Why.CHANGED_SINCE_APPROVAL:
            return self.tr("The plan has changed since it was approved: approve it again.")
        if why == Why.PARTICIPATION_MISSING:
            return fill(self.tr("Who took part in %1 is not recorded."), self.step(reason.step))
        if why == Why.NO_AMO:
            return fill(
                self.tr(
                    "The workplace has %1 employees and no AMO recorded. From 10 employees the cooperation "
                    "goes through an AMO (arbejdsmiljøloven § 7)."
                ),
                reason.count,
            )
        if why == Why.AMO_ONE_LEVEL:
            return fill(
                self.tr(
                    "The workplace has %1 employees and an AMO in one level. From 35 employees the AMO has "
                    "two levels (BEK 1838/2023 on systematic work-environment work)."
                ),
                reason.count,
            )
        if why == Why.REST_OF_APV_MISSING:
            return self.tr(
                "Where the physical, chemical and ergonomic part of the APV is kept is not recorded."
            )
        if why == Why.NO_GROUPS:
            return self.tr("No groups take part in the round yet: add them on the Preparation page.")
        if why == Why.WAITING:
            waiting = {
                Element.MAPPED.value: self.tr("Waiting for the mapping."),
                Element.ASSESSED.value: self.tr("Waiting for the assessment of the findings."),
                Element.ACTIONS_PLANNED.value: self.tr("Waiting for the actions to be planned."),
            }
            return waiting.get(reason.step, why.value)
        if why == Why.ACCESS_MISSING:
            return self.tr("Where the APV is kept, and how employees can read it, is not recorded.")
        return why.value
