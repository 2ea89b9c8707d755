"""One site's part of a round: its response overview, and its results as the pages show them.

The response overview of a site lists the groups at that site with their answers, and the
site's total. Its results are the released results of its groups and, in place of the
whole workplace, the site's own figures (core.site_release): nothing is worked out here,
so a page shows for a site exactly what the release decided, withheld where it was.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from apvdesk.core.mapping import GroupResponse, response_overview
from apvdesk.core.model import Group
from apvdesk.core.result_types import Distribution, RoundResults, ScaleResult


def groups_at(groups: Sequence[Group], site_id: int | None) -> list[Group]:
    """Return the groups at ``site_id`` (None: every group, the whole workplace)."""
    if site_id is None:
        return list(groups)
    return [group for group in groups if group.site_id == site_id]


def site_response_overview(
    groups: Sequence[Group], respondents: Mapping[int, int], threshold: int, site_id: int | None
) -> list[GroupResponse]:
    """Return the response overview of ``site_id``: one row per group at it, its total last.

    The counts are those shown for the groups; the site's total is their sum.
    """
    return response_overview(groups_at(groups, site_id), respondents, threshold)


def site_results(results: RoundResults, site_id: int) -> RoundResults | None:
    """Return the part of ``results`` a site shows: its groups, and the site's figures as the whole.

    Keyed as any :class:`RoundResults`, with group id None the site's own figures. None when
    the release holds no figures for the site (it had no groups when they were released).
    """
    figures = results.sites.get(site_id)
    if figures is None:
        return None
    members = tuple(g for g in results.group_ids if g in figures.members)
    respondents: dict[int | None, int] = {None: figures.respondents}
    respondents.update({g: results.respondents.get(g, 0) for g in members})
    scales: dict[tuple[str, int | None], ScaleResult] = {
        (scale_id, None): result for scale_id, result in figures.results.items()
    }
    scales.update({key: result for key, result in results.results.items() if key[1] in members})
    items: dict[tuple[str, int | None], Distribution] = {
        (item_id, None): item for item_id, item in figures.distributions.items()
    }
    items.update({key: item for key, item in results.distributions.items() if key[1] in members})
    return RoundResults(
        results.threshold, members, respondents, scales, items, results.green_from, results.red_below
    )
