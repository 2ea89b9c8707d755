"""A group's name in the respondent's language, and which names the owner has not given yet.

A group's own name (``Group.name``) is the workplace's, normally Danish. For the kiosk and
the paper form it may also have a name per questionnaire language; where one is missing
the own name is shown with a small note in the respondent's language, so the fallback is
visible. Names belong to groups, never to answer sheets: a respondent's language is only
counted per round (see "Disclosure control" in docs).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from apvdesk.core.languages import DEFAULT_LANGUAGE
from apvdesk.core.model import Group

GroupNames = Mapping[int, Mapping[str, str]]  # group id -> language -> name


@dataclass(frozen=True)
class ShownName:
    """A group's name as shown in one language; ``translated`` is False for the fallback."""

    text: str
    translated: bool


def shown_name(group: Group, names: GroupNames, lang: str) -> ShownName:
    """Return ``group``'s name in ``lang``, or its own name marked as not translated."""
    if lang == DEFAULT_LANGUAGE or group.id is None:
        return ShownName(group.name, True)
    given = names.get(group.id, {}).get(lang, "").strip()
    return ShownName(given, True) if given else ShownName(group.name, False)


def lacking_names(
    groups: Iterable[Group], names: GroupNames, languages: Iterable[str]
) -> dict[str, list[str]]:
    """Return, per language (Danish left out), the own names of the groups without a name in it.

    Languages where every group has a name are left out; an empty dict means nothing lacks.
    """
    groups = list(groups)
    lacking: dict[str, list[str]] = {}
    for lang in languages:
        if lang == DEFAULT_LANGUAGE:
            continue
        missing = [g.name for g in groups if not shown_name(g, names, lang).translated]
        if missing:
            lacking[lang] = missing
    return lacking


def cleaned_names(names: Mapping[str, str], languages: Iterable[str]) -> dict[str, str]:
    """Return ``names`` stripped, without blanks, Danish or languages not in ``languages``."""
    allowed = set(languages) - {DEFAULT_LANGUAGE}
    return {lang: name.strip() for lang, name in names.items() if lang in allowed and name.strip()}
