"""Each site's own figures, released under the same anonymity rules as the groups'.

A site's figures are the answers of the groups at that site together (a group at no site,
``site_id`` None, counts in no site's figures). They are one more level of figures beside
the groups' and the whole workplace's, and the release audit (core.disclosure) judges all
of them together: a site's figure is a *union* of groups, so the attacker may subtract its
shown groups from it, subtract the sites from the whole workplace, or a site from another
release of it, and none of that may isolate 1 to threshold - 1 people. A site below the
threshold is withheld; where the audit finds a combination that reveals fewer people,
groups and sites are withheld smallest first (a group before a site of the same size).
A site holding exactly the people of one of its groups shows the same figures twice and
reveals nothing.

The sites' figures are worked out with the groups' when the results are released
(:func:`candidates`, then core.release.next_release); a site layout changed after the
release is released on its own with the answers already released (:func:`add_sites`).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence

from apvdesk.core.bank import QuestionBank
from apvdesk.core.disclosure import Entry, Key, audit, counted, people
from apvdesk.core.model import DEFAULT_GREEN_FROM, DEFAULT_RED_BELOW, Group
from apvdesk.core.result_types import (
    CellCounts,
    Distribution,
    RoundResults,
    ScaleResult,
    SiteFigures,
    Withheld,
)
from apvdesk.core.results import results_from_sheets
from apvdesk.core.scoring import AnswerSheets

_NO_SITE = -1  # the respondents of groups at no site, while the sites are scored


def site_members(groups: Sequence[Group]) -> dict[int, frozenset[int]]:
    """Return, per site id, the ids of the groups at that site (sites with a group only)."""
    members: dict[int, set[int]] = {}
    for group in groups:
        if group.site_id is not None and group.id is not None:
            members.setdefault(group.site_id, set()).add(group.id)
    return {site: frozenset(ids) for site, ids in sorted(members.items())}


def layout(sites: Mapping[int, SiteFigures]) -> dict[int, frozenset[int]]:
    """Return the site layout that ``sites`` were released with."""
    return {site: frozenset(figures.members) for site, figures in sites.items()}


def _withheld(result: ScaleResult, reason: Withheld) -> ScaleResult:
    return ScaleResult(result.scale_id, None, 0, None, None, reason)


def candidates(
    bank: QuestionBank,
    groups: Sequence[Group],
    sheets: AnswerSheets,
    threshold: int,
    green_from: float = DEFAULT_GREEN_FROM,
    red_below: float = DEFAULT_RED_BELOW,
) -> dict[int, SiteFigures]:
    """Return each site's figures with the sites below ``threshold`` withheld (nothing else yet).

    ``groups`` are the round's groups with their sites, ``sheets`` every answer of the
    round. The release (core.release.next_release) withholds more where the audit needs it.
    """
    members = site_members(groups)
    if not members:
        return {}
    site_of = {group: site for site, ids in members.items() for group in ids}
    by_site = AnswerSheets(
        sheets.item_ids, [site_of.get(g, _NO_SITE) for g in sheets.group_ids], sheets.codes
    )
    scored = results_from_sheets(
        bank, [Group(str(site), 0, site) for site in members], by_site, 1, green_from, red_below
    )  # threshold 1: every figure with someone in it; the threshold is applied below
    out: dict[int, SiteFigures] = {}
    for site, ids in members.items():
        figures = SiteFigures(tuple(sorted(ids)), scored.respondents.get(site, 0), {}, {})
        for (item_id, key), item in scored.distributions.items():
            if key == site:
                figures.distributions[item_id] = dataclasses.replace(item, group_id=None)
        for scale in bank.scales:
            result = dataclasses.replace(scored.results[(scale.id, site)], group_id=None)
            figures.results[scale.id] = result
            if not result.shown or result.n < threshold:
                reason = Withheld.BELOW_THRESHOLD if figures.respondents else Withheld.NO_ANSWERS
                items = [item.id for item in scale.items]
                figures = withhold({site: figures}, scale.id, items, frozenset(), reason, force=True)[site]
        out[site] = figures
    return out


def shown_keys(sites: Mapping[int, SiteFigures], scale_id: str) -> frozenset[Key]:
    """Return the audit's keys (unions of groups) of the sites whose figure on ``scale_id`` is shown."""
    return frozenset(
        frozenset(figures.members)
        for figures in sites.values()
        if scale_id in figures.results and figures.results[scale_id].shown
    )


def withhold(
    sites: Mapping[int, SiteFigures],
    scale_id: str,
    items: Sequence[str],
    keep: frozenset[Key],
    reason: Withheld = Withheld.PROTECTS_OTHER_GROUP,
    force: bool = False,
) -> dict[int, SiteFigures]:
    """Return ``sites`` with their figures on ``scale_id`` (and its items) withheld unless kept.

    A site is kept when its key (the union of its groups) is in ``keep``.

    A figure already withheld keeps its reason, unless ``force``.
    """
    out = dict(sites)
    for site, figures in sites.items():
        result = figures.results.get(scale_id)
        if result is None or (not result.shown and not force) or frozenset(figures.members) in keep:
            continue
        results = {**figures.results, scale_id: _withheld(result, reason)}
        distributions = dict(figures.distributions)
        for item_id in items:
            if item_id in distributions:
                distributions[item_id] = Distribution(item_id, None, None, None, None, reason)
        out[site] = dataclasses.replace(figures, results=results, distributions=distributions)
    return out


def keep_previous(
    sites: Mapping[int, SiteFigures],
    previous: Mapping[int, SiteFigures],
    scale_id: str,
    items: Sequence[str],
) -> dict[int, SiteFigures]:
    """Return ``sites`` showing on ``scale_id`` what ``previous`` showed (withheld where nothing)."""
    out = withhold(sites, scale_id, items, frozenset())
    for site, figures in out.items():
        before = previous.get(site)
        if before is None or before.members != figures.members or scale_id not in before.results:
            continue
        results = {**figures.results, scale_id: before.results[scale_id]}
        distributions = dict(figures.distributions)
        for item_id in items:
            if item_id in before.distributions:
                distributions[item_id] = before.distributions[item_id]
        out[site] = dataclasses.replace(figures, results=results, distributions=distributions)
    return out


def settle_sites(earlier: Sequence[Entry], candidate: Entry, threshold: int) -> Entry:
    """Return ``candidate`` with its sites (unions) withheld, smallest first, until the audit passes.

    The groups and the whole workplace stay as they are: this settles a site layout
    released after the groups' figures (:func:`add_sites`, raising the threshold).
    """
    shown = set(candidate.shown)
    while True:
        entry = Entry(candidate.n, candidate.digest, frozenset(shown))
        unions = [key for key in shown if isinstance(key, frozenset)]
        if not unions or audit(earlier, entry, threshold):
            return entry
        same = counted(entry, min(unions, key=lambda key: (people(entry, key), tuple(sorted(key)))))
        shown -= {key for key in unions if counted(entry, key) == same}


def raise_threshold(
    sites: Mapping[int, SiteFigures],
    last: Entry | None,
    shown: set[int | None],
    threshold: int,
    scale_id: str,
    items: Sequence[str],
) -> dict[int, SiteFigures]:
    """Return ``sites`` as shown under a higher ``threshold`` on one scale: only ever more withheld.

    A site below it is withheld; then, with ``last`` (the scale's last release) and the
    groups still ``shown``, sites smallest first while the shown figures reveal fewer
    people than the threshold.
    """
    below = frozenset(
        frozenset(figures.members)
        for figures in sites.values()
        if scale_id in figures.results
        and figures.results[scale_id].shown
        and figures.results[scale_id].n < threshold
    )
    out = withhold(sites, scale_id, items, shown_keys(sites, scale_id) - below, Withheld.BELOW_THRESHOLD)
    if last is None:
        return out
    groups: frozenset[Key] = frozenset(shown)
    entry = settle_sites([], Entry(last.n, last.digest, groups | shown_keys(out, scale_id)), threshold)
    return withhold(out, scale_id, items, entry.shown)


def add_sites(
    results: RoundResults,
    history: Mapping[str, tuple[Entry, ...]],
    sites: Mapping[int, SiteFigures],
    counts: Mapping[str, CellCounts],
    scale_items: Mapping[str, list[str]],
) -> tuple[RoundResults, dict[str, tuple[Entry, ...]]] | None:
    """Return released ``results`` and ``history`` with the figures of a new site layout added.

    Only the answers already released may be counted: None when any scale's answers
    differ from its last release (answers are waiting) or the history is gone (the raw
    answers were deleted). The groups' figures stay as they are; a site is withheld where
    the audit against every earlier release needs it.
    """
    if not history:
        return None
    new_history = dict(history)
    released = dict(sites)
    for scale_id in {key for figures in released.values() for key in figures.results}:
        earlier = history.get(scale_id)
        cell = counts.get(scale_id)
        items = scale_items.get(scale_id, [])
        if not earlier:
            released = withhold(released, scale_id, items, frozenset())
            continue
        last = earlier[-1]
        if cell is None or dict(cell.n) != dict(last.n) or dict(cell.digest) != dict(last.digest):
            return None
        groups = frozenset(key for key in last.shown if not isinstance(key, frozenset))
        candidate = Entry(cell.n, cell.digest, groups | shown_keys(released, scale_id))
        entry = settle_sites(earlier, candidate, results.threshold)
        released = withhold(released, scale_id, items, entry.shown)
        new_history[scale_id] = (*earlier, entry)
    return dataclasses.replace(results, sites=released), new_history
