"""Small reusable widgets."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from apvdesk.ui.date_field import DateField


class OptionalDateEdit(DateField):
    """A date that may be left unset: an empty field with a × to clear it (see DateField)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(None, parent, optional=True)
