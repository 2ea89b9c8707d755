"""One name per language wherever the owner chooses or reads one: in the program's language.

The owner's screens name a language in the language the program speaks ("Polsk" in
Danish, "Polish" in English), the same in every chooser, table and list. Only the
kiosk's first screen, where employees pick their own language, names each language in
itself (the question bank's ``language_names``), as the program's language menu does.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from apvdesk.wording.poster_text_words import language_name


def chosen_name(lang: str, fallback: Mapping[str, str] | None = None) -> str:
    """Return a language's name as the owner sees it in a list: "Polsk" (Danish), "Polish" (English).

    A language the program has no name for takes its name from ``fallback`` (e.g. a bank's
    ``language_names``), else its code.
    """
    name = language_name(lang)
    if name == lang:
        name = (fallback or {}).get(lang, lang)
    return name[:1].upper() + name[1:]


def language_choices(
    codes: Iterable[str], fallback: Mapping[str, str] | None = None
) -> list[tuple[str, str]]:
    """Return (code, name) pairs for a language chooser, names as :func:`chosen_name` gives them."""
    return [(code, chosen_name(code, fallback)) for code in codes]
