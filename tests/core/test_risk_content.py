"""Catalogue actions and dialogue points for the risks BEK 1406/2020 names (issue 15, section 2).

Violence and threats (also outside working hours), offensive acts (also from customers),
lone work and unclear or conflicting demands each have measures in the action catalogue
and a point for the dialogue meeting. These tests need the question bank that holds the
scales ``violence_threats``, ``offensive_acts``, ``lone_work`` (theme
``violence_harassment``) and ``demands_conflicting`` (theme ``demands``).
"""

from __future__ import annotations

import re

import pytest

from apvdesk.app.resources import agenda_templates, shipped_bank, shipped_catalogue
from apvdesk.core.catalogue import TEXT_FIELDS
from apvdesk.core.dialogue import propose_agenda

# The measures each new scale must be offered first (in this order) in the action dialog.
FIRST_OFFERED = {
    "violence_threats": ["violence_harassment_policy", "lone_work_check_in", "follow_up_after_violence"],
    "offensive_acts": ["violence_harassment_policy", "harassment_contact_person", "follow_up_after_violence"],
    "lone_work": ["lone_work_contact", "lone_work_check_in", "follow_up_after_violence"],
    "demands_conflicting": ["customer_site_agreement", "priorities_when_demands_conflict"],
}
NEW_SCALE_THEMES = {
    "violence_threats": "violence_harassment",
    "offensive_acts": "violence_harassment",
    "lone_work": "violence_harassment",
    "demands_conflicting": "demands",
}
# Every rule a catalogue text names, exactly as it is named.
KNOWN_RULES = {"BEK 1838/2023 §§ 8–9", "BEK 1406/2020"}


def all_texts() -> list[tuple[str, str, str]]:
    """Return (where, lang, text) for every text of the catalogue and the agenda."""
    found = []
    for entry in shipped_catalogue().entries:
        for name in TEXT_FIELDS:
            for lang, text in getattr(entry, name).items():
                found.append((f"{entry.id}.{name}", lang, text))
    for template in agenda_templates():
        for name in ("title", "question"):
            for lang, text in getattr(template, name).items():
                found.append((f"{template.id}.{name}", lang, text))
    return found


@pytest.mark.parametrize("scale_id", sorted(FIRST_OFFERED))
def test_a_problem_on_a_new_risk_scale_is_offered_its_measures_first(scale_id: str):
    bank = shipped_bank()
    assert bank.theme_of(scale_id).id == NEW_SCALE_THEMES[scale_id]
    offered = [entry.id for entry in shipped_catalogue().for_scale(bank, scale_id)]
    expected = FIRST_OFFERED[scale_id]
    assert offered[: len(expected)] == expected


def test_the_violence_theme_has_the_measures_the_issue_asks_for():
    catalogue = shipped_catalogue()
    theme_ids = {entry.id for entry in catalogue.for_theme("violence_harassment")}
    assert {
        "violence_harassment_policy",  # a policy with a reporting route
        "report_and_record_episodes",
        "lone_work_check_in",
        "lone_work_contact",
        "customer_site_agreement",  # who decides at a customer's site
        "follow_up_after_violence",  # debriefing after an episode
        "threat_handling_training",
        "harassment_contact_person",  # someone other than the direct manager
    } <= theme_ids
    policy = catalogue.entry("violence_harassment_policy")
    assert "uden for arbejdstiden" in policy.what["da"] and "outside working hours" in policy.what["en"]
    assert "kunder" in policy.what["da"] and "customers" in policy.what["en"]
    debrief = catalogue.entry("follow_up_after_violence")
    assert "samme dag" in debrief.how["da"] and "the same day" in debrief.how["en"]
    assert "psykolog" in debrief.how["da"] and "psychologist" in debrief.how["en"]
    contact = catalogue.entry("harassment_contact_person")
    assert "ikke er nærmeste leder" in contact.how["da"]
    assert "not the direct manager" in contact.how["en"]


def test_every_rule_the_catalogue_names_is_named_exactly():
    for where, lang, text in all_texts():
        for match in re.finditer(r"BEK[^;,)]*", text):
            assert match.group(0).strip() in KNOWN_RULES, (where, lang, match.group(0))
    site = shipped_catalogue().entry("customer_site_agreement")
    assert "(BEK 1838/2023 §§ 8–9)" in site.helps["da"] and "(BEK 1838/2023 §§ 8–9)" in site.helps["en"]
    assert "cooperate on safety and health" in site.helps["en"]


def test_english_says_direct_manager_never_nearest_manager():
    for where, lang, text in all_texts():
        if lang == "en":
            assert "nearest manager" not in text.casefold(), where


def test_each_new_risk_scale_has_a_dialogue_point_in_its_theme():
    bank = shipped_bank()
    by_scale = {t.scale_id: t for t in agenda_templates()}
    for scale_id, theme_id in NEW_SCALE_THEMES.items():
        template = by_scale[scale_id]
        assert template.theme_id == theme_id == bank.theme_of(scale_id).id
        assert 5 <= template.minutes <= 15


def test_the_sensitive_points_say_nobody_has_to_tell_and_how_else_to_report():
    sensitive = [t for t in agenda_templates() if t.theme_id == "violence_harassment"]
    assert {t.scale_id for t in sensitive} == {"violence_threats", "offensive_acts", "lone_work"}
    for template in sensitive:
        assert "Ingen skal fortælle om egne oplevelser her" in template.question["da"], template.id
        assert "Nobody has to talk about their own experiences here" in template.question["en"], template.id
        assert "bagefter" in template.question["da"] and "afterwards" in template.question["en"]
    offensive = next(t for t in sensitive if t.scale_id == "offensive_acts")
    assert "kunde" in offensive.question["da"] and "customer" in offensive.question["en"]
    assert "also if it is about the manager" in offensive.question["en"]
    violence = next(t for t in sensitive if t.scale_id == "violence_threats")
    assert "uden for arbejdstiden" in violence.question["da"]
    assert "outside working hours" in violence.question["en"]


def test_a_round_asking_the_violence_theme_gets_its_points_in_order():
    bank = shipped_bank().with_themes(("demands", "violence_harassment"))
    risks = ("violence_threats", "offensive_acts", "lone_work")
    english = propose_agenda(agenda_templates(), bank, "en")
    assert [p.title for p in english if p.scale_id in risks] == [
        "Violence and threats",
        "Bullying and harassment",
        "Alone at a customer's or on the road",
    ]
    assert "Unclear or conflicting demands" in [p.title for p in english]
    danish = propose_agenda(agenda_templates(), bank, "da")
    assert [p.title for p in danish if p.scale_id in risks] == [
        "Vold og trusler",
        "Mobning og krænkelser",
        "Alene hos kunden og på ruten",
    ]
