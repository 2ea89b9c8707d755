"""What an open workplace refuses to do, and why: the exceptions of the service beside the file's.

Raised by :class:`~apvdesk.store.workplace_store.WorkplaceStore` (and so by any
:class:`~apvdesk.store.service.WorkplaceService`) when a change would break a rule of
the APV, whatever database the workplace lives in. Errors about the workplace file itself
(missing, damaged, in use, read-only...) are :mod:`apvdesk.store.errors`.
"""

from __future__ import annotations


class GroupInUse(Exception):
    """A group cannot be deleted because answers or problems refer to it."""


class RoundHasAnswers(Exception):
    """The questions of a round cannot change once anyone has answered."""


class ThresholdBelowPromise(ValueError):
    """The anonymity threshold cannot go below what the respondents were told."""

    def __init__(self, requested: int, promised: int) -> None:
        super().__init__(f"the anonymity threshold cannot be lowered below {promised} (asked: {requested})")
        self.requested = requested
        self.promised = promised


class AnswersDiscarded(Exception):
    """The round's individual answers were deleted; it takes no new answers."""


class SheetReleased(Exception):
    """The round's results are released: a stored answer sheet can no longer be changed or deleted."""


class CollectionMerged(Exception):
    """The collection file was merged into the workplace before; nothing was added again."""


class SiteInUse(Exception):
    """A site cannot be deleted while groups, problems or actions belong to it; how many of each."""

    def __init__(self, groups: int, problems: int, actions: int) -> None:
        super().__init__(
            f"the site is used by {groups} group(s), {problems} problem(s) and {actions} action(s)"
        )
        self.groups = groups
        self.problems = problems
        self.actions = actions
