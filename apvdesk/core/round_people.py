"""Who is in a round's results and counts: one definition for every output.

A round's groups are those chosen for it (every group when none was chosen). Answers
given in a round stay in it: a group taken off the round's list after its people answered
is still in the round's results — its answers are in the whole workplace's figures that
were released (core.release keeps released figures; dropping the answers would show the
difference, which is the group's own result). So every output that counts or lists the
round's people — the Overview, the response table, the full report's method section and
header, ``apvdesk results`` — lists these groups, and the number who answered is the sum
over them and equals the whole workplace's count.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from apvdesk.core.model import Group


def groups_in_results(
    chosen_ids: Sequence[int],
    groups: Sequence[Group],
    answered: Mapping[int | None, int] | Mapping[int, int],
) -> list[Group]:
    """Return the groups a round's results and counts cover, in the workplace's order.

    Args:
        chosen_ids: The round's chosen groups (``Round.group_ids``; empty: every group).
        groups: Every group of the workplace, in its order.
        answered: How many answered per group (released or live counts; None is ignored).

    """
    chosen = set(chosen_ids) if chosen_ids else {g.id for g in groups}
    with_answers = {group_id for group_id, count in answered.items() if group_id is not None and count}
    return [g for g in groups if g.id in chosen or g.id in with_answers]


def headcount_of(groups: Sequence[Group], fallback: int = 0) -> int:
    """Return the employees of these groups; ``fallback`` (the workplace's) when none has a headcount."""
    return sum(g.headcount for g in groups) or fallback
