"""The support matrix: who supports (colleagues, manager) × how (practical, emotional, professional).

Each cell is drawn from the released answers to its items (the item distributions of
:mod:`apvdesk.core.results`): the cell's mean is the mean of its items' mean points, each
item's mean taken over the people who chose an option (not "don't know", not blank); n
is the number of people those answers were counted for. A matrix is shown exactly when
every item distribution it is drawn from is shown, and is otherwise withheld for the
same reason.

So the matrix tells nothing the released answers do not: it needs no suppression of its
own, and no combination of matrices, results and answer counts, at one time or across
releases, can reveal more than those do. (A matrix of means over each person's own cell
score would: with the item answers beside it, the difference points to the people who
left an item out — in a cell of two items, to that one person's other answer.)
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from apvdesk.core.bank import SUPPORT_KINDS, SUPPORT_SOURCES, QuestionBank, Scale
from apvdesk.core.result_types import RoundResults, Withheld
from apvdesk.core.scoring import item_points

SUPPORT_SCALES = ("support_colleagues", "support_manager")


@dataclass(frozen=True)
class SupportCell:
    """One cell: its items, n (people counted) and the mean of its items' means.

    ``n`` and ``mean`` are None in a withheld matrix. A cell without items, or whose
    items nobody answered with an option, has no mean.
    """

    source: str
    kind: str
    item_ids: tuple[str, ...]
    n: int | None
    mean: float | None

    @property
    def has_items(self) -> bool:
        return bool(self.item_ids)


@dataclass(frozen=True)
class SupportMatrix:
    """The support matrix of the workplace (``group_id`` None) or of one group."""

    group_id: int | None
    cells: dict[tuple[str, str], SupportCell]
    withheld: Withheld | None = None

    @property
    def shown(self) -> bool:
        return self.withheld is None

    def cell(self, source: str, kind: str) -> SupportCell:
        return self.cells[(source, kind)]


def cell_scales(bank: QuestionBank) -> dict[tuple[str, str], Scale]:
    """Return, per (source, kind), a scale made of the bank's items with that source and kind.

    A cell with no items gets a scale with no items.
    """
    cells: dict[tuple[str, str], Scale] = {}
    for source in SUPPORT_SOURCES:
        for kind in SUPPORT_KINDS:
            items = tuple(i for i in bank.items if i.source == source and i.kind == kind)
            cells[(source, kind)] = Scale(f"{source}:{kind}", "", {}, True, items)
    return cells


def _item_mean(bank: QuestionBank, results: RoundResults, item_id: str, group_id: int | None) -> float | None:
    """Return the mean points of the options chosen for an item, from its shown distribution."""
    distribution = results.distributions[(item_id, group_id)]
    item = next(i for i in bank.items if i.id == item_id)
    counts = distribution.counts or ()
    answered = sum(counts)
    if not answered:
        return None
    points = [item_points(bank, item, index) or 0.0 for index in range(len(counts))]
    return math.fsum(p * c for p, c in zip(points, counts, strict=True)) / answered


def _matrix(bank: QuestionBank, results: RoundResults, group_id: int | None) -> SupportMatrix:
    cells = cell_scales(bank)
    item_ids = [item.id for cell in cells.values() for item in cell.items]
    distributions = [results.distributions.get((item_id, group_id)) for item_id in item_ids]
    hidden = [
        d.withheld if d is not None else Withheld.NO_ANSWERS
        for d in distributions
        if d is None or not d.shown
    ]
    withheld = hidden[0] if hidden else None
    matrix_cells = {}
    for (source, kind), cell in cells.items():
        ids = tuple(item.id for item in cell.items)
        if withheld is not None:
            n, mean = None, None
        elif not ids:
            n, mean = 0, None
        else:
            n = max(results.distributions[(i, group_id)].total or 0 for i in ids)
            means = [m for m in (_item_mean(bank, results, i, group_id) for i in ids) if m is not None]
            mean = math.fsum(means) / len(means) if means else None
        matrix_cells[(source, kind)] = SupportCell(source, kind, ids, n, mean)
    return SupportMatrix(group_id, matrix_cells, withheld)


def support_matrices(bank: QuestionBank, results: RoundResults) -> dict[int | None, SupportMatrix]:
    """Return the support matrix of the workplace (key None) and of every group of the results.

    Args:
        bank: The round's question bank (items carry ``source`` and ``kind``).
        results: The round's released results; the matrices are drawn from their item
            distributions and withheld wherever one of those is.

    """
    return {group_id: _matrix(bank, results, group_id) for group_id in (None, *results.group_ids)}


def support_matrix(bank: QuestionBank, results: RoundResults, group_id: int | None = None) -> SupportMatrix:
    """Return the support matrix of the workplace (``group_id`` None) or of one group."""
    return _matrix(bank, results, group_id)
