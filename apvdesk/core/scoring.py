"""Scoring: item points, respondents' scale scores and group results, exactly as documented.

- The options of an item score as its option set says (100, 75, 50, 25, 0 from the most
  to the least favourable printed option); a reverse-scored item is flipped (100 - p).
- "Don't know" and blank are missing.
- A respondent's scale score is the mean of the points of the answered items, and is
  missing when fewer than half of the scale's items are answered. On an exposure scale
  (``light_rule = "any_exposure"``) one answered item is enough: a reported assault beside
  two "don't know" must count, not vanish (see :func:`answered_enough`).
- A group's result: n (respondents with a score), mean and sample standard deviation
  (n - 1 in the denominator). A result with n below the round's anonymity threshold is
  withheld: no mean, no SD (see :mod:`apvdesk.core.results`).

For the results of a whole round the answers travel as :class:`AnswerSheets`: one string
per respondent, one character per item (an *answer code*). A respondent's answers to one
scale are then a short string (a *pattern*); a round has far fewer distinct patterns
per scale than respondents, so each is read once (:class:`PatternReader`) and counted.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from itertools import chain, repeat
from operator import itemgetter

from apvdesk.core.bank import ANY_EXPOSURE, Item, QuestionBank, Scale
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


def answers_needed(scale: Scale) -> int:
    """Return how many of a scale's items a respondent must answer to have a score on it.

    Half of the items (rounded up); one on an exposure scale, where each item asks about
    something that happened, so that a single report of violence or harassment is counted.
    """
    if scale.light_rule == ANY_EXPOSURE:
        return 1
    return (len(scale.items) + 1) // 2


def scale_score(bank: QuestionBank, scale: Scale, answers: dict[str, int | None]) -> float | None:
    """Return one respondent's score on a scale, or None when too few items are answered."""
    values = []
    for item in scale.items:
        value = item_points(bank, item, answers.get(item.id))
        if value is not None:
            values.append(value)
    if not values or len(values) < answers_needed(scale):
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
    minimum = answers_needed(scale)
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
        enough = values and len(values) >= minimum
        scores.append(sum(values) / len(values) if enough else None)
    return scores


# Answer codes: one character per answer, so that a respondent's answers fit in one string.
BLANK_CODE = " "  # not answered, or an option index no option set can have
DONT_KNOW_CODE = "!"
OPTION_CODE_BASE = 0x30  # option index i is chr(0x30 + i): "0", "1", "2", ...
MAX_CODED_OPTION = 0xD7FF - OPTION_CODE_BASE  # the codes stay below the surrogate range
_NOT_ANSWERED = object()


def answer_code(option: int | None) -> str:
    """Return the answer code of an option index, or of "don't know" (None)."""
    if option is None:
        return DONT_KNOW_CODE
    if 0 <= option <= MAX_CODED_OPTION:
        return chr(OPTION_CODE_BASE + option)
    return BLANK_CODE  # no option set has it, so it scores and counts as a blank


def _code_of(answer: object) -> str:
    if answer is _NOT_ANSWERED:
        return BLANK_CODE
    return answer_code(answer)  # type: ignore[arg-type]


@dataclass(frozen=True)
class AnswerSheets:
    """The answers of many respondents: a group id and a string of answer codes each.

    Character i of a respondent's ``codes`` answers ``item_ids[i]``: :data:`BLANK_CODE`,
    :data:`DONT_KNOW_CODE` or ``chr(OPTION_CODE_BASE + option index)``.
    """

    item_ids: tuple[str, ...]
    group_ids: Sequence[int]
    codes: Sequence[str]

    @classmethod
    def from_responses(cls, item_ids: Sequence[str], responses: Iterable[Response]) -> AnswerSheets:
        """Code the answers of ``responses`` to ``item_ids`` (other answers are left out)."""
        item_ids = tuple(item_ids)
        group_ids: list[int] = []
        codes: list[str] = []
        for response in responses:
            group_ids.append(response.group_id)
            answers = map(response.answers.get, item_ids, repeat(_NOT_ANSWERED))
            codes.append("".join(map(_code_of, answers)))
        return cls(item_ids, group_ids, codes)

    def pattern_of(self, scale: Scale) -> Callable[[str], str | tuple[str, ...]]:
        """Return a function that takes a respondent's codes to their pattern on ``scale``.

        The pattern holds the codes of the scale's items in the scale's order (a string, or
        a tuple of one-character strings). Raises KeyError when an item is not a column.
        """
        column = {item_id: i for i, item_id in enumerate(self.item_ids)}
        positions = [column[item.id] for item in scale.items]
        if not positions:
            return lambda codes: ""
        first = positions[0]
        if positions == list(range(first, first + len(positions))):
            return itemgetter(slice(first, first + len(positions)))
        return itemgetter(*positions)


@dataclass(frozen=True)
class ScalePattern:
    """What one pattern of answers to a scale gives: the score and the answers to count.

    ``score`` is as :func:`scale_score` gives it (None: no score). ``cells`` holds the
    place in :class:`PatternReader`'s flat list of counts of each answer in its item's
    option set and of each "don't know"; blanks and impossible options have none.
    """

    score: float | None
    cells: tuple[int, ...]


class PatternReader:
    """Reads the patterns of one scale: the score and the answers, each distinct pattern once.

    The answers of a group are counted in one flat list of ``width`` numbers: for each
    item of the scale in order, one per option of its option set, then one for "don't
    know" (see :meth:`item_cells`).
    """

    def __init__(self, bank: QuestionBank, scale: Scale) -> None:
        self.needed = answers_needed(scale)
        self.starts: list[int] = []
        self._cells: list[dict[str, tuple[float | None, int]]] = []
        start = 0
        for item in scale.items:
            options = len(bank.option_set(item).points)
            cells: dict[str, tuple[float | None, int]] = {DONT_KNOW_CODE: (None, start + options)}
            for option in range(min(options, MAX_CODED_OPTION + 1)):
                cells[answer_code(option)] = (item_points(bank, item, option), start + option)
            self.starts.append(start)
            self._cells.append(cells)
            start += options + 1
        self.width = start
        self._read: dict[str | tuple[str, ...], ScalePattern] = {}

    def item_cells(self, index: int) -> tuple[slice, int]:
        """Return the places of the option counts and of "don't know" of the scale's item ``index``."""
        start = self.starts[index]
        end = self.starts[index + 1] if index + 1 < len(self.starts) else self.width
        return slice(start, end - 1), end - 1

    def __call__(self, pattern: str | tuple[str, ...]) -> ScalePattern:
        """Return what ``pattern`` (the codes of the scale's items, in order) gives."""
        known = self._read.get(pattern)
        if known is None:
            known = self._read[pattern] = self._read_new(pattern)
        return known

    def _read_new(self, pattern: str | tuple[str, ...]) -> ScalePattern:
        values = []
        cells = []
        for answers, code in zip(self._cells, pattern, strict=True):
            answer = answers.get(code)
            if answer is not None:  # blank and impossible options have no cell
                value, cell = answer
                cells.append(cell)
                if value is not None:  # "don't know" has no points
                    values.append(value)
        if not values or len(values) < self.needed:  # exactly as scale_score
            return ScalePattern(None, tuple(cells))
        return ScalePattern(sum(values) / len(values), tuple(cells))


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


def summarise_counted(counted: Mapping[float, int]) -> Summary:
    """Return :func:`summarise` of the scores counted as ``{score: how many}``, bit for bit.

    ``math.fsum`` rounds the exact sum once, so its result does not depend on the order of
    the scores; every equal score has the same squared deviation.
    """
    n = sum(counted.values())
    if n == 0:
        return Summary(0, None, None)
    mean = math.fsum(chain.from_iterable(map(repeat, counted.keys(), counted.values()))) / n
    if n == 1:
        return Summary(1, mean, 0.0)
    squares = ((score - mean) ** 2 for score in counted)
    variance = math.fsum(chain.from_iterable(map(repeat, squares, counted.values()))) / (n - 1)
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
