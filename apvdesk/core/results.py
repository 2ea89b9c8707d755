"""Round results per scale and group, with anonymity that survives arithmetic.

A result with n below the round's threshold is withheld (primary suppression). Where that
leaves exactly one group hidden while the whole-workplace figure is shown, its mean could
be worked out from the total and the other groups; so the smallest other group with
answers is withheld too (complementary suppression).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from apvdesk.core.bank import QuestionBank
from apvdesk.core.model import Group, Response
from apvdesk.core.scoring import Summary, scale_scores, summarise


class Light(StrEnum):
    """The traffic light of a mean: green (good), yellow, red (a problem)."""

    GREEN = "green"
    YELLOW = "yellow"
    RED = "red"


def light_for(mean: float, high_is_good: bool, green_from: float, red_below: float) -> Light:
    """Return the light of a mean (0-100) with the round's thresholds.

    For a scale where high is good: green at ``green_from`` or more, red below
    ``red_below``, yellow between. For demands (high is bad) the scale is mirrored:
    green at 100 - green_from or less, red above 100 - red_below, yellow between.
    """
    if not high_is_good:
        mean = 100.0 - mean
    if mean >= green_from - 1e-9:
        return Light.GREEN
    if mean < red_below - 1e-9:
        return Light.RED
    return Light.YELLOW


class Withheld(StrEnum):
    """Why a figure is not shown."""

    NO_ANSWERS = "no_answers"
    BELOW_THRESHOLD = "below_threshold"
    PROTECTS_OTHER_GROUP = "protects_other_group"


@dataclass(frozen=True)
class ScaleResult:
    """One scale's result for one group (``group_id`` None: the whole workplace)."""

    scale_id: str
    group_id: int | None
    n: int
    mean: float | None
    sd: float | None
    withheld: Withheld | None = None

    @property
    def shown(self) -> bool:
        return self.withheld is None


@dataclass(frozen=True)
class RoundResults:
    """All results of a round, for the workplace and each group."""

    threshold: int
    group_ids: tuple[int, ...]
    respondents: dict[int | None, int]
    results: dict[tuple[str, int | None], ScaleResult]

    def get(self, scale_id: str, group_id: int | None) -> ScaleResult:
        return self.results[(scale_id, group_id)]


def _withheld(summary: Summary, scale_id: str, group_id: int | None, reason: Withheld):
    return ScaleResult(scale_id, group_id, summary.n, None, None, reason)


def suppress(
    summaries: dict[int | None, Summary], scale_id: str, threshold: int
) -> dict[int | None, ScaleResult]:
    """Apply primary and complementary suppression to one scale's summaries."""
    out: dict[int | None, ScaleResult] = {}
    for group_id, s in summaries.items():
        if s.n == 0:
            out[group_id] = _withheld(s, scale_id, group_id, Withheld.NO_ANSWERS)
        elif s.n < threshold:
            out[group_id] = _withheld(s, scale_id, group_id, Withheld.BELOW_THRESHOLD)
        else:
            out[group_id] = ScaleResult(scale_id, group_id, s.n, s.mean, s.sd)
    hidden_with_answers = [g for g, r in out.items() if g is not None and r.n > 0 and not r.shown]
    if len(hidden_with_answers) == 1 and out[None].shown:
        shown = [g for g, r in out.items() if g is not None and r.shown and r.n > 0]
        if shown:
            group_id = min(shown, key=lambda g: (out[g].n, g))
            out[group_id] = _withheld(summaries[group_id], scale_id, group_id, Withheld.PROTECTS_OTHER_GROUP)
    return out


def compute_results(
    bank: QuestionBank,
    groups: Sequence[Group],
    responses: Iterable[Response],
    threshold: int,
) -> RoundResults:
    """Score every scale of the bank for the workplace and each group."""
    responses = list(responses)
    group_ids = tuple(g.id for g in groups if g.id is not None)
    respondents: dict[int | None, int] = {g: 0 for g in group_ids}
    respondents[None] = len(responses)
    for response in responses:
        respondents[response.group_id] = respondents.get(response.group_id, 0) + 1
    results: dict[tuple[str, int | None], ScaleResult] = {}
    for scale in bank.scales:
        by_group = scale_scores(bank, scale, responses)
        summaries = {g: summarise(by_group.get(g, [])) for g in (None, *group_ids)}
        for group_id, result in suppress(summaries, scale.id, threshold).items():
            results[(scale.id, group_id)] = result
    return RoundResults(threshold, group_ids, respondents, results)
