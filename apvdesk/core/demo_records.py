"""The demo laundry's records beside the survey: who took part, the annual discussion, changes.

Fictional, in Danish like the rest of the demo; see :mod:`apvdesk.core.demo`.
"""

from __future__ import annotations

import datetime as dt

from apvdesk.core.records import AnnualDiscussion, Participation, WorkChange
from apvdesk.core.sites import Site, SiteAgreement, SiteKind

REST_OF_APV = (
    "Den fysiske, kemiske og ergonomiske del af APV'en og ulykkerne står i mappen "
    "»APV 2025 – fysisk« på kontoret og i BFA's APV-skema for vaskerier."
)
APV_ACCESS = (
    "En kopi hænger i frokoststuen; hele APV'en ligger i mappen på kontoret. "
    "Spørg Karin Holm eller Tomasz Wiśniewski for at låne den."
)


def demo_participation() -> Participation:
    """Return who took part in each step of the demo's round."""
    return Participation(
        mapping="Alle ansatte (spørgeskema i frokoststuen); dialogmøde for chaufførerne 10. september",
        assessment="Arbejdsmiljøudvalget: Karin Holm, Tomasz Wiśniewski og gruppernes repræsentanter",
        plan="Arbejdsmiljøudvalget, og alle ansatte på personalemødet 1. oktober",
        follow_up="Arbejdsmiljøgrupperne ved hvert kvartals møde",
    )


def demo_annual_discussion() -> AnnualDiscussion:
    """Return the demo's last annual work-environment discussion."""
    return AnnualDiscussion(
        held_on=dt.date(2026, 3, 10),
        participants="Karin Holm (leder), Tomasz Wiśniewski (arbejdsmiljørepræsentant), "
        "arbejdsmiljøgruppernes medlemmer",
        last_year="Målet om færre tunge løft blev nået med de nye vogne. Møderne blev holdt som aftalt.",
        plan="Ny APV om det psykiske arbejdsmiljø i efteråret, med vægt på social støtte.",
        organisation="Arbejdsmiljøudvalget mødes hvert kvartal; grupperne en gang om måneden.",
        goals="Alle grupper kender APV'ens handlingsplan; chaufførerne ved, hvem de ringer til.",
        competence="Tomasz tager den supplerende uddannelse om psykisk arbejdsmiljø i maj.",
    )


def demo_work_changes() -> list[WorkChange]:
    """Return the demo's log of changes in the work."""
    return [
        WorkChange(
            dt.date(2026, 2, 2),
            "Ny tunnelvaskemaskine i Vask og tørring",
            needs_partial_apv=True,
            partial_apv_on=dt.date(2026, 1, 20),
        ),
        WorkChange(dt.date(2026, 10, 5), "Ny kunde: plejecenter med daglig kørsel", needs_partial_apv=False),
    ]


def demo_sites() -> list[Site]:
    """Return the demo's customer site: the nursing home whose linen room the laundry runs.

    The linen room's group belongs to it (its answers were collected there on a laptop). The
    drivers, who fetch and bring the linen daily, serve many customers, so the laundry as a
    whole stays their site; the agreement covers their work in the linen room too.
    """
    agreement = SiteAgreement(
        coordinator="Servicechef Lone Dahl, Plejecenter Lærkehøj, tlf. 87 65 43 21; hos os Karin Holm.",
        known_risks=(
            "Tunge linnedvogne på rampen til kælderen; beboere med demens kan blive urolige, "
            "når der køres vogne på gangene."
        ),
        after_episode="Ring til Karin Holm (tlf. 86 12 34 56) og til plejecentrets vagthavende leder.",
        break_room="Personalestuen i kælderen, også til frokost.",
        toilet="Personaletoilettet ved linnedrummet.",
        notes="Aftalen gennemgås med plejecentret hvert år i januar.",
    )
    return [
        Site(
            name="Plejecenter Lærkehøj",
            kind=SiteKind.CUSTOMER,
            address="Lærkehøjvej 4, 8210 Aarhus V",
            customer="Aarhus Kommune, Plejecenter Lærkehøj",
            contact="Lone Dahl, servicechef",
            agreement=agreement,
        )
    ]
