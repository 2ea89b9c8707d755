"""The sites, and which site a group, a problem or an action belongs to (mixed into WorkplaceStore).

A site's agreement is saved with the site. Deleting a site that a group, a problem or an
action still belongs to is refused (:class:`~apvdesk.store.refusals.SiteInUse`): moving
them back to the whole workplace without being asked would change the plan and the
grouping of results behind the owner's back. Moving a problem or an action to another
site changes the plan (its revision goes up, as with any change to the plan's content).
"""

from __future__ import annotations

from contextlib import AbstractContextManager
from dataclasses import fields
from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from apvdesk.core.sites import Site, SiteAgreement, SiteKind, cleaned_site
from apvdesk.store.content_rules import refuse_invalid
from apvdesk.store.models import ActionRow, GroupRow, ProblemRow
from apvdesk.store.plan_methods import _mark_plan_changed
from apvdesk.store.refusals import SiteInUse
from apvdesk.store.site_models import SiteRow

_AGREEMENT = tuple(f.name for f in fields(SiteAgreement))


def site_from_row(row: SiteRow) -> Site:
    """Return the site a row holds."""
    return Site(
        name=row.name,
        kind=SiteKind(row.kind),
        address=row.address,
        customer=row.customer,
        contact=row.contact,
        agreement=SiteAgreement(**{name: getattr(row, name) for name in _AGREEMENT}),
        id=row.id,
    )


def _values(site: Site) -> dict[str, object]:
    """Return the columns of a site's row (its position aside), checked as the file would check them."""
    values: dict[str, object] = {
        "name": site.name,
        "kind": site.kind.value,
        "address": site.address,
        "customer": site.customer,
        "contact": site.contact,
    } | {name: getattr(site.agreement, name) for name in _AGREEMENT}
    refuse_invalid("site", values)
    return values


class SiteMethods:
    """List, add, change and delete sites; say which site a group, problem or action belongs to."""

    if TYPE_CHECKING:  # provided by WorkplaceStore

        def _unit(self) -> AbstractContextManager[Session]: ...

    def sites(self) -> list[Site]:
        """Return the sites in the order they were added."""
        with self._unit() as s:
            rows = s.scalars(select(SiteRow).order_by(SiteRow.position, SiteRow.id))
            return [site_from_row(row) for row in rows]

    def add_site(self, site: Site) -> Site:
        """Add a site at the end; return it with its id. ValueError for a site without a name."""
        values = _values(cleaned_site(site))
        with self._unit() as s:
            position = (s.scalar(select(func.max(SiteRow.position))) or 0) + 1
            row = SiteRow(position=position, **values)
            s.add(row)
            s.flush()
            return site_from_row(row)

    def update_site(self, site: Site) -> None:
        """Save a site's details and its agreement. ValueError for a site without a name."""
        values = _values(cleaned_site(site))
        with self._unit() as s:
            row = s.get_one(SiteRow, site.id)
            for name, value in values.items():
                setattr(row, name, value)

    def delete_site(self, site_id: int) -> None:
        """Delete a site; SiteInUse while groups, problems or actions belong to it."""
        with self._unit() as s:
            used = [
                s.scalar(select(func.count()).select_from(row_class).where(row_class.site_id == site_id)) or 0
                for row_class in (GroupRow, ProblemRow, ActionRow)
            ]
            if any(used):
                raise SiteInUse(*used)
            s.delete(s.get_one(SiteRow, site_id))

    def set_group_site(self, group_id: int, site_id: int | None) -> None:
        """Say which site a group works at (None: the workplace as a whole)."""
        with self._unit() as s:
            _known_site(s, site_id)
            s.get_one(GroupRow, group_id).site_id = site_id

    def set_problem_site(self, problem_id: int, site_id: int | None) -> None:
        """Say which site a problem belongs to (None: the workplace as a whole)."""
        with self._unit() as s:
            _known_site(s, site_id)
            row = s.get_one(ProblemRow, problem_id)
            if row.site_id != site_id:
                row.site_id = site_id
                _mark_plan_changed(s, row.round_id)

    def set_action_site(self, action_id: int, site_id: int | None) -> None:
        """Say which site an action belongs to (None: the workplace as a whole)."""
        with self._unit() as s:
            _known_site(s, site_id)
            row = s.get_one(ActionRow, action_id)
            if row.site_id != site_id:
                row.site_id = site_id
                _mark_plan_changed(s, s.get_one(ProblemRow, row.problem_id).round_id)


def _known_site(session: Session, site_id: int | None) -> None:
    """Raise NoResultFound for a site id the workplace does not have (None is the whole workplace)."""
    if site_id is not None:
        session.get_one(SiteRow, site_id)
