"""The sites' part of :class:`~apvdesk.store.service.WorkplaceService` (core.sites).

Which site a group, a problem or an action belongs to is read from the object itself
(``site_id``); it is changed only by the requests below, so that saving a group, a
problem or an action from its dialog never moves it to another site.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from apvdesk.core.sites import Site


class SiteService(Protocol):
    """The sites of an open workplace and what belongs to each."""

    def sites(self) -> list[Site]:
        """Return the sites in their order."""
        ...

    def add_site(self, site: Site) -> Site:
        """Add a site with its agreement; return it with its id (ValueError without a name)."""
        ...

    def update_site(self, site: Site) -> None:
        """Save a site's details and agreement (ValueError without a name)."""
        ...

    def delete_site(self, site_id: int) -> None:
        """Delete a site; SiteInUse while groups, problems or actions belong to it."""
        ...

    def set_group_site(self, group_id: int, site_id: int | None) -> None:
        """Say which site a group works at (None: the workplace as a whole)."""
        ...

    def set_problem_site(self, problem_id: int, site_id: int | None) -> None:
        """Say which site a problem belongs to (None: the workplace as a whole); the plan changes."""
        ...

    def set_action_site(self, action_id: int, site_id: int | None) -> None:
        """Say which site an action belongs to (None: the workplace as a whole); the plan changes."""
        ...
