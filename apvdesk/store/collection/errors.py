"""Refusals of a collection file; each becomes one translated sentence (apvdesk.app.collection_messages)."""

from __future__ import annotations

from apvdesk.platform.file_errors import WorkplaceFileError


class CollectionFileError(WorkplaceFileError):
    """A collection file cannot be used as asked; it and the workplace file are left untouched."""


class NotACollectionFile(CollectionFileError):
    """The file is not an apvdesk collection file, or is damaged."""


class NewerCollectionFile(CollectionFileError):
    """The collection file was written by a newer apvdesk."""


class CollectionOfAnotherRound(CollectionFileError):
    """The collection was made from another workplace file or another round."""


class InvalidCollectedSheet(CollectionFileError):
    """A sheet in the collection does not fit the round (unknown group, item or option)."""


class CollectionRoundClosed(CollectionFileError):
    """The round's individual answers were deleted: it takes no new answers from a collection."""
