"""A site's agreement: which points are still to be agreed, and what cleaning a site does."""

from __future__ import annotations

import pytest

from apvdesk.core.sites import AgreementPoint, Site, SiteAgreement, SiteKind, cleaned_site


def test_an_empty_agreement_lacks_every_point_in_order_and_notes_are_never_asked_for():
    agreement = SiteAgreement(notes="Gennemgås i januar.")
    assert agreement.missing() == [
        AgreementPoint.COORDINATOR,
        AgreementPoint.KNOWN_RISKS,
        AgreementPoint.AFTER_EPISODE,
        AgreementPoint.BREAK_ROOM,
        AgreementPoint.TOILET,
    ]
    assert not agreement.is_empty
    assert SiteAgreement().is_empty


def test_blank_text_is_not_an_agreed_point():
    agreement = SiteAgreement(coordinator="Lone Dahl", known_risks="  ", toilet="Ved linnedrummet")
    assert agreement.missing() == [
        AgreementPoint.KNOWN_RISKS,
        AgreementPoint.AFTER_EPISODE,
        AgreementPoint.BREAK_ROOM,
    ]


def test_the_own_premises_need_no_agreement():
    assert Site("Vaskeriet", kind=SiteKind.OWN).missing() == []
    assert len(Site("Plejecenter Lærkehøj").missing()) == 5  # a customer site by default


def test_cleaning_strips_texts_and_drops_the_agreement_of_the_own_premises():
    own = Site(" Butikken ", kind=SiteKind.OWN, agreement=SiteAgreement(toilet="x"), id=3)
    assert cleaned_site(own) == Site("Butikken", kind=SiteKind.OWN, id=3)
    customer = Site("Skolen", customer=" Aarhus Kommune ", agreement=SiteAgreement(toilet=" Ved kantinen "))
    cleaned = cleaned_site(customer)
    assert (cleaned.customer, cleaned.agreement.toilet) == ("Aarhus Kommune", "Ved kantinen")


def test_a_site_needs_a_name():
    with pytest.raises(ValueError):
        cleaned_site(Site("   "))
