"""Scoring: item points, respondents' scale scores and group results, exactly as documented.

- The options of an item score as its option set says (100, 75, 50, 25, 0 from the most
  to the least favourable printed option); a reverse-scored item is flipped (100 - p).
- "Don't know" and blank are missing.
- A respondent's scale score is the mean of the points of the answered items, and is
  missing when fewer than half of the scale's items are answered.
- A group's result: n (respondents with a score), mean and sample standard deviation
  (n - 1 in the denominator). A result with n below the round's anonymity threshold is
  withheld: no mean, no SD (see :mod:`apvdesk.core.results`).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import repeat

from apvdesk.core.bank import Item, QuestionBank, Scale
from apvdesk.core.model import Response


def item_points(bank: QuestionBank, item: Item, option: int | None) -> float | None:
    """Return the points (0-100) of an answer to ``item``, or None when it is missing."""
    if option is None:
        return None
    points = bank.option_set(item).points
    if not 0 <= option < len(points):
        return None
    value = float(points[option])
    return 100.0 - value if item.reverse else value


def scale_score(bank: QuestionBank, scale: Scale, answers: dict[str, int | None]) -> float | None:
    """Return one respondent's score on a scale, or None when fewer than half are answered."""
    values = []
    for item in scale.items:
        value = item_points(bank, item, answers.get(item.id))
        if value is not None:
            values.append(value)
    if not values or 2 * len(values) < len(scale.items):
        return None
    return sum(values) / len(values)


def scores_on(
    bank: QuestionBank, scale: Scale, answer_sets: Sequence[dict[str, int | None]]
) -> list[float | None]:
    """Return each respondent's score on ``scale`` exactly as :func:`scale_score` does, in order.

    Made for thousands of respondents: the points are looked up item by item over all
    the respondents at once (a missing answer becomes NaN), and each respondent's points
    are summed in item order in one pass; only a respondent with a missing answer is
    looked at again, to average the answered items.
    """
    needed = len(scale.items)
    if needed == 0:
        return [None] * len(answer_sets)
    columns = []
    for item in scale.items:
        options = range(len(bank.option_set(item).points))
        points = {option: item_points(bank, item, option) for option in options}
        chosen = map(dict.get, answer_sets, repeat(item.id))
        columns.append(map(points.get, chosen, repeat(math.nan)))  # type: ignore[arg-type]
    rows = list(zip(*columns, strict=True))
    scores: list[float | None] = []
    for row, total in zip(rows, map(sum, rows), strict=True):
        if total == total:  # not NaN: every item answered
            scores.append(total / needed)
            continue
        values = [value for value in row if value == value]
        scores.append(sum(values) / len(values) if values and 2 * len(values) >= needed else None)
    return scores


@dataclass(frozen=True)
class Summary:
    """n, mean and sample SD of a set of scores (mean and SD None when n is 0)."""

    n: int
    mean: float | None
    sd: float | None


def summarise(scores: Sequence[float]) -> Summary:
    """Return n, mean and sample standard deviation (0.0 for a single score)."""
    n = len(scores)
    if n == 0:
        return Summary(0, None, None)
    mean = math.fsum(scores) / n
    if n == 1:
        return Summary(1, mean, 0.0)
    variance = math.fsum((s - mean) ** 2 for s in scores) / (n - 1)
    return Summary(n, mean, math.sqrt(variance))


def scale_scores(
    bank: QuestionBank, scale: Scale, responses: Iterable[Response]
) -> dict[int | None, list[float]]:
    """Return the respondents' scores on a scale by group id (None holds everyone)."""
    by_group: dict[int | None, list[float]] = {None: []}
    responses = list(responses)
    scores = scores_on(bank, scale, [response.answers for response in responses])
    for response, score in zip(responses, scores, strict=True):
        if score is None:
            continue
        by_group.setdefault(response.group_id, []).append(score)
        by_group[None].append(score)
    return by_group
