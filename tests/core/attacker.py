"""The attacker of the anonymity tests: what can be learnt by adding and subtracting shown figures.

Every figure the program shows for a scale (n, mean, SD, share unfavourable, the answer
counts of its items) is a sum over the people it counts. Someone who keeps every output
can take any linear combination of them. Given, for each shown figure, the set of people
it counts, :func:`disclosed_sets` finds the sets of 1 to threshold - 1 people whose sum
such combinations give exactly — a withheld group by subtraction, one person by
before-and-after. Written independently of ``apvdesk.core.disclosure`` (floating-point
ranks with numpy over people, not blocks), so that it checks that module rather than
repeating it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from itertools import combinations

import numpy as np

from apvdesk.core.results import RoundResults


def disclosed_sets(figures: Iterable[frozenset[int]], threshold: int) -> list[frozenset[int]]:
    """Return the sets of fewer than ``threshold`` people (at least one) the figures reveal.

    ``figures`` holds, per shown figure, the people it counts. People counted by exactly
    the same figures cannot be told apart and are taken together (a *class*); a set is
    revealed when its indicator lies in the span of the figures' indicators.
    """
    rows = [set(f) for f in {frozenset(f) for f in figures} if f]
    people = sorted(set().union(*rows)) if rows else []
    signature: dict[tuple[bool, ...], list[int]] = {}
    for person in people:
        signature.setdefault(tuple(person in row for row in rows), []).append(person)
    classes = list(signature.values())
    if not classes:
        return []
    matrix = np.array([[1.0 if c[0] in row else 0.0 for c in classes] for row in rows])
    rank = np.linalg.matrix_rank(matrix)
    small = [i for i, c in enumerate(classes) if len(c) < threshold]
    found = []
    for size in range(1, threshold):
        for chosen in combinations(small, size):
            people_in = sum(len(classes[i]) for i in chosen)
            if people_in >= threshold:
                continue
            vector = np.zeros(len(classes))
            vector[list(chosen)] = 1.0
            if np.linalg.matrix_rank(np.vstack([matrix, vector])) == rank:
                found.append(frozenset(p for i in chosen for p in classes[i]))
    return found


def shown_figures(
    results: RoundResults, scored: dict[str, Sequence[tuple[int, int]]]
) -> dict[str, set[frozenset[int]]]:
    """Return, per scale, the sets of people behind each figure ``results`` shows.

    ``scored[scale]`` lists (person, group) of the people with a score on the scale, in
    the order they answered. Answers are only ever added, so a shown figure with n
    people counts the first n of them (of its group, or of everyone for the workplace).
    """
    out: dict[str, set[frozenset[int]]] = {}
    for (scale_id, group_id), result in results.results.items():
        if not result.shown:
            continue
        people = [p for p, g in scored[scale_id] if group_id is None or g == group_id]
        assert result.n <= len(people), (scale_id, group_id, result.n, len(people))
        out.setdefault(scale_id, set()).add(frozenset(people[: result.n]))
    return out


def differences(before: RoundResults | None, after: RoundResults | None, threshold: int) -> list[str]:
    """Return the figures shown both times whose n moved by 1 to threshold - 1 (add one and subtract).

    Scales and the answer counts of items, for every group and the whole workplace.
    """
    if before is None or after is None:
        return []
    found = []
    for key, now in after.results.items():
        then = before.results.get(key)
        if then is not None and then.shown and now.shown and 0 < abs(now.n - then.n) < threshold:
            found.append(f"scale {key}: n {then.n} -> {now.n}")
    for key, item_now in after.distributions.items():
        item_then = before.distributions.get(key)
        if item_then is None or not item_then.shown or not item_now.shown:
            continue
        moved = abs((item_now.total or 0) - (item_then.total or 0))
        if 0 < moved < threshold or (moved == 0 and item_now != item_then):
            found.append(f"item {key}: {item_then.counts} -> {item_now.counts}")
    return found
