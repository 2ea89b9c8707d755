"""The workplace's sites: its own premises and the customer sites where its groups work.

A cleaning firm's teams work at their customers' premises (an office building, a school);
a laundry may have a second shop. A group, a problem and an action may belong to one
site; none (``site_id`` None) means the workplace as a whole, every site.

For a customer site the firm records what it agreed with the customer about the work
environment there. The rules on several employers at one workplace (BEK 1838/2023
§§ 8–9) require the employers whose employees work at the same place to cooperate on
safety and health there; they do not prescribe this list. The points of
:class:`SiteAgreement` (who coordinates, the known risks, whom to call after an episode,
a break room and a toilet) are what apvdesk asks the owner to agree and write down: good
practice for such cooperation, not a form the rules demand.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from enum import StrEnum


class SiteKind(StrEnum):
    """Whose premises a site is."""

    OWN = "own"  # the workplace's own premises (a shop, the laundry itself)
    CUSTOMER = "customer"  # a customer's premises, where the workplace's employees work


class AgreementPoint(StrEnum):
    """A point of a site agreement the owner is asked to settle with the customer."""

    COORDINATOR = "coordinator"
    KNOWN_RISKS = "known_risks"
    AFTER_EPISODE = "after_episode"
    BREAK_ROOM = "break_room"
    TOILET = "toilet"


@dataclass
class SiteAgreement:
    """What was agreed with a customer about the work environment at its premises.

    Each point is the owner's own words; an empty text is a point not agreed (yet).
    ``notes`` holds anything else and is never asked for.
    """

    coordinator: str = ""  # who coordinates safety and health at the site (name, firm, phone)
    known_risks: str = ""  # the risks at the site the customer told of, and what is done
    after_episode: str = ""  # whom the employees call after a threat, violence or an accident
    break_room: str = ""  # where they may have their breaks
    toilet: str = ""  # which toilet they may use
    notes: str = ""

    def missing(self) -> list[AgreementPoint]:
        """Return the points not agreed yet (blank), in the agreement's order."""
        return [point for point in AgreementPoint if not getattr(self, point.value).strip()]

    @property
    def is_empty(self) -> bool:
        """True when nothing at all is written down."""
        return not any(getattr(self, f.name).strip() for f in fields(self))


@dataclass
class Site:
    """A place where the workplace's employees work: its own premises or a customer's.

    ``customer`` and ``contact`` (the customer's contact person) matter for a customer
    site; the agreement is kept for a customer site only.
    """

    name: str
    kind: SiteKind = SiteKind.CUSTOMER
    address: str = ""
    customer: str = ""
    contact: str = ""
    agreement: SiteAgreement = field(default_factory=SiteAgreement)
    id: int | None = None

    @property
    def is_customer_site(self) -> bool:
        """True for a customer's premises, where an agreement with the customer belongs."""
        return self.kind is SiteKind.CUSTOMER

    def missing(self) -> list[AgreementPoint]:
        """Return the agreement's points not settled yet; none for the workplace's own premises."""
        return self.agreement.missing() if self.is_customer_site else []


def cleaned_site(site: Site) -> Site:
    """Return ``site`` with its texts stripped; raise ValueError when it has no name.

    The agreement of the workplace's own premises is dropped: there is no customer to
    agree with.
    """
    name = site.name.strip()
    if not name:
        raise ValueError("a site needs a name")
    agreement = (
        SiteAgreement(**{f.name: getattr(site.agreement, f.name).strip() for f in fields(SiteAgreement)})
        if site.is_customer_site
        else SiteAgreement()
    )
    return Site(
        name=name,
        kind=SiteKind(site.kind),
        address=site.address.strip(),
        customer=site.customer.strip(),
        contact=site.contact.strip(),
        agreement=agreement,
        id=site.id,
    )
