"""The support matrix: who supports (colleagues, manager) × how (practical, emotional, professional).

Each cell is scored like a scale over the items with that source and kind: a respondent's
cell score is the mean of the answered items of the cell, missing when fewer than half are
answered; the cell's result is the mean of those scores, with n. A group's whole matrix is
withheld when its support scales are withheld in the round's results, or when any cell of
it falls below the anonymity threshold (with the same complementary suppression as the
scales, so a hidden group's cells cannot be worked out from the workplace's).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from apvdesk.core.bank import SUPPORT_KINDS, SUPPORT_SOURCES, QuestionBank, Scale
from apvdesk.core.model import Response
from apvdesk.core.results import RoundResults, Withheld, suppress
from apvdesk.core.scoring import scale_scores, summarise

SUPPORT_SCALES = ("support_colleagues", "support_manager")


@dataclass(frozen=True)
class SupportCell:
    """One cell: its items, n respondents with a cell score, and their mean (None if withheld)."""

    source: str
    kind: str
    item_ids: tuple[str, ...]
    n: int
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


def support_matrices(
    bank: QuestionBank, results: RoundResults, responses: Iterable[Response]
) -> dict[int | None, SupportMatrix]:
    """Return the support matrix of the workplace (key None) and of every group of the results.

    Args:
        bank: The round's question bank (items carry ``source`` and ``kind``).
        results: The round's results; their withheld decisions for the support scales apply.
        responses: The round's responses.

    """
    responses = list(responses)
    keys: tuple[int | None, ...] = (None, *results.group_ids)
    hidden: dict[int | None, Withheld] = {}
    for scale_id in SUPPORT_SCALES:
        for group_id in keys:
            result = results.results.get((scale_id, group_id))
            if result is not None and not result.shown and group_id not in hidden:
                hidden[group_id] = result.withheld  # type: ignore[assignment]
    summaries: dict[tuple[str, str], dict[int | None, tuple[int, float | None]]] = {}
    for key, scale in cell_scales(bank).items():
        if not scale.items:
            continue
        by_group = scale_scores(bank, scale, responses)
        cell_summaries = {g: summarise(by_group.get(g, [])) for g in keys}
        summaries[key] = {g: (s.n, s.mean) for g, s in cell_summaries.items()}
        for group_id, result in suppress(cell_summaries, scale.id, results.threshold).items():
            if not result.shown and group_id not in hidden:
                hidden[group_id] = result.withheld  # type: ignore[assignment]
    _protect_single_hidden_group(hidden, results)
    matrices: dict[int | None, SupportMatrix] = {}
    for group_id in keys:
        withheld = hidden.get(group_id)
        cells = {}
        for (source, kind), scale in cell_scales(bank).items():
            n, mean = summaries.get((source, kind), {}).get(group_id, (0, None))
            item_ids = tuple(i.id for i in scale.items)
            cells[(source, kind)] = SupportCell(source, kind, item_ids, n, None if withheld else mean)
        matrices[group_id] = SupportMatrix(group_id, cells, withheld)
    return matrices


def _protect_single_hidden_group(hidden: dict[int | None, Withheld], results: RoundResults) -> None:
    """Hide the smallest shown group when exactly one group with answers is hidden."""
    if None in hidden:
        return
    answered = [g for g in results.group_ids if results.respondents.get(g, 0) > 0]
    hidden_answered = [g for g in answered if g in hidden]
    shown = [g for g in answered if g not in hidden]
    if len(hidden_answered) == 1 and shown:
        smallest = min(shown, key=lambda g: (results.respondents.get(g, 0), g))
        hidden[smallest] = Withheld.PROTECTS_OTHER_GROUP


def support_matrix(
    bank: QuestionBank, results: RoundResults, responses: Iterable[Response], group_id: int | None = None
) -> SupportMatrix:
    """Return the support matrix of the workplace (``group_id`` None) or of one group."""
    return support_matrices(bank, results, responses)[group_id]
