"""The shapes of a round's results: scale results, answer distributions, why a figure is withheld.

Plain frozen data, as :mod:`apvdesk.core.results` computes it and every output shows it:
one scale's result per group with its traffic light, how a group answered each item, a
round's results together, and the per-group counts a release keeps (see
:mod:`apvdesk.core.disclosure`). Nothing here computes; an output that only shows
results needs this module, not the computation.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from apvdesk.core.model import DEFAULT_GREEN_FROM, DEFAULT_RED_BELOW


class Light(StrEnum):
    """The traffic light of a mean: green (good), yellow, red (a problem)."""

    GREEN = "green"
    YELLOW = "yellow"
    RED = "red"


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
class SiteFigures:
    """One site's own figures: the answers of its groups together (see core.site_release).

    ``members`` are the groups whose answers they sum, as the site held them when the
    figures were released; ``results`` and ``distributions`` are keyed by scale and item
    id, with group id None, withheld as any other figure.
    """

    members: tuple[int, ...]
    respondents: int
    results: dict[str, ScaleResult]
    distributions: dict[str, Distribution] = field(default_factory=dict)


@dataclass(frozen=True)
class RoundResults:
    """All results of a round, for the workplace and each group.

    ``results`` is keyed by (scale id, group id), ``distributions`` by (item id, group
    id); group id None is the whole workplace. ``sites`` holds each site's own figures
    by site id (empty when the workplace has no sites, or they were not released).
    """

    threshold: int
    group_ids: tuple[int, ...]
    respondents: dict[int | None, int]
    results: dict[tuple[str, int | None], ScaleResult]
    distributions: dict[tuple[str, int | None], Distribution] = field(default_factory=dict)
    green_from: float = DEFAULT_GREEN_FROM
    red_below: float = DEFAULT_RED_BELOW
    sites: dict[int, SiteFigures] = field(default_factory=dict)

    def get(self, scale_id: str, group_id: int | None) -> ScaleResult:
        return self.results[(scale_id, group_id)]

    def distribution(self, item_id: str, group_id: int | None) -> Distribution:
        """Return how ``group_id`` (None: everyone) answered an item; KeyError if unknown."""
        return self.distributions[(item_id, group_id)]


@dataclass(frozen=True)
class CellCounts:
    """One scale's people per group (groups with answers only), and a fingerprint of their answers.

    The fingerprint changes whenever the counted scores or answers change, so that a
    release can tell "the same people" from "as many, but other answers"
    (see :mod:`apvdesk.core.disclosure`).
    """

    n: dict[int, int]
    digest: dict[int, str]
