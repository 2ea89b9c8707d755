"""The command line of the dialogue meeting: its agenda and its minutes as PDF files."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from apvdesk.cli.common import (
    EXIT_OK,
    CommandError,
    check_output,
    choose_round,
    saved_language,
    use_language,
    write_output,
)

if TYPE_CHECKING:
    from apvdesk.core.dialogue import DialogueMinutes
    from apvdesk.store.workplace_store import WorkplaceStore


class DialogueCommandTexts:
    """The dialogue commands' sentences, collected by lupdate under this class's name."""

    def tr(self, text: str) -> str:
        from PySide6.QtCore import QCoreApplication

        return QCoreApplication.translate("DialogueCommandTexts", text)

    def fill(self, text: str, *values: object) -> str:
        from apvdesk.wording.i18n import fill

        return fill(text, *values)

    def no_meeting(self, path: Path) -> str:
        return self.fill(
            self.tr("%1 has no dialogue meeting yet; hold one on the Mapping page."),
            path,
        )

    def no_meeting_in_round(self, path: Path, round_id: int) -> str:
        return self.fill(
            self.tr("%1 has no dialogue meeting in the round with ID %2 yet; hold one on the Mapping page."),
            path,
            round_id,
        )

    def unknown_meeting(self, path: Path, meeting_id: int, known: list[int]) -> str:
        return self.fill(
            self.tr("%1 has no dialogue meeting with ID %2. Its meetings have the IDs %3."),
            path,
            meeting_id,
            ", ".join(str(i) for i in known),
        )

    def agenda_written(self, path: Path) -> str:
        return self.fill(self.tr("Wrote the agenda of the dialogue meeting to %1."), path)

    def minutes_written(self, path: Path) -> str:
        return self.fill(self.tr("Wrote the minutes of the dialogue meeting to %1."), path)


TEXTS = DialogueCommandTexts()


def choose_meeting(
    store: WorkplaceStore, source: Path, requested_round: int | None, requested_meeting: int | None
) -> int:
    """Return the requested meeting's id, or the latest meeting of the round (the latest round).

    With ``--meeting`` alone, the meeting may be in any round; with ``--round`` as well, it
    must be in that round. Raises CommandError when there is no such meeting.
    """
    if requested_meeting is not None and requested_round is None:
        known = [m.id for r in store.rounds() if r.id is not None for m in store.meetings(r.id)]
    else:
        round_id = choose_round(store, source, requested_round)
        known = [m.id for m in store.meetings(round_id)]
        if not known and requested_round is not None:
            raise CommandError(TEXTS.no_meeting_in_round, source, round_id)
    ids = [i for i in known if i is not None]
    if not ids:
        raise CommandError(TEXTS.no_meeting, source)
    if requested_meeting is None:
        return ids[-1]
    if requested_meeting not in ids:
        raise CommandError(TEXTS.unknown_meeting, source, requested_meeting, ids)
    return requested_meeting


def _write_document(
    args: argparse.Namespace,
    write: Callable[[DialogueMinutes, Path, str], None],
    written: Callable[[Path], str],
) -> int:
    from apvdesk.store.sqlite.database import inspect_file

    source: Path = args.file
    out: Path = args.output
    lang: str = args.lang or saved_language()
    inspect_file(source)
    check_output(out, source)

    from apvdesk.store.workplace_store import WorkplaceStore

    store = WorkplaceStore.open_read_only(source)
    try:
        minutes = store.minutes(choose_meeting(store, source, args.round, args.meeting))
    finally:
        store.close()

    write_output(out, lambda: write(minutes, out, lang))
    use_language(lang)
    print(written(out))
    return EXIT_OK


def cmd_agenda(args: argparse.Namespace) -> int:
    """Write the agenda of a dialogue meeting (the latest unless ``--meeting``) as a PDF."""
    from apvdesk.reports.agenda import write_agenda_pdf

    return _write_document(args, write_agenda_pdf, TEXTS.agenda_written)


def cmd_minutes(args: argparse.Namespace) -> int:
    """Write the minutes of a dialogue meeting (the latest unless ``--meeting``) as a PDF."""
    from apvdesk.reports.minutes import write_minutes_pdf

    return _write_document(args, write_minutes_pdf, TEXTS.minutes_written)


def add_dialogue_reports(reports: argparse._SubParsersAction, languages: tuple[str, ...]) -> None:
    """Add ``report agenda`` and ``report minutes`` to the ``report`` command's subparsers."""
    for name, help_text, description, run in (
        (
            "agenda",
            "the agenda of a dialogue meeting",
            "Print the one-page agenda of a dialogue meeting, to hand out beforehand, as a PDF.",
            cmd_agenda,
        ),
        (
            "minutes",
            "the minutes of a dialogue meeting",
            "Print the minutes of a dialogue meeting (ratings, notes and decisions) as a PDF.",
            cmd_minutes,
        ),
    ):
        parser = reports.add_parser(
            name,
            help=help_text,
            description=description
            + " Default: the latest meeting of the latest round; --meeting or --round chooses another.",
        )
        parser.add_argument("file", type=Path, metavar="FILE", help="the workplace file")
        parser.add_argument(
            "-o", "--output", type=Path, required=True, metavar="OUT.pdf", help="the PDF to write"
        )
        parser.add_argument(
            "--lang", choices=languages, help="language of the document (default: the program's language)"
        )
        parser.add_argument("--meeting", type=int, metavar="ID", help="the meeting (default: the latest)")
        parser.add_argument("--round", type=int, metavar="ID", help="the round (default: the latest)")
        parser.set_defaults(run=run)
