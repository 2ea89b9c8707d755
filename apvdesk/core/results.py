"""Round results per scale and group, with anonymity that survives arithmetic.

A result with n below the round's threshold is withheld (primary suppression). Where the
whole-workplace figure is shown, the withheld groups with answers must not be worked out
from it and the shown groups: there must be none, or at least two holding together at
least the threshold's number of answers; otherwise the smallest shown groups are withheld
too (complementary suppression). The share of unfavourable scores and the answers to
each item (distributions) are withheld exactly when the scale's mean is.

The answers are counted per distinct pattern on each scale (see
:class:`~apvdesk.core.scoring.AnswerSheets`), which gives bit for bit the figures of
scoring each respondent one at a time (tests/core/test_results_reference.py).

The result types (:class:`ScaleResult`, :class:`RoundResults`, :class:`Light`, ...) are
defined in :mod:`apvdesk.core.result_types` and can be imported from here too.
"""

from __future__ import annotations

import dataclasses
import hashlib
import operator
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from apvdesk.core.bank import QuestionBank, Scale
from apvdesk.core.exposure import ANY_EXPOSURE, exposed_count, exposure_light
from apvdesk.core.model import DEFAULT_GREEN_FROM, DEFAULT_RED_BELOW, Group, Response
from apvdesk.core.result_types import CellCounts, Distribution, Light, RoundResults, ScaleResult, Withheld
from apvdesk.core.scoring import AnswerSheets, PatternReader, Summary, summarise_counted

_EPSILON = 1e-9


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


def _unfavourable_count(scores: Mapping[float, int], high_is_good: bool, red_below: float) -> int:
    """Return how many of the counted scores are unfavourable, as :func:`is_unfavourable` decides one."""
    limit = red_below - _EPSILON
    if high_is_good:
        return sum(count for score, count in scores.items() if score < limit)
    return sum(count for score, count in scores.items() if 100.0 - score < limit)


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
    """The scores and item answers of one group's respondents with a score on one scale.

    ``scores`` counts each score (``{score: how many}``); ``cells`` counts the answers as
    :class:`~apvdesk.core.scoring.PatternReader` lays them out.
    """

    scores: dict[float, int]
    cells: list[int]

    @property
    def n(self) -> int:
        return sum(self.scores.values())

    def add(self, other: _Tally) -> None:
        """Count ``other``'s scores and answers in this tally too."""
        for score, count in other.scores.items():
            self.scores[score] = self.scores.get(score, 0) + count
        self.cells[:] = map(operator.add, self.cells, other.cells)

    def distribution(
        self, reader: PatternReader, index: int, item_id: str, group_id: int | None
    ) -> Distribution:
        """Return the shown distribution of the scale's item ``index``."""
        options, dont_know_cell = reader.item_cells(index)
        counts = tuple(self.cells[options])
        dont_know = self.cells[dont_know_cell]
        return Distribution(item_id, group_id, counts, dont_know, self.n - sum(counts) - dont_know)


_Patterns = Iterable[tuple[int, str | tuple[str, ...]]]


def _tally_scale(
    reader: PatternReader, patterns: _Patterns, group_ids: Iterable[int | None]
) -> dict[int | None, _Tally]:
    """Collect the scores and item answers of the respondents with a score, by group.

    ``patterns`` holds each respondent's (group id, pattern on the scale). Each distinct
    (group, pattern) is counted once, then read and added up with its count; group None
    (everyone) is the sum of the groups.
    """
    tallies = {g: _Tally({}, [0] * reader.width) for g in group_ids}
    for (group_id, pattern), count in Counter(patterns).items():
        known = reader(pattern)
        score = known.score
        if score is None:
            continue
        tally = tallies.get(group_id)
        if tally is None:
            tally = tallies[group_id] = _Tally({}, [0] * reader.width)
        tally.scores[score] = tally.scores.get(score, 0) + count
        cells = tally.cells
        for cell in known.cells:
            cells[cell] += count
    everyone = tallies[None] = _Tally({}, [0] * reader.width)
    for member, tally in tallies.items():
        if member is not None:
            everyone.add(tally)
    return tallies


def _fingerprint(tally: _Tally) -> str:
    text = repr((sorted(tally.scores.items()), tally.cells))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:24]


def cell_counts(bank: QuestionBank, scales: Iterable[Scale], sheets: AnswerSheets) -> dict[str, CellCounts]:
    """Return, per scale id, the :class:`CellCounts` of each group of ``sheets``.

    ``scales`` may be the bank's scales or scales made of some of its items (the
    support matrix's cells); each item must be a column of ``sheets``.
    """
    groups = tuple(dict.fromkeys(sheets.group_ids))
    counts: dict[str, CellCounts] = {}
    for scale in scales:
        reader = PatternReader(bank, scale)
        patterns = zip(sheets.group_ids, map(sheets.pattern_of(scale), sheets.codes), strict=True)
        tallies = _tally_scale(reader, patterns, groups)
        counts[scale.id] = CellCounts(
            {g: t.n for g, t in tallies.items() if g is not None},
            {g: _fingerprint(t) for g, t in tallies.items() if g is not None},
        )
    return counts


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
    sheets = AnswerSheets.from_responses([item.id for item in bank.items], responses)
    return results_from_sheets(bank, groups, sheets, threshold, green_from, red_below)


def results_from_sheets(
    bank: QuestionBank,
    groups: Sequence[Group],
    sheets: AnswerSheets,
    threshold: int,
    green_from: float = DEFAULT_GREEN_FROM,
    red_below: float = DEFAULT_RED_BELOW,
) -> RoundResults:
    """Return :func:`compute_results` of the respondents in ``sheets`` (every respondent of the round).

    Every item of the bank must be a column of ``sheets`` (KeyError otherwise).
    """
    group_ids = tuple(g.id for g in groups if g.id is not None)
    respondents: dict[int | None, int] = {g: 0 for g in group_ids}
    respondents[None] = len(sheets.group_ids)
    for answered_in, count in Counter(sheets.group_ids).items():  # in the order of first appearance
        respondents[answered_in] = respondents.get(answered_in, 0) + count
    all_groups: tuple[int | None, ...] = (None, *group_ids)
    all_groups += tuple(sorted(g for g in respondents if g not in all_groups and g is not None))
    results: dict[tuple[str, int | None], ScaleResult] = {}
    distributions: dict[tuple[str, int | None], Distribution] = {}
    for scale in bank.scales:
        reader = PatternReader(bank, scale)
        patterns = zip(sheets.group_ids, map(sheets.pattern_of(scale), sheets.codes), strict=True)
        tallies = _tally_scale(reader, patterns, all_groups)
        summaries = {g: summarise_counted(tallies[g].scores) for g in all_groups}
        for group_id, result in suppress(summaries, scale.id, threshold).items():
            tally = tallies[group_id]
            if result.withheld is Withheld.NO_ANSWERS and respondents.get(group_id, 0):
                # "no answers" only for a group where nobody answered at all: that its people
                # all skipped the scale is itself an answer (in a group of one, theirs)
                result = dataclasses.replace(result, withheld=Withheld.BELOW_THRESHOLD)
            if result.shown:
                assert result.mean is not None
                bad = _unfavourable_count(tally.scores, scale.high_is_good, red_below)
                light = light_for(result.mean, scale.high_is_good, green_from, red_below)
                if scale.light_rule == ANY_EXPOSURE:  # anyone reporting exposure counts
                    bad = exposed_count(tally.scores, scale.high_is_good)
                    light = exposure_light(light, bad, result.n)
                result = dataclasses.replace(result, share_unfavourable=100.0 * bad / result.n, light=light)
            results[(scale.id, group_id)] = result
            for index, item in enumerate(scale.items):
                if result.shown:
                    distribution = tally.distribution(reader, index, item.id, group_id)
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
