"""Releasing a round's results: shown when the collection ends, changed only by enough new answers.

While a round collects answers, the program shows how many have answered and nothing
else. When the owner ends the collection, the results are *released*: computed once,
stored, and from then on what every page, chart, report, export and ``apvdesk results``
show. Answers that come later (a late paper form) wait: they are added in a new release
only when every group they change has at least the threshold number of new answers
(:func:`gate_open`), and each scale's new figures must pass the disclosure audit against
every earlier release (:mod:`apvdesk.core.disclosure`): otherwise more is withheld, or
the scale keeps the figures it showed before. So any two releases of a figure differ by
no one or by at least the threshold number of people, and no combination of them
reveals fewer.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from apvdesk.core import site_release
from apvdesk.core.disclosure import Entry, Key, settle
from apvdesk.core.result_types import CellCounts, Distribution, RoundResults, ScaleResult, Withheld


@dataclass(frozen=True)
class Release:
    """What a round has released.

    ``results`` are the figures as shown (the support matrices are drawn from them);
    ``history`` holds, per scale id, every release of it as the disclosure audit needs
    it. It is empty once the individual answers are deleted: no release follows then.
    """

    results: RoundResults
    history: dict[str, tuple[Entry, ...]]


def waiting(released: Mapping[int | None, int], now: Mapping[int | None, int]) -> dict[int, int]:
    """Return, per group, how many answers have come in since the release (groups with some only)."""
    out = {}
    for group in {*released, *now}:
        if group is None:
            continue
        more = now.get(group, 0) - released.get(group, 0)
        if more > 0:
            out[group] = more
    return out


def gate_open(released: Mapping[int | None, int], now: Mapping[int | None, int], threshold: int) -> bool:
    """Return True when the answers that came in since the release may be released.

    Every group must have no new answers or at least ``threshold`` of them, and some
    group must have new ones. Fewer answers than released (only when answers were
    deleted) never opens the gate.
    """
    changes = [now.get(g, 0) - released.get(g, 0) for g in {*released, *now} if g is not None]
    return any(changes) and all(c == 0 or c >= threshold for c in changes)


def _scale_ids(results: RoundResults) -> list[str]:
    return list(dict.fromkeys(scale_id for scale_id, _ in results.results))


def _withhold(result: ScaleResult, reason: Withheld) -> ScaleResult:
    return ScaleResult(result.scale_id, result.group_id, result.n, None, None, reason)


def _withhold_cells(
    results: dict[tuple[str, int | None], ScaleResult],
    distributions: dict[tuple[str, int | None], Distribution],
    items_of: Mapping[str, list[str]],
    scale_id: str,
    groups: Iterable[int | None],
    reason: Withheld,
) -> None:
    """Withhold a scale's figures and its items' distributions for ``groups``."""
    for group in groups:
        key = (scale_id, group)
        if key in results and results[key].shown:
            results[key] = _withhold(results[key], reason)
        for item_id in items_of.get(scale_id, []):
            item_key = (item_id, group)
            if item_key in distributions and distributions[item_key].shown:
                distributions[item_key] = Distribution(item_id, group, None, None, None, reason)


def _items_of(results: RoundResults, scale_items: Mapping[str, list[str]]) -> dict[str, list[str]]:
    return {scale_id: list(scale_items.get(scale_id, [])) for scale_id in _scale_ids(results)}


def next_release(
    previous: Release | None,
    candidate: RoundResults,
    counts: Mapping[str, CellCounts],
    scale_items: Mapping[str, list[str]],
) -> Release | None:
    """Return the release that follows ``previous`` with the answers behind ``candidate``, or None.

    Args:
        previous: the round's last release (None: this is the first).
        candidate: the results of every answer the round holds now (suppression applied).
        counts: per scale id, the people counted per group and their fingerprint.
        scale_items: the item ids of each scale, whose distributions follow the scale.

    Returns:
        The new release, or None when the gate is shut (the new answers wait).

    """
    threshold = candidate.threshold
    if previous is not None and not gate_open(previous.results.respondents, candidate.respondents, threshold):
        return None
    history = dict(previous.history) if previous is not None else {}
    results = dict(candidate.results)
    distributions = dict(candidate.distributions)
    items_of = _items_of(candidate, scale_items)
    sites = dict(candidate.sites)  # each site's figures are judged with the groups' (core.site_release)
    for scale_id in _scale_ids(candidate):
        keys = [key for key in candidate.results if key[0] == scale_id]
        shown: frozenset[Key] = frozenset(g for _, g in keys if candidate.results[(scale_id, g)].shown)
        shown |= site_release.shown_keys(sites, scale_id)
        cell = counts[scale_id]
        earlier = history.get(scale_id, ())
        settled = settle(earlier, Entry(cell.n, cell.digest, shown), threshold)
        if settled is not None:
            extra = [key for key in shown - settled.shown if not isinstance(key, frozenset)]
            _withhold_cells(results, distributions, items_of, scale_id, extra, Withheld.PROTECTS_OTHER_GROUP)
            sites = site_release.withhold(sites, scale_id, items_of[scale_id], settled.shown)
            history[scale_id] = (*earlier, settled)
        elif previous is not None and earlier:  # keep what was shown before: nothing new is disclosed
            sites = site_release.keep_previous(sites, previous.results.sites, scale_id, items_of[scale_id])
            for key in keys:
                old = previous.results.results.get(key)
                results[key] = (
                    old if old is not None else _withhold(results[key], Withheld.PROTECTS_OTHER_GROUP)
                )
                for item_id in items_of[scale_id]:
                    old_item = previous.results.distributions.get((item_id, key[1]))
                    if old_item is not None:
                        distributions[(item_id, key[1])] = old_item
                    elif (item_id, key[1]) in distributions:
                        distributions[(item_id, key[1])] = Distribution(
                            item_id, key[1], None, None, None, Withheld.PROTECTS_OTHER_GROUP
                        )
        else:
            groups = [group for _, group in keys]
            _withhold_cells(results, distributions, items_of, scale_id, groups, Withheld.PROTECTS_OTHER_GROUP)
            sites = site_release.withhold(sites, scale_id, items_of[scale_id], frozenset())
            history[scale_id] = (*earlier, Entry(cell.n, cell.digest, frozenset()))
    released = dataclasses.replace(candidate, results=results, distributions=distributions, sites=sites)
    return Release(as_shown(released), history)


def as_shown(results: RoundResults) -> RoundResults:
    """Return ``results`` as they are shown and kept: a withheld figure keeps no n either.

    A withheld group's n on each scale would tell who skipped which scale: in a group of
    one, n = 0 on one scale and 1 on the others is that person's "don't know".
    """
    kept = {
        key: result
        if result.shown
        else ScaleResult(result.scale_id, result.group_id, 0, None, None, result.withheld)
        for key, result in results.results.items()
    }
    return dataclasses.replace(results, results=kept)


def _protect(
    shown: set[int | None], n: Mapping[int, int], threshold: int
) -> tuple[set[int | None], set[int | None]]:
    """Withhold shown figures below ``threshold``, then the smallest groups while the total reveals the rest.

    Returns the groups (None: the whole workplace) newly withheld as too small, and those
    withheld to protect them; ``shown`` is changed in place.
    """
    below = {g for g in shown if (sum(n.values()) if g is None else n.get(g, 0)) < threshold}
    shown -= below
    protecting: set[int | None] = set()
    while None in shown:
        withheld = [people for g, people in n.items() if people > 0 and g not in shown]
        if not withheld or (len(withheld) > 1 and sum(withheld) >= threshold):
            break
        groups = [g for g in shown if g is not None]
        if not groups:
            break
        smallest = min(groups, key=lambda g: (n.get(g, 0), g))
        shown.discard(smallest)
        protecting.add(smallest)
    return below, protecting


def raise_threshold(release: Release, threshold: int, scale_items: Mapping[str, list[str]]) -> Release:
    """Return ``release`` as it is shown under a higher threshold: only ever more withheld.

    Each scale's last release (its history) says how many people each group holds; a
    shown figure below the new threshold is withheld, and then, as in
    :func:`apvdesk.core.results.suppress`, the smallest shown groups while the whole
    workplace could reveal the withheld ones. Nothing withheld before is shown.
    """
    results = dict(release.results.results)
    distributions = dict(release.results.distributions)
    items_of = _items_of(release.results, scale_items)
    sites = dict(release.results.sites)
    for scale_id in _scale_ids(release.results):
        entries = release.history.get(scale_id)
        if not entries:
            sites = site_release.raise_threshold(sites, None, set(), threshold, scale_id, items_of[scale_id])
            continue
        shown = {g for (s, g), r in results.items() if s == scale_id and r.shown}
        below, protecting = _protect(shown, entries[-1].n, threshold)
        _withhold_cells(results, distributions, items_of, scale_id, below, Withheld.BELOW_THRESHOLD)
        _withhold_cells(results, distributions, items_of, scale_id, protecting, Withheld.PROTECTS_OTHER_GROUP)
        sites = site_release.raise_threshold(
            sites, entries[-1], shown, threshold, scale_id, items_of[scale_id]
        )
    raised = dataclasses.replace(
        release.results, threshold=threshold, results=results, distributions=distributions, sites=sites
    )
    return Release(raised, release.history)
