"""What apvdesk ships in resources/: the question bank, the action catalogue, the meeting agenda.

Each is read once, validated, and cached; the catalogue is checked against the bank.
"""

from __future__ import annotations

from functools import cache

from apvdesk.core.agenda_texts import load_agenda_texts
from apvdesk.core.bank import QuestionBank, load_bank_file
from apvdesk.core.catalogue import ActionCatalogue, load_catalogue_file
from apvdesk.core.dialogue import PointTemplate, load_agenda_templates
from apvdesk.core.questionnaire_length import default_forms
from apvdesk.platform.paths import resource

SHIPPED_BANK_FILE = "psychosocial.toml"
SHIPPED_CATALOGUE_FILE = "catalogue.toml"


@cache
def shipped_bank() -> QuestionBank:
    """Return the current shipped question bank (validated; raises BankError if broken)."""
    return load_bank_file(resource("questionnaires", SHIPPED_BANK_FILE))


def default_round_bank() -> QuestionBank:
    """Return the shipped bank as a new round asks it: each theme in its default form.

    The bank says the form (``default_form``: full or short); the owner can change it
    per round before anyone answers.
    """
    bank = shipped_bank()
    return bank.with_forms(default_forms(bank))


@cache
def agenda_templates() -> tuple[PointTemplate, ...]:
    """Return the dialogue-meeting points apvdesk proposes (validated; raises BankError if broken)."""
    return tuple(load_agenda_templates(resource("dialogue", "agenda.toml")))


@cache
def agenda_texts() -> dict[str, dict[str, str]]:
    """Return the agenda's own texts in Polish, Romanian and Ukrainian, under their English text."""
    return load_agenda_texts(resource("dialogue", "agenda.toml"))


@cache
def shipped_catalogue() -> ActionCatalogue:
    """Return the shipped action catalogue (validated; raises CatalogueError if broken).

    Every theme and scale an entry names must be one of the shipped question bank's.
    """
    bank = shipped_bank()
    return load_catalogue_file(
        resource("actions", SHIPPED_CATALOGUE_FILE),
        known_themes={theme.id for theme in bank.themes},
        known_scales={scale.id for scale in bank.scales},
    )
