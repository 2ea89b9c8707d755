"""A group's names in the other questionnaire languages (mixed into WorkplaceStore).

Kept apart from the group itself so that saving a group's name and headcount never
touches them (see :mod:`apvdesk.core.group_names`).
"""

from __future__ import annotations

from collections.abc import Mapping
from contextlib import AbstractContextManager
from typing import TYPE_CHECKING

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from apvdesk.core.group_names import cleaned_names
from apvdesk.core.languages import QUESTIONNAIRE_LANGUAGES
from apvdesk.store.content_rules import refuse_invalid
from apvdesk.store.models import GroupNameRow, GroupRow


class GroupNameMethods:
    """Read and save the groups' names per questionnaire language."""

    if TYPE_CHECKING:  # provided by WorkplaceStore

        def _unit(self) -> AbstractContextManager[Session]: ...

    def group_names(self) -> dict[int, dict[str, str]]:
        """Return group id -> language -> name, for the groups that have names in other languages."""
        with self._unit() as s:
            found: dict[int, dict[str, str]] = {}
            for row in s.scalars(select(GroupNameRow).order_by(GroupNameRow.group_id, GroupNameRow.language)):
                found.setdefault(row.group_id, {})[row.language] = row.name
            return found

    def set_group_names(self, group_id: int, names: Mapping[str, str]) -> None:
        """Replace a group's names in other languages (blank ones are dropped; Danish is its own name)."""
        kept = cleaned_names(names, QUESTIONNAIRE_LANGUAGES)
        for lang, name in kept.items():
            refuse_invalid("group_name", {"group_id": group_id, "language": lang, "name": name})
        with self._unit() as s:
            s.get_one(GroupRow, group_id)  # NoResultFound for an unknown group
            s.execute(delete(GroupNameRow).where(GroupNameRow.group_id == group_id))
            s.add_all(
                GroupNameRow(group_id=group_id, language=lang, name=name) for lang, name in kept.items()
            )
