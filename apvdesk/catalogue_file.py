"""The action catalogue shipped with apvdesk, read from resources/ and checked against the bank."""

from __future__ import annotations

from functools import cache

from apvdesk.banks import shipped_bank
from apvdesk.core.catalogue import ActionCatalogue, load_catalogue_file
from apvdesk.paths import resource

SHIPPED_CATALOGUE_FILE = "catalogue.toml"


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
