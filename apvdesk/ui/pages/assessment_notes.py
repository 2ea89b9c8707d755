"""The Assessment page's notes on how many answered: where a group's results are withheld or weak.

The texts stay in the page's translation context ("AssessmentPage").
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from apvdesk.core.mapping import WEAK_RESPONSE_RATE, response_overview
from apvdesk.core.model import Group
from apvdesk.wording.formatting import format_percent


def few_answers(groups: list[Group], answered: dict[int | None, int], threshold: int) -> list[str]:
    """Return, per group, how many more answers it needed, and where too few answered (as Kortlægning)."""
    lines = []
    for row in response_overview(groups, {g: n for g, n in answered.items() if g is not None}, threshold):
        if row.group is None:
            continue
        if row.below_threshold:
            lines.append(
                QCoreApplication.translate(
                    "AssessmentPage",
                    "%1: %2 answers. Its results are withheld: %3 more would have been needed (at "
                    "least %4). A dialogue meeting with the group can map it instead.",
                )
                .replace("%1", row.group.name)
                .replace("%2", str(row.respondents))
                .replace("%3", str(threshold - row.respondents))
                .replace("%4", str(threshold))
            )
        elif row.weak_rate and row.rate is not None:
            lines.append(
                QCoreApplication.translate(
                    "AssessmentPage",
                    "%1: %2 of %3 employees answered (%4). Under %5 answered, the result is weak.",
                )
                .replace("%1", row.group.name)
                .replace("%2", str(row.respondents))
                .replace("%3", str(row.headcount))
                .replace("%4", format_percent(100 * row.rate))
                .replace("%5", format_percent(100 * WEAK_RESPONSE_RATE))
            )
    return lines
