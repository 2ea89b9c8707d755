"""What the command-line subcommands share: their texts, user errors, the file, outputs and rounds.

This is the one module of the command line that reaches into the SQLite room
(:mod:`apvdesk.store.sqlite`): the subcommands open and check a workplace file through
:func:`inspect_workplace`, :func:`open_read_only` and :func:`open_to_write`.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtCore import QCoreApplication

    from apvdesk.core.sites import Site
    from apvdesk.io.answers_import import ImportResult
    from apvdesk.store.content_fault import ContentFault
    from apvdesk.store.lock_owner import LockOwner
    from apvdesk.store.service import WorkplaceService

EXIT_OK, EXIT_UNSOUND, EXIT_USER_ERROR = 0, 1, 2
_SIZE = re.compile(r"\s*(\d+)\s*[xX×]\s*(\d+)\s*")

_app: list[QCoreApplication] = []  # keeps the command line's QCoreApplication alive


class CommandError(Exception):
    """A user error found by the command line, put into words when it is shown.

    Holds a :class:`CommandLineTexts` method and its values, so the sentence comes out
    in the language installed at the time it is printed.
    """

    def __init__(self, message: Callable[..., str], *values: object) -> None:
        super().__init__(*values)
        self._message = message
        self._values = values

    def __str__(self) -> str:
        return self._message(*self._values)


class CommandLineTexts:
    """The command line's own sentences, collected by lupdate under this class's name."""

    def tr(self, text: str) -> str:
        from PySide6.QtCore import QCoreApplication

        return QCoreApplication.translate("CommandLineTexts", text)

    def fill(self, text: str, *values: object) -> str:
        from apvdesk.wording.i18n import fill

        return fill(text, *values)

    def already_exists(self, path: Path) -> str:
        return self.fill(
            self.tr("%1 already exists. Add --force to replace it, or choose another name."), path
        )

    def negative_respondents(self, value: int) -> str:
        return self.fill(self.tr("--respondents must be 0 or more, not %1."), value)

    def bad_size(self, text: str) -> str:
        return self.fill(
            self.tr("--size must be WIDTHxHEIGHT in pixels, for example 1280x800, not %1."), text
        )

    def output_is_source(self, path: Path) -> str:
        return self.fill(
            self.tr("The output %1 is the workplace file itself. Choose another name for the output."),
            path,
        )

    def unknown_round(self, path: Path, round_id: int, known: list[int]) -> str:
        return self.fill(
            self.tr("%1 has no round with ID %2. Its rounds have the IDs %3."),
            path,
            round_id,
            ", ".join(str(i) for i in known),
        )

    def demo_written(self, path: Path, respondents: int) -> str:
        return self.fill(
            self.tr("The demo workplace was saved as %1 with %2 respondents."), path, respondents
        )

    def demo_kiosk_pin(self, pin: str) -> str:
        return self.fill(
            self.tr(
                "Its kiosk PIN is %1. To try the kiosk, open the file, go to Mapping and choose "
                "Start kiosk mode… (the demo's collection has ended: apvdesk asks to reopen it "
                "first). The PIN leaves the kiosk again."
            ),
            pin,
        )

    def revision(self, revision: str, current: bool) -> str:
        if current:
            return self.fill(self.tr("Schema revision: %1 (current)"), revision)
        return self.fill(
            self.tr(
                "Schema revision: %1 (older; apvdesk upgrades the file, after a backup, when it opens it)"
            ),
            revision,
        )

    def integrity_ok(self) -> str:
        return self.fill(self.tr("Integrity check: %1"), "ok")

    def integrity_failed(self) -> str:
        return self.tr("Integrity check failed. SQLite reports:")

    def damaged(self, path: Path) -> str:
        return self.fill(self.tr("%1 is damaged. Use a backup copy; the file has not been changed."), path)

    def screenshot_written(self, path: Path) -> str:
        return self.fill(self.tr("The screenshot was saved as %1."), path)

    def no_round_yet(self, path: Path) -> str:
        return self.fill(
            self.tr("%1 has no APV round yet. Open it in apvdesk and start a round first."), path
        )

    def bank_lacks_language(self, lang: str, known: tuple[str, ...]) -> str:
        return self.fill(
            self.tr("The questionnaire of this round has no language %1. Choose one of: %2."),
            lang,
            ", ".join(known),
        )

    def bad_template_name(self, path: Path) -> str:
        return self.fill(self.tr("%1 must end in .csv or .xlsx, so apvdesk knows which kind to write."), path)

    def template_written(self, path: Path, questions: int) -> str:
        return self.fill(self.tr("An empty import file with %2 questions was saved as %1."), path, questions)

    def imported(self, count: int, path: Path, title: str) -> str:
        return self.fill(self.tr("Added %1 respondents from %2 to the round “%3”."), count, path, title)

    def nothing_imported(self, path: Path, problems: int) -> str:
        return self.fill(self.tr("Nothing was imported from %1, because of %2 problems:"), path, problems)

    def nothing_imported_because(self, problem: str) -> str:
        return self.fill(self.tr("%1 Nothing was imported."), problem)


TEXTS = CommandLineTexts()


def use_language(lang: str | None = None) -> None:
    """Install ``lang`` (default: the saved UI language) for the command line's messages.

    Creates a QCoreApplication when there is no application yet. Falls back to English
    when the catalogue for ``lang`` has not been built.
    """
    from PySide6.QtCore import QCoreApplication

    from apvdesk.wording import i18n

    if QCoreApplication.instance() is None:
        _app.append(QCoreApplication(["apvdesk"]))
    if lang is None:
        lang = saved_language()
    try:
        i18n.install(lang)
    except FileNotFoundError:
        i18n.install(i18n.SOURCE_LANGUAGE)


def saved_language() -> str:
    """Return the UI language saved in the settings (Danish unless changed)."""
    from apvdesk.platform.settings import Settings

    return Settings().language


def check_output(out: Path, source: Path | None = None, *, may_replace_workplace: bool = False) -> None:
    """Refuse an output path that cannot be written, before any work is done.

    Raises CannotWrite (missing folder, a folder in the way, no permission), CommandError
    when ``out`` is the workplace file ``source`` itself, and OutputOverWorkplaceFile
    when ``out`` holds a workplace file (known by its content, not its name), its lock
    file or its journal. ``may_replace_workplace`` lets a workplace file (not its lock
    or journal) be replaced: ``demo --force``, which also takes the file's lock first.
    """
    from apvdesk.platform.os_errors import ErrorKind
    from apvdesk.platform.own_files import apvdesk_file_kind
    from apvdesk.platform.writable import may_write
    from apvdesk.store.errors import CannotWrite, OutputOverWorkplaceFile

    folder = out.parent
    if out.is_dir():
        raise CannotWrite(out, "is a folder")
    if not folder.is_dir():
        raise CannotWrite(out, f"the folder {folder} does not exist")
    if not may_write(out):  # tried: os.access ignores Windows' access lists
        raise CannotWrite(out, "permission denied", ErrorKind.NO_PERMISSION)
    if source is not None and out.exists() and source.exists() and out.samefile(source):
        raise CommandError(TEXTS.output_is_source, out)
    kind = apvdesk_file_kind(out)
    if kind is not None and not (may_replace_workplace and kind == "workplace"):
        raise OutputOverWorkplaceFile(out, kind)


def write_output(out: Path, write: Callable[[], object]) -> None:
    """Call ``write()``; an OSError about a file in ``out``'s folder becomes CannotWrite."""
    from apvdesk.platform.file_errors import cannot_write

    try:
        write()
    except OSError as exc:
        name = exc.filename
        if name is None or Path(name).resolve().parent != out.resolve().parent:
            raise
        raise cannot_write(out, exc) from exc  # its kind told by the error's number


def choose_round(
    store: WorkplaceService, source: Path, requested: int | None, no_round: Callable[..., str] | None = None
) -> int:
    """Return the requested round's id, or the latest round's; CommandError when there is none.

    ``no_round`` is the message for a file without rounds (default: TEXTS.no_round_yet).
    """
    round_ids = [r.id for r in store.rounds() if r.id is not None]
    if not round_ids:
        raise CommandError(no_round or TEXTS.no_round_yet, source)
    if requested is None:
        return round_ids[-1]
    # A follow-up round is chosen only by its id; the default is the latest APV round.
    round_ids = [r.id for r in store.rounds(include_follow_ups=True) if r.id is not None]
    round_id = requested
    if round_id not in round_ids:
        raise CommandError(TEXTS.unknown_round, source, round_id, round_ids)
    return round_id


def parse_size(text: str) -> tuple[int, int]:
    """Return ``(width, height)`` from ``"WxH"``; raise CommandError when it is not that."""
    match = _SIZE.fullmatch(text)
    if match is None or int(match[1]) <= 0 or int(match[2]) <= 0:
        raise CommandError(TEXTS.bad_size, text)
    return int(match[1]), int(match[2])


def message_language(lang: str | None) -> str | None:
    """Return ``lang`` when apvdesk's own texts exist in it, else None (the saved language)."""
    from apvdesk.wording.i18n import LANGUAGES

    return lang if lang in LANGUAGES else None


# --- the workplace file ------------------------------------------------------------------


def inspect_workplace(path: Path, *, check_content: bool = True) -> str:
    """Check that ``path`` is a workplace file apvdesk can use, changing nothing; return its schema revision.

    Raises the WorkplaceFileError that describes what is wrong (a missing or foreign
    file, a newer apvdesk's file, damaged content...).
    """
    from apvdesk.store.sqlite.files import inspect_file

    return inspect_file(path, check_content=check_content)


def open_read_only(path: Path) -> WorkplaceService:
    """Open the workplace file at ``path`` for reading only (it is left byte for byte as it was)."""
    from apvdesk.store.sqlite.files import open_workplace_read_only

    return open_workplace_read_only(path)


def open_to_write(path: Path) -> WorkplaceService:
    """Open the workplace file at ``path`` for changing it, taking its lock.

    A lock left by a crash of apvdesk on this PC is taken over, with one line on stderr;
    a file in a synced folder (OneDrive) is said to be one, with one line on stderr too.
    """
    from apvdesk.app.lock_notice import takeover_notice
    from apvdesk.store.sqlite.files import open_workplace

    def taken_over(owner: LockOwner) -> None:
        print(f"apvdesk: {takeover_notice(path, owner)}", file=sys.stderr)

    store = open_workplace(path, on_takeover=taken_over)
    say_if_synced(path)
    return store


def say_if_synced(path: Path) -> None:
    """Print one line on stderr when ``path`` is in a folder that OneDrive (or the like) keeps in step."""
    from apvdesk.platform.synced_folders import sync_service

    service = sync_service(path)
    if service is not None:
        from apvdesk.app.sync_notice import SyncNoticeTexts

        print(f"apvdesk: {SyncNoticeTexts().line(path, service)}", file=sys.stderr)


def integrity_problems(path: Path) -> list[str]:
    """Return SQLite's integrity check of the file at ``path``: ``["ok"]`` when sound."""
    from apvdesk.store.sqlite.files import integrity_check

    return integrity_check(path)


def content_faults(path: Path) -> tuple[list[ContentFault], bool]:
    """Return the values in the file that apvdesk cannot use (the first ones), and whether there are more."""
    from apvdesk.store.sqlite.files import content_faults as faults_in

    return faults_in(path)


def report_refused_import(data: Path, result: ImportResult) -> int:
    """Print why nothing of ``data`` was imported (one line, or a line per problem); return the status."""
    from apvdesk.io.import_messages import ImportMessages

    lines = ImportMessages().lines(result)
    if len(lines) == 1:
        print(f"apvdesk: {TEXTS.nothing_imported_because(lines[0])}", file=sys.stderr)
    else:
        print(f"apvdesk: {TEXTS.nothing_imported(data, result.problem_count)}", file=sys.stderr)
        for line in lines:
            print(f"  {line}", file=sys.stderr)
    return EXIT_USER_ERROR


class SiteCommandTexts:
    """The sentence about a site the file does not have, collected by lupdate under this class's name."""

    def tr(self, text: str) -> str:
        from PySide6.QtCore import QCoreApplication

        return QCoreApplication.translate("SiteCommandTexts", text)

    def unknown_site(self, path: Path, name: str, known: list[str]) -> str:
        from apvdesk.wording.i18n import fill

        if not known:
            return fill(self.tr("%1 has no sites, so there is no site called “%2”."), path, name)
        return fill(self.tr("%1 has no site called “%2”. Its sites: %3."), path, name, ", ".join(known))


def choose_site(store: WorkplaceService, source: Path, name: str | None) -> Site | None:
    """Return the site ``--site`` names (case and spaces aside; None without it).

    CommandError, naming the file's sites, for a name it does not have.
    """
    if name is None:
        return None
    from apvdesk.core.site_plan import site_named

    sites = store.sites()
    site = site_named(sites, name)
    if site is None:
        raise CommandError(SiteCommandTexts().unknown_site, source, name, [s.name for s in sites])
    return site
