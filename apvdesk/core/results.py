"""Round results per scale and group, with anonymity that survives arithmetic.

A result with n below the round's threshold is withheld (primary suppression). Where the
whole-workplace figure is shown, the withheld groups with answers must not be worked out
from it and the shown groups: there must be none, or at least two holding together at
least the threshold's number of answers; otherwise the smallest shown groups are withheld
too (complementary suppression). The share of unfavourable scores and the answers to
each item (distributions) are withheld exactly when the scale's mean is.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from apvdesk.core.bank import QuestionBank, Scale
from apvdesk.core.model import DEFAULT_GREEN_FROM, DEFAULT_RED_BELOW, Group, Response
from apvdesk.core.scoring import Summary, scores_on, summarise

_EPSILON = 1e-9


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
    if mean >= green_from - _EPSILON:
        return Light.GREEN
    if mean < red_below - _EPSILON:
        return Light.RED
    return Light.YELLOW


def is_unfavourable(score: float, high_is_good: bool, red_below: float) -> bool:
    """Return True when one respondent's scale score is unfavourable (in the red zone).

    High is good: a score below ``red_below``. Demands: mirrored, 100 - score below
    ``red_below`` (a score above 100 - red_below).
    """
    if not high_is_good:
        score = 100.0 - score
    return score < red_below - _EPSILON


def _unfavourable_count(scores: Sequence[float], high_is_good: bool, red_below: float) -> int:
    """Return how many scores are unfavourable, as :func:`is_unfavourable` decides one."""
    limit = red_below - _EPSILON
    if high_is_good:
        return sum(1 for score in scores if score < limit)
    return sum(1 for score in scores if 100.0 - score < limit)


class Withheld(StrEnum):
    """Why a figure is not shown."""

    NO_ANSWERS = "no_answers"
    BELOW_THRESHOLD = "below_threshold"
    PROTECTS_OTHER_GROUP = "protects_other_group"


@dataclass(frozen=True)
class ScaleResult:
    """One scale's result for one group (``group_id`` None: the whole workplace).

    ``share_unfavourable`` is the per cent (0-100) of the n scores that are unfavourable;
    ``light`` the traffic light of the mean. Both are None when the result is withheld.
    """

    scale_id: str
    group_id: int | None
    n: int
    mean: float | None
    sd: float | None
    withheld: Withheld | None = None
    share_unfavourable: float | None = None
    light: Light | None = None

    @property
    def shown(self) -> bool:
        return self.withheld is None


@dataclass(frozen=True)
class Distribution:
    """How one group answered one item: counts per option, "don't know" and blank.

    Only respondents with a score on the item's scale are counted, so the counts add up
    to that scale's n. ``counts`` follows the printed order of the options (index 0
    first). Withheld exactly when the scale's result is: then every count is None.
    """

    item_id: str
    group_id: int | None
    counts: tuple[int, ...] | None
    dont_know: int | None
    blank: int | None
    withheld: Withheld | None = None

    @property
    def shown(self) -> bool:
        return self.withheld is None

    @property
    def total(self) -> int | None:
        """Respondents counted (the scale's n), or None when withheld."""
        if self.counts is None or self.dont_know is None or self.blank is None:
            return None
        return sum(self.counts) + self.dont_know + self.blank


@dataclass(frozen=True)
class RoundResults:
    """All results of a round, for the workplace and each group.

    ``results`` is keyed by (scale id, group id), ``distributions`` by (item id, group
    id); group id None is the whole workplace.
    """

    threshold: int
    group_ids: tuple[int, ...]
    respondents: dict[int | None, int]
    results: dict[tuple[str, int | None], ScaleResult]
    distributions: dict[tuple[str, int | None], Distribution] = field(default_factory=dict)
    green_from: float = DEFAULT_GREEN_FROM
    red_below: float = DEFAULT_RED_BELOW

    def get(self, scale_id: str, group_id: int | None) -> ScaleResult:
        return self.results[(scale_id, group_id)]

    def distribution(self, item_id: str, group_id: int | None) -> Distribution:
        """Return how ``group_id`` (None: everyone) answered an item; KeyError if unknown."""
        return self.distributions[(item_id, group_id)]


def _withheld(summary: Summary, scale_id: str, group_id: int | None, reason: Withheld):
    return ScaleResult(scale_id, group_id, summary.n, None, None, reason)


def _needs_protection(out: dict[int | None, ScaleResult], threshold: int) -> bool:
    """Return True when the withheld groups could be worked out from the shown figures."""
    total = out.get(None)
    if total is None or not total.shown:
        return False
    hidden = [r.n for g, r in out.items() if g is not None and r.n > 0 and not r.shown]
    return bool(hidden) and (len(hidden) == 1 or sum(hidden) < threshold)


def suppress(
    summaries: dict[int | None, Summary], scale_id: str, threshold: int
) -> dict[int | None, ScaleResult]:
    """Apply primary and complementary suppression to one scale's summaries.

    Primary: n below ``threshold`` is withheld. Complementary: while the total is shown
    and the withheld groups with answers are exactly one, or hold fewer than
    ``threshold`` answers together, the smallest shown group (ties: the lowest id) is
    withheld too, so that total minus the shown groups reveals nothing below the
    threshold.
    """
    out: dict[int | None, ScaleResult] = {}
    for group_id, s in summaries.items():
        if s.n == 0:
            out[group_id] = _withheld(s, scale_id, group_id, Withheld.NO_ANSWERS)
        elif s.n < threshold:
            out[group_id] = _withheld(s, scale_id, group_id, Withheld.BELOW_THRESHOLD)
        else:
            out[group_id] = ScaleResult(scale_id, group_id, s.n, s.mean, s.sd)
    while _needs_protection(out, threshold):
        shown = [g for g, r in out.items() if g is not None and r.shown]
        if not shown:
            break
        group_id = min(shown, key=lambda g: (out[g].n, g))
        out[group_id] = _withheld(summaries[group_id], scale_id, group_id, Withheld.PROTECTS_OTHER_GROUP)
    return out


@dataclass
class _Tally:
    """The scores and item answers of one group on one scale, while counting."""

    scores: list[float] = field(default_factory=list)
    counts: dict[str, list[int]] = field(default_factory=dict)
    dont_know: dict[str, int] = field(default_factory=dict)
    blank: dict[str, int] = field(default_factory=dict)


_AnswerCounts = dict[int | None, Counter[tuple[str, int | None]]]


def _count_answers(responses: Sequence[Response]) -> _AnswerCounts:
    """Count every (item id, option) answer by group (None: everyone), in one pass."""
    counted: _AnswerCounts = {}
    for response in responses:
        group = counted.get(response.group_id)
        if group is None:
            group = counted[response.group_id] = Counter()
        group.update(response.answers.items())
    everyone: Counter[tuple[str, int | None]] = Counter()
    for group in counted.values():
        everyone.update(group)
    counted[None] = everyone
    return counted


def _tally_scale(
    bank: QuestionBank,
    scale: Scale,
    responses: Sequence[Response],
    group_ids: Iterable[int | None],
    answer_sets: Sequence[dict[str, int | None]],
    answer_counts: _AnswerCounts,
) -> dict[int | None, _Tally]:
    """Collect the scores and the item answers of respondents with a score, by group.

    The item answers start from ``answer_counts`` (everybody's answers); the answers of
    respondents without a score on the scale are taken out again, and an item counts as
    blank for the rest (not answered, or an index outside the option set).
    """
    tallies: dict[int | None, _Tally] = {g: _Tally() for g in group_ids}
    tallies.setdefault(None, _Tally())
    unscored: list[Response] = []
    for response, score in zip(responses, scores_on(bank, scale, answer_sets), strict=True):
        if score is None:
            unscored.append(response)
            continue
        tallies[None].scores.append(score)
        group = tallies.get(response.group_id)
        if group is None:
            group = tallies[response.group_id] = _Tally()
        group.scores.append(score)
    option_counts = {item.id: len(bank.option_set(item).points) for item in scale.items}
    for group_id, t in tallies.items():
        answered = answer_counts.get(group_id, Counter())
        for item_id, options in option_counts.items():
            t.counts[item_id] = [answered[(item_id, option)] for option in range(options)]
            t.dont_know[item_id] = answered[(item_id, None)]
    for response in unscored:
        for t in (tallies[None], tallies[response.group_id]):
            for item_id, options in option_counts.items():
                if item_id not in response.answers:
                    continue
                option = response.answers[item_id]
                if option is None:
                    t.dont_know[item_id] -= 1
                elif 0 <= option < options:
                    t.counts[item_id][option] -= 1
    for t in tallies.values():
        for item_id in option_counts:
            t.blank[item_id] = len(t.scores) - sum(t.counts[item_id]) - t.dont_know[item_id]
    return tallies


def compute_results(
    bank: QuestionBank,
    groups: Sequence[Group],
    responses: Iterable[Response],
    threshold: int,
    green_from: float = DEFAULT_GREEN_FROM,
    red_below: float = DEFAULT_RED_BELOW,
) -> RoundResults:
    """Score every scale of the bank for the workplace and each group.

    Args:
        bank: the round's question bank.
        groups: the round's groups; answers from any other group count in the total and
            take part in suppression as a group of their own.
        responses: every response of the round.
        threshold: the round's anonymity threshold.
        green_from: the round's green threshold (high is good; mirrored for demands).
        red_below: the round's red threshold, also the limit of an unfavourable score.

    Returns:
        The results and item distributions, withheld where anonymity requires it.

    """
    responses = list(responses)
    group_ids = tuple(g.id for g in groups if g.id is not None)
    respondents: dict[int | None, int] = {g: 0 for g in group_ids}
    respondents[None] = len(responses)
    for response in responses:
        respondents[response.group_id] = respondents.get(response.group_id, 0) + 1
    all_groups: tuple[int | None, ...] = (None, *group_ids)
    all_groups += tuple(sorted(g for g in respondents if g not in all_groups and g is not None))
    results: dict[tuple[str, int | None], ScaleResult] = {}
    distributions: dict[tuple[str, int | None], Distribution] = {}
    answer_sets = [response.answers for response in responses]
    answer_counts = _count_answers(responses)
    for scale in bank.scales:
        tallies = _tally_scale(bank, scale, responses, all_groups, answer_sets, answer_counts)
        summaries = {g: summarise(tallies[g].scores) for g in all_groups}
        for group_id, result in suppress(summaries, scale.id, threshold).items():
            t = tallies[group_id]
            if result.shown:
                assert result.mean is not None
                bad = _unfavourable_count(t.scores, scale.high_is_good, red_below)
                result = dataclasses.replace(
                    result,
                    share_unfavourable=100.0 * bad / result.n,
                    light=light_for(result.mean, scale.high_is_good, green_from, red_below),
                )
            results[(scale.id, group_id)] = result
            for item in scale.items:
                if result.shown:
                    distribution = Distribution(
                        item.id,
                        group_id,
                        tuple(t.counts[item.id]),
                        t.dont_know[item.id],
                        t.blank[item.id],
                    )
                else:
                    distribution = Distribution(item.id, group_id, None, None, None, result.withheld)
                distributions[(item.id, group_id)] = distribution
    return RoundResults(threshold, group_ids, respondents, results, distributions, green_from, red_below)


def compare(current: RoundResults, previous: RoundResults) -> dict[tuple[str, int | None], float | None]:
    """Return the change of each mean since the previous round (current minus previous).

    Keyed as ``current.results``; groups and scales are matched by id. The change is
    None when either side is withheld or the previous round has no such scale or group.
    """
    changes: dict[tuple[str, int | None], float | None] = {}
    for key, now in current.results.items():
        before = previous.results.get(key)
        if before is None or now.mean is None or before.mean is None:
            changes[key] = None
        else:
            changes[key] = now.mean - before.mean
    return changes


def versus_workplace(results: RoundResults) -> dict[tuple[str, int], float | None]:
    """Return each group's mean minus the whole workplace's, per scale (None if withheld)."""
    out: dict[tuple[str, int], float | None] = {}
    for (scale_id, group_id), result in results.results.items():
        if group_id is None:
            continue
        total = results.results.get((scale_id, None))
        if total is None or total.mean is None or result.mean is None:
            out[(scale_id, group_id)] = None
        else:
            out[(scale_id, group_id)] = result.mean - total.mean
    return out
