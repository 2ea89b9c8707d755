"""Disclosure audit: whether the figures shown over time can be combined to reveal fewer people.

A round shows each scale's figures per group and for the whole workplace, and may show
them again later with more answers (a new *release*). Every figure — n, mean, SD, the
share unfavourable, the answer counts — is a sum over people, so an attacker who keeps
every release can add and subtract them: the total minus the shown groups, this
release minus the last. The answers are split into *blocks*: the people of one group
who were counted for the first time in one release. Each shown figure is the sum of some
blocks; a set of blocks is *disclosed* when its sum is a combination of shown figures.

:func:`audit` says whether a new release discloses a set of blocks holding between 1
and threshold - 1 people that the earlier releases had not disclosed. With one release
this is exactly complementary suppression; over several it also catches a group that was
withheld to protect another and is shown later with the same answers.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from fractions import Fraction

MAX_SMALL_BLOCKS = 20  # beyond this many small blocks the audit refuses rather than search


Key = int | None | frozenset[int]  # a shown figure: a group, the whole workplace, a union of groups


@dataclass(frozen=True)
class Entry:
    """One release of one scale: per group the people counted and a fingerprint of their answers.

    ``n`` and ``digest`` are keyed by group id (every group with answers, including groups
    no longer in the round); ``shown`` holds the groups whose figures were shown, None
    when the whole-workplace figure was shown, and a frozenset of group ids for a figure
    that sums those groups (a site's, see core.site_release).
    """

    n: Mapping[int, int]
    digest: Mapping[int, str]
    shown: frozenset[Key]


def covers(key: Key, group: int) -> bool:
    """Return True when the figure ``key`` counts the people of ``group``."""
    if key is None:
        return True
    if isinstance(key, frozenset):
        return group in key
    return group == key


def people(entry: Entry, key: Key) -> int:
    """Return how many people the figure ``key`` counts in ``entry``."""
    return sum(n for group, n in entry.n.items() if covers(key, group))


def _blocks(entries: Sequence[Entry]) -> list[tuple[int, int, int]] | None:
    """Return the blocks as (group, entry index, people), or None when answers were taken away.

    A count that went down, or answers that changed while the count stayed the same, do not
    fit the model of releases that only ever add people; such a history is refused.
    """
    groups = sorted({g for entry in entries for g in entry.n})
    blocks: list[tuple[int, int, int]] = []
    for group in groups:
        before, digest_before = 0, ""
        for index, entry in enumerate(entries):
            n = entry.n.get(group, 0)
            digest = entry.digest.get(group, "")
            if n < before or (n == before and n > 0 and digest != digest_before):
                return None
            if n > before:
                blocks.append((group, index, n - before))
            before, digest_before = n, digest
    return blocks


def _rows(entries: Sequence[Entry], blocks: Sequence[tuple[int, int, int]]) -> list[list[int]]:
    """Return one 0/1 row per shown figure: which blocks it sums."""
    rows = []
    for index, entry in enumerate(entries):
        for key in entry.shown:
            row = [
                1 if block_index <= index and covers(key, group) else 0 for group, block_index, _ in blocks
            ]
            if any(row):
                rows.append(row)
    return rows


def _null_space(rows: Sequence[Sequence[int]], width: int) -> list[list[Fraction]]:
    """Return a basis of the vectors w with row · w = 0 for every row (exact arithmetic)."""
    matrix = [[Fraction(v) for v in row] for row in rows]
    pivots: list[int] = []
    rank = 0
    for column in range(width):
        pivot = next((r for r in range(rank, len(matrix)) if matrix[r][column] != 0), None)
        if pivot is None:
            continue
        matrix[rank], matrix[pivot] = matrix[pivot], matrix[rank]
        lead = matrix[rank][column]
        matrix[rank] = [v / lead for v in matrix[rank]]
        for r in range(len(matrix)):
            if r != rank and matrix[r][column] != 0:
                factor = matrix[r][column]
                matrix[r] = [a - factor * b for a, b in zip(matrix[r], matrix[rank], strict=True)]
        pivots.append(column)
        rank += 1
    basis = []
    for free in (c for c in range(width) if c not in pivots):
        vector = [Fraction(0)] * width
        vector[free] = Fraction(1)
        for row, column in enumerate(pivots):
            vector[column] = -matrix[row][free]
        basis.append(vector)
    return basis


def _in_span(null_space: Sequence[Sequence[Fraction]], members: Iterable[int]) -> bool:
    """Return True when the sum of the blocks ``members`` is a combination of the shown figures."""
    members = list(members)
    return all(sum(w[i] for i in members) == 0 for w in null_space)


def _small_sets(sizes: Sequence[int], small: Sequence[int], threshold: int) -> Iterable[list[int]]:
    """Yield every non-empty set of the blocks ``small`` holding fewer than ``threshold`` people."""

    def extend(start: int, chosen: list[int], people: int) -> Iterable[list[int]]:
        for position in range(start, len(small)):
            block = small[position]
            total = people + sizes[block]
            if total < threshold:
                chosen.append(block)
                yield list(chosen)
                yield from extend(position + 1, chosen, total)
                chosen.pop()

    return extend(0, [], 0)


def audit(earlier: Sequence[Entry], new: Entry, threshold: int) -> bool:
    """Return True when showing ``new`` after ``earlier`` discloses no set of 1 to threshold - 1 people.

    Only what ``new`` adds counts: a set the earlier releases already disclosed (at a
    lower threshold, say) cannot be hidden again and does not stop this one.
    """
    entries = [*earlier, new]
    blocks = _blocks(entries)
    if blocks is None:
        return False
    sizes = [people for _, _, people in blocks]
    small = [i for i, people in enumerate(sizes) if people < threshold]
    if not small:
        return True
    if len(small) > MAX_SMALL_BLOCKS:
        return False
    before = _null_space(_rows(earlier, blocks), len(blocks))
    after = _null_space(_rows(entries, blocks), len(blocks))
    return not any(
        _in_span(after, members) and not _in_span(before, members)
        for members in _small_sets(sizes, small, threshold)
    )


def settle(earlier: Sequence[Entry], candidate: Entry, threshold: int) -> Entry | None:
    """Return ``candidate`` with as few more groups withheld as the audit needs, or None.

    Groups (and unions of groups: sites) are withheld smallest first (ties: a group before
    a union, then the lowest id), together with every union that counts the same people.
    None means that only withholding the whole-workplace figure too would pass: the caller
    then keeps what it showed before, which discloses nothing new.
    """
    shown = set(candidate.shown)
    while True:
        entry = Entry(candidate.n, candidate.digest, frozenset(shown))
        if audit(earlier, entry, threshold):
            return entry
        keys = [g for g in shown if g is not None and people(entry, g) > 0]
        if not keys:
            return None
        same = counted(entry, min(keys, key=lambda g: _order(entry, g)))
        shown -= {key for key in keys if counted(entry, key) == same}  # one figure under two names


def counted(entry: Entry, key: Key) -> frozenset[int]:
    """Return the groups with people whose figures ``key`` sums: keys with the same are one figure."""
    return frozenset(group for group, n in entry.n.items() if n > 0 and covers(key, group))


def _order(entry: Entry, key: Key) -> tuple[int, int, tuple[int, ...]]:
    """Return the order in which :func:`settle` withholds: the fewest people first, a group first."""
    if isinstance(key, frozenset):
        return (people(entry, key), 1, tuple(sorted(key)))
    return (people(entry, key), 0, (key or 0,))
