"""What a printable report declares: its key, needs and options, its gathering and building, its words.

The reports themselves are declared in :mod:`apvdesk.app.report_registry`. The texts
shown in the window and on the command line are translated when they are shown
(:class:`Wording`), so that a report can be declared before a language is installed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import Enum
from typing import TYPE_CHECKING, Generic, TypeVar

if TYPE_CHECKING:
    from apvdesk.store.service import WorkplaceService

Data = TypeVar("Data")
ShouldStop = Callable[[], bool] | None


@dataclass(frozen=True)
class Wording:
    """A text for the user, translated when it is shown: its translation context and English source."""

    context: str
    source: str

    def text(self, *values: object) -> str:
        """Return the text in the installed language, with ``%1``, ``%2``... filled from ``values``."""
        from PySide6.QtCore import QCoreApplication

        from apvdesk.wording.i18n import fill

        return fill(QCoreApplication.translate(self.context, self.source), *values)


class Needs(Enum):
    """What a report is printed from."""

    ROUND = "a round"
    RELEASED_ROUND = "a round whose results are released"
    MEETING = "a dialogue meeting"


class Option(Enum):
    """A choice the command line offers for a report (the page offers the same where it applies)."""

    LANG = "--lang"  # one of the program's languages
    FORM_LANG = "--lang LANG"  # one of the languages of the round's questionnaire
    ANY_LANG = "--lang (da, en, pl, ro, uk)"  # any questionnaire language, whatever the round offers
    SECOND_LANG = "--second-lang"  # a second language for the report's own texts
    MEETING = "--meeting"
    ROUND = "--round"
    SITE = "--site"  # the plan for one site (core.site_plan); the page offers it when there are sites


class Section(Enum):
    """Where a report's box stands on the Rapporter page."""

    PLAN = "the action plan and what is printed from it"
    ROUND = "the round's questionnaire and its report"
    MEETING = "a dialogue meeting's papers, under the meeting chooser"


@dataclass(frozen=True)
class ReportChoices:
    """What the user chose for one printing: the language(s), the round or meeting, the day."""

    lang: str
    round_id: int | None = None
    meeting_id: int | None = None
    second_lang: str | None = None
    today: dt.date = field(default_factory=dt.date.today)
    site_id: int | None = None  # a plan printed for one site; None: the whole workplace

    @property
    def round(self) -> int:
        """The chosen round's id (a report that needs a round is always given one)."""
        assert self.round_id is not None
        return self.round_id

    @property
    def meeting(self) -> int:
        """The chosen meeting's id (a report that needs a meeting is always given one)."""
        assert self.meeting_id is not None
        return self.meeting_id


@dataclass(frozen=True)
class OnPage:
    """How the Rapporter page shows a report: a box with a title, a summary and a save button.

    ``file_word`` names the saved file ("<workplace> - <file_word> (<lang>).pdf");
    ``not_yet`` is shown under the box while the round's results are not released (for a
    report that needs them); ``printable`` adds a Print… button.
    """

    section: Section
    title: Wording
    summary: Wording
    button: Wording
    file_word: Wording
    not_yet: Wording | None = None
    printable: bool = False


@dataclass(frozen=True)
class OnCommandLine:
    """How ``apvdesk report KEY`` presents a report: its help (English) and its sentences.

    ``written`` is printed when the PDF is saved (``%1`` the file); ``no_round`` replaces
    the common message for a file without rounds.
    """

    help: str
    description: str
    epilog: str
    written: Wording
    lang_help: str = "language of the report (default: the program's language)"
    no_round: Wording | None = None


@dataclass(frozen=True)
class PrintableReport(Generic[Data]):
    """One printable report: its key, what it needs, how its data is gathered and how it is built.

    ``gather(store, choices, should_stop)`` reads the report's data from an open
    workplace; ``build(data, choices, should_stop)`` lays it out and returns the PDF's
    bytes. ``should_stop`` (may be None) is asked by the work that can stop early; True
    stops it with an exception. ``on_printed(store, choices)`` records in a writable file
    what printing the report means (the paper questionnaire promises its threshold).
    ``caveats(data, choices)`` returns what the user should know before the report is made
    (translated lines: the poster's texts not written in its second language), if anything.
    """

    key: str
    needs: Needs
    options: tuple[Option, ...]
    gather: Callable[[WorkplaceService, ReportChoices, ShouldStop], Data]
    build: Callable[[Data, ReportChoices, ShouldStop], bytes]
    page: OnPage
    command_line: OnCommandLine
    on_printed: Callable[[WorkplaceService, ReportChoices], None] | None = None
    caveats: Callable[[Data, ReportChoices], list[str]] | None = None

    def pdf(self, store: WorkplaceService, choices: ReportChoices, should_stop: ShouldStop = None) -> bytes:
        """Gather the report's data from ``store``, build the PDF and return its bytes.

        Raises:
            Whatever ``gather`` and ``build`` raise: a cancelled build, a missing font...

        """
        data = self.gather(store, choices, should_stop)
        pdf = self.build(data, choices, should_stop)
        if self.on_printed is not None and not store.read_only:
            self.on_printed(store, choices)
        return pdf
