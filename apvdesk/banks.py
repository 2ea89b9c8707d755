"""The question bank and the dialogue agenda shipped with apvdesk, read from resources/."""

from __future__ import annotations

from functools import cache

from apvdesk.core.bank import QuestionBank, load_bank_file
from apvdesk.core.dialogue import PointTemplate, load_agenda_templates
from apvdesk.paths import resource

SHIPPED_BANK_FILE = "psychosocial.toml"


@cache
def shipped_bank() -> QuestionBank:
    """Return the current shipped question bank (validated; raises BankError if broken)."""
    return load_bank_file(resource("questionnaires", SHIPPED_BANK_FILE))


# A new round asks these themes unless the user chooses others: social support, and the
# demands and influence that the demand-control-support model reads it with.
DEFAULT_THEMES = ("social_support", "demands", "influence")


def default_round_bank() -> QuestionBank:
    """Return the shipped bank narrowed to the themes a new round asks by default."""
    return shipped_bank().with_themes(DEFAULT_THEMES)


@cache
def agenda_templates() -> tuple[PointTemplate, ...]:
    """Return the dialogue-meeting points apvdesk proposes (validated; raises BankError if broken)."""
    return tuple(load_agenda_templates(resource("dialogue", "agenda.toml")))
