"""One translated sentence for each refusal of a collection file (context ``CollectionMessages``).

:func:`apvdesk.app.file_messages.describe` hands collection errors here; the GUI shows the
sentence in a message box and the command line prints it as one line on stderr.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from apvdesk.store.collection.errors import (
    CollectionFileError,
    CollectionOfAnotherRound,
    CollectionRoundClosed,
    InvalidCollectedSheet,
    NewerCollectionFile,
)
from apvdesk.wording.i18n import fill


class CollectionMessages:
    """The texts, collected by lupdate under the context of this class's name."""

    def tr(self, text: str) -> str:
        return QCoreApplication.translate("CollectionMessages", text)

    def merged(self, added: int, already: int, path: object, title: str) -> str:
        """Return the sentence that says how a merge went (added, added before, or nothing in it)."""
        if added == 0 and already == 0:
            return fill(self.tr("%1 holds no answers yet, so nothing was added."), path)
        if added == 0:
            return fill(self.tr("The answers in %1 were added before; nothing was added again."), path)
        if already:
            return fill(
                self.tr(
                    "Added %1 new answer sheets from %2 to the round “%3”. The %4 answer sheets in it "
                    "that were added before were not added again."
                ),
                added,
                path,
                title,
                already,
            )
        return fill(self.tr("Added %1 answer sheets from %2 to the round “%3”."), added, path, title)

    def describe(self, error: CollectionFileError) -> str:
        """Return one sentence naming the collection file, what is wrong and what to do."""
        if isinstance(error, CollectionOfAnotherRound):
            return fill(
                self.tr(
                    "%1 was collected for another workplace file or another round, so its answers "
                    "cannot be added here. Open the workplace file it was made from; nothing was changed."
                ),
                error.path,
            )
        if isinstance(error, CollectionRoundClosed):
            return fill(
                self.tr(
                    "The individual answers of the round of %1 have been deleted, so the round takes "
                    "no new answers; nothing was changed."
                ),
                error.path,
            )
        if isinstance(error, InvalidCollectedSheet):
            return fill(
                self.tr(
                    "%1 holds an answer sheet that does not fit the round (a group or a question it "
                    "does not have), so no answers were added; nothing was changed."
                ),
                error.path,
            )
        if isinstance(error, NewerCollectionFile):
            return fill(
                self.tr(
                    "%1 was written by a newer version of apvdesk. Install the newest apvdesk to "
                    "merge it; the file has not been changed."
                ),
                error.path,
            )
        return fill(
            self.tr("%1 is not an apvdesk collection file, or it is damaged; the file has not been changed."),
            error.path,
        )
