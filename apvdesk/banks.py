"""The question bank shipped with apvdesk, read from ``resources/questionnaires``."""

from __future__ import annotations

from functools import cache

from apvdesk.core.bank import QuestionBank, load_bank_file
from apvdesk.paths import resource

SHIPPED_BANK_FILE = "social_support.toml"


@cache
def shipped_bank() -> QuestionBank:
    """Return the current shipped question bank (validated; raises BankError if broken)."""
    return load_bank_file(resource("questionnaires", SHIPPED_BANK_FILE))
