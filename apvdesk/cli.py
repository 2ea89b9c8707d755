"""The command line: start the GUI, or write a demo, check a file, print a report, import answers.

Thin by design: each subcommand parses its arguments and calls the same store, report
and UI functions the application uses. User errors (a missing or foreign file, a file
from a newer apvdesk, an output that cannot be written, a bad argument value) print one
translated line on stderr and exit with 2; anything else is a bug and keeps its traceback.
Heavy modules (Qt widgets, matplotlib, reportlab, Alembic) are imported only by the
subcommands that need them.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from apvdesk import __version__

if TYPE_CHECKING:
    from PySide6.QtCore import QCoreApplication

    from apvdesk.store.workplace_store import WorkplaceStore

COMMANDS = ("demo", "check", "report", "screenshot", "template", "import")
PAGES = (
    "overview",
    "preparation",
    "mapping",
    "assessment",
    "absence",
    "action-plan",
    "follow-up",
    "reports",
)
LANGUAGE_CHOICES = ("da", "en")
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
        from apvdesk.messages import fill

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

    def no_round(self, path: Path) -> str:
        return self.fill(
            self.tr(
                "%1 has no APV round yet, so there is no action plan to print. "
                "Open it in apvdesk and start a round first."
            ),
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
        return self.fill(self.tr("Wrote the demo workplace to %1 with %2 respondents."), path, respondents)

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

    def report_written(self, path: Path) -> str:
        return self.fill(self.tr("Wrote the action plan to %1."), path)

    def screenshot_written(self, path: Path) -> str:
        return self.fill(self.tr("Wrote the screenshot to %1."), path)

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
        return self.fill(self.tr("Wrote an empty import file with %2 questions to %1."), path, questions)

    def questionnaire_written(self, path: Path) -> str:
        return self.fill(self.tr("Wrote the questionnaire to %1."), path)

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

    from apvdesk import i18n

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
    from apvdesk.settings import Settings

    return Settings().language


def check_output(out: Path, source: Path | None = None) -> None:
    """Refuse an output path that cannot be written, before any work is done.

    Raises CannotWrite (missing folder, a folder in the way, no permission) or
    CommandError when ``out`` is the workplace file ``source`` itself.
    """
    from apvdesk.store.errors import CannotWrite

    folder = out.parent
    if out.is_dir():
        raise CannotWrite(out, "is a folder")
    if not folder.is_dir():
        raise CannotWrite(out, f"the folder {folder} does not exist")
    if not os.access(folder, os.W_OK) or (out.exists() and not os.access(out, os.W_OK)):
        raise CannotWrite(out, "permission denied")
    if source is not None and out.exists() and source.exists() and out.samefile(source):
        raise CommandError(TEXTS.output_is_source, out)


def write_output(out: Path, write: Callable[[], object]) -> None:
    """Call ``write()``; an OSError about a file in ``out``'s folder becomes CannotWrite."""
    from apvdesk.store.errors import CannotWrite

    try:
        write()
    except OSError as exc:
        name = exc.filename
        if name is None or Path(name).resolve().parent != out.resolve().parent:
            raise
        raise CannotWrite(out, exc.strerror or str(exc)) from exc


def choose_round(store: WorkplaceStore, source: Path, requested: int | None) -> int:
    """Return the requested round's id, or the latest round's; CommandError when there is none."""
    round_ids = [r.id for r in store.rounds() if r.id is not None]
    if not round_ids:
        raise CommandError(TEXTS.no_round_yet, source)
    round_id = round_ids[-1] if requested is None else requested
    if round_id not in round_ids:
        raise CommandError(TEXTS.unknown_round, source, round_id, round_ids)
    return round_id


def parse_size(text: str) -> tuple[int, int]:
    """Return ``(width, height)`` from ``"WxH"``; raise CommandError when it is not that."""
    match = _SIZE.fullmatch(text)
    if match is None or int(match[1]) <= 0 or int(match[2]) <= 0:
        raise CommandError(TEXTS.bad_size, text)
    return int(match[1]), int(match[2])


# --- subcommands -------------------------------------------------------------------


def cmd_demo(args: argparse.Namespace) -> int:
    """Write the demo workplace to ``args.file``."""
    path: Path = args.file
    if args.respondents < 0:
        raise CommandError(TEXTS.negative_respondents, args.respondents)
    if (path.exists() or path.is_symlink()) and not args.force:
        raise CommandError(TEXTS.already_exists, path)
    check_output(path)

    from apvdesk.banks import shipped_bank
    from apvdesk.core.demo import make_demo
    from apvdesk.store.workplace_store import WorkplaceStore

    bank = shipped_bank()
    demo = make_demo(bank, respondents=args.respondents, seed=args.seed, name=args.name)
    WorkplaceStore.create_demo(path, demo, bank).close()
    use_language()
    print(TEXTS.demo_written(path, len(demo.responses)))
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    """Print the file's schema revision and SQLite's integrity check; change nothing."""
    from apvdesk.store.database import inspect_file
    from apvdesk.store.migrate import SCHEMA_HEAD
    from apvdesk.store.sqlite_file import integrity_check

    path: Path = args.file
    revision = inspect_file(path)
    use_language()
    print(TEXTS.revision(revision, current=revision == SCHEMA_HEAD))
    result = integrity_check(path)
    if result == ["ok"]:
        print(TEXTS.integrity_ok())
        return EXIT_OK
    print(TEXTS.integrity_failed())
    for line in result:
        print(f"  {line}")
    print(TEXTS.damaged(path))
    return EXIT_UNSOUND


def cmd_report(args: argparse.Namespace) -> int:
    """Write the action plan of a round (the latest unless ``--round``) as a PDF."""
    from apvdesk.store.database import inspect_file

    source: Path = args.file
    out: Path = args.output
    lang: str = args.lang or saved_language()
    inspect_file(source)
    check_output(out, source)

    from apvdesk.store.workplace_store import WorkplaceStore

    store = WorkplaceStore.open_read_only(source)
    try:
        round_ids = [r.id for r in store.rounds() if r.id is not None]
        if not round_ids:
            raise CommandError(TEXTS.no_round, source)
        round_id = round_ids[-1] if args.round is None else args.round
        if round_id not in round_ids:
            raise CommandError(TEXTS.unknown_round, source, round_id, round_ids)
        plan = store.action_plan(round_id)
    finally:
        store.close()

    from apvdesk.reports.action_plan import write_action_plan_pdf

    write_output(out, lambda: write_action_plan_pdf(plan, out, lang=lang))
    use_language(lang)
    print(TEXTS.report_written(out))
    return EXIT_OK


def cmd_screenshot(args: argparse.Namespace) -> int:
    """Render one page of the main window, with a file open, into a PNG.

    No QCoreApplication is made before ``render_screenshot``, which needs its own
    QApplication.
    """
    from apvdesk.store.database import inspect_file

    source: Path = args.file
    out: Path = args.output
    size = parse_size(args.size)
    lang: str = args.lang or saved_language()
    inspect_file(source)
    check_output(out, source)

    if not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from apvdesk.ui.screenshot import render_screenshot

    write_output(out, lambda: render_screenshot(source, args.page, out, lang, size))
    use_language(lang)
    print(TEXTS.screenshot_written(out))
    return EXIT_OK


def cmd_questionnaire(args: argparse.Namespace) -> int:
    """Write the paper questionnaire of a round (the latest unless ``--round``) as a PDF."""
    from apvdesk.store.database import inspect_file

    source: Path = args.file
    out: Path = args.output
    lang: str = args.form_lang or saved_language()
    inspect_file(source)
    check_output(out, source)

    from apvdesk.store.workplace_store import WorkplaceStore

    store = WorkplaceStore.open_read_only(source)
    try:
        form = store.questionnaire_form(choose_round(store, source, args.round))
    finally:
        store.close()
    if lang not in form.bank.languages:
        raise CommandError(TEXTS.bank_lacks_language, lang, form.bank.languages)

    from apvdesk.reports.questionnaire import write_questionnaire_pdf

    write_output(out, lambda: write_questionnaire_pdf(form, out, lang))
    use_language(_message_language(lang))
    print(TEXTS.questionnaire_written(out))
    return EXIT_OK


def cmd_template(args: argparse.Namespace) -> int:
    """Write an empty import file (CSV or XLSX) for a round's questions and groups."""
    from apvdesk.store.database import inspect_file

    source: Path = args.file
    out: Path = args.output
    lang: str = args.legend_lang or saved_language()
    inspect_file(source)
    if out.suffix.lower() not in (".csv", ".xlsx"):
        raise CommandError(TEXTS.bad_template_name, out)
    check_output(out, source)

    from apvdesk.store.workplace_store import WorkplaceStore

    store = WorkplaceStore.open_read_only(source)
    try:
        round_id = choose_round(store, source, args.round)
        bank, groups = store.round_bank(round_id), store.round_groups(round_id)
    finally:
        store.close()
    if lang not in bank.languages:
        raise CommandError(TEXTS.bank_lacks_language, lang, bank.languages)

    from apvdesk.io.template import write_template

    write_output(out, lambda: write_template(out, bank, groups, lang))
    use_language()
    print(TEXTS.template_written(out, len(bank.items)))
    return EXIT_OK


def cmd_import(args: argparse.Namespace) -> int:
    """Check every row of a CSV or XLSX file, then add all its respondents, or none."""
    import datetime as dt

    from apvdesk.io.answers_import import read_answers
    from apvdesk.store.database import inspect_file
    from apvdesk.store.errors import FileMissing
    from apvdesk.store.workplace_store import WorkplaceStore

    source: Path = args.file
    data: Path = args.data
    inspect_file(source)
    if not data.exists():
        raise FileMissing(data)

    # read and check with the file opened read-only: a refused import leaves it untouched
    store = WorkplaceStore.open_read_only(source)
    try:
        round_id = choose_round(store, source, args.round)
        apv_round = store.round(round_id)
        bank, groups = store.round_bank(round_id), store.round_groups(round_id)
    finally:
        store.close()
    result = read_answers(data, bank, groups, dt.date.today())
    use_language()
    if not result.ok:
        from apvdesk.io.import_messages import ImportMessages

        lines = ImportMessages().lines(result)
        if len(lines) == 1:
            print(f"apvdesk: {TEXTS.nothing_imported_because(lines[0])}", file=sys.stderr)
        else:
            print(f"apvdesk: {TEXTS.nothing_imported(data, result.problem_count)}", file=sys.stderr)
            for line in lines:
                print(f"  {line}", file=sys.stderr)
        return EXIT_USER_ERROR

    store = WorkplaceStore.open(source)
    try:
        added = store.add_responses(round_id, result.responses)
    finally:
        store.close()
    print(TEXTS.imported(added, data, apv_round.title))
    return EXIT_OK


def _message_language(lang: str | None) -> str | None:
    """Return ``lang`` when apvdesk's own texts exist in it, else None (the saved language)."""
    from apvdesk.i18n import LANGUAGES

    return lang if lang in LANGUAGES else None


# --- parsers -----------------------------------------------------------------------


def gui_parser() -> argparse.ArgumentParser:
    """Return the parser for ``apvdesk [FILE]`` (and ``--version``, ``--help``)."""
    parser = argparse.ArgumentParser(
        prog="apvdesk",
        usage="%(prog)s [-h] [--version] [FILE]\n       %(prog)s COMMAND ...",
        description="Start apvdesk, opening FILE if given, or run one of the commands.",
        epilog=(
            "commands (see 'apvdesk COMMAND --help'):\n"
            "  demo FILE                      write the demo workplace to FILE\n"
            "  check FILE                     show FILE's schema revision and integrity\n"
            "  report action-plan FILE -o OUT.pdf\n"
            "                                 print a round's action plan as a PDF\n"
            "  report questionnaire FILE -o OUT.pdf\n"
            "                                 print a round's paper questionnaire as a PDF\n"
            "  template FILE -o T.csv|T.xlsx  write an empty file for typing in paper answers\n"
            "  import FILE DATA.csv|DATA.xlsx add the answers in DATA (all rows, or none)\n"
            "  screenshot FILE --page PAGE -o OUT.png\n"
            "                                 save a picture of one page of the window\n\n"
            "exit status: 0 done, 1 the file is damaged (check), 2 a user error"
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"apvdesk {__version__}")
    parser.add_argument(
        "file", nargs="?", type=Path, metavar="FILE", help="workplace file (.apvdesk) to open"
    )
    return parser


def command_parser() -> argparse.ArgumentParser:
    """Return the parser for the subcommands."""
    from apvdesk.core.demo import DEFAULT_NAME, DEFAULT_RESPONDENTS

    parser = argparse.ArgumentParser(prog="apvdesk")
    parser.add_argument("--version", action="version", version=f"apvdesk {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    demo = commands.add_parser(
        "demo",
        help="write the demo workplace",
        description="Write a fictional laundry with answers and an action plan, for trying apvdesk.",
    )
    demo.add_argument("file", type=Path, metavar="FILE", help="the workplace file to write")
    demo.add_argument(
        "--respondents",
        type=int,
        default=DEFAULT_RESPONDENTS,
        metavar="N",
        help=f"how many people answered (default {DEFAULT_RESPONDENTS})",
    )
    demo.add_argument("--seed", type=int, default=1, metavar="S", help="random seed (default 1)")
    demo.add_argument("--name", default=DEFAULT_NAME, help=f"workplace name (default {DEFAULT_NAME!r})")
    demo.add_argument("--force", action="store_true", help="replace FILE if it exists")
    demo.set_defaults(run=cmd_demo)

    check = commands.add_parser(
        "check",
        help="show a file's schema revision and integrity",
        description=(
            "Show the file's schema revision and run SQLite's integrity check, read-only. "
            "Exit status 0 when sound, 1 when damaged, 2 when not a usable workplace file."
        ),
    )
    check.add_argument("file", type=Path, metavar="FILE", help="the workplace file to check")
    check.set_defaults(run=cmd_check)

    report = commands.add_parser(
        "report", help="print a report as a PDF", description="Print a report as a PDF."
    )
    reports = report.add_subparsers(dest="report", required=True, metavar="REPORT")
    action_plan = reports.add_parser(
        "action-plan",
        help="the action plan of a round",
        description="Print the action plan of a round (the latest unless --round is given) as a PDF.",
    )
    action_plan.add_argument("file", type=Path, metavar="FILE", help="the workplace file")
    action_plan.add_argument(
        "-o", "--output", type=Path, required=True, metavar="OUT.pdf", help="the PDF to write"
    )
    action_plan.add_argument(
        "--lang", choices=LANGUAGE_CHOICES, help="language of the report (default: the program's language)"
    )
    action_plan.add_argument("--round", type=int, metavar="ID", help="the round (default: the latest)")
    action_plan.set_defaults(run=cmd_report)
    questionnaire = reports.add_parser(
        "questionnaire",
        help="the paper questionnaire of a round",
        description="Print the paper questionnaire of a round (the latest unless --round is given) as a PDF.",
    )
    questionnaire.add_argument("file", type=Path, metavar="FILE", help="the workplace file")
    questionnaire.add_argument(
        "-o", "--output", type=Path, required=True, metavar="OUT.pdf", help="the PDF to write"
    )
    questionnaire.add_argument(
        "--lang",
        dest="form_lang",
        metavar="LANG",
        help="language of the questionnaire: one of the round's, e.g. da, en, pl, ro, uk "
        "(default: the program's language)",
    )
    questionnaire.add_argument("--round", type=int, metavar="ID", help="the round (default: the latest)")
    questionnaire.set_defaults(run=cmd_questionnaire)

    screenshot = commands.add_parser(
        "screenshot",
        help="save a picture of one page of the window",
        description="Open FILE in an invisible window and save one page as a PNG.",
    )
    screenshot.add_argument("file", type=Path, metavar="FILE", help="the workplace file")
    screenshot.add_argument("--page", required=True, choices=PAGES, help="the page to show")
    screenshot.add_argument(
        "-o", "--output", type=Path, required=True, metavar="OUT.png", help="the PNG to write"
    )
    screenshot.add_argument(
        "--lang", choices=LANGUAGE_CHOICES, help="language of the window (default: the program's language)"
    )
    screenshot.add_argument(
        "--size", default="1280x800", metavar="WxH", help="window size in pixels (default 1280x800)"
    )
    screenshot.set_defaults(run=cmd_screenshot)

    template = commands.add_parser(
        "template",
        help="write an empty file for typing in paper answers",
        description=(
            "Write an empty import file for a round: the columns group, language and one per "
            "question. CSV (semicolons, UTF-8) holds the header only; XLSX adds a sheet Legend "
            "that lists the questions, the answer codes and the groups. See docs/import.md."
        ),
    )
    template.add_argument("file", type=Path, metavar="FILE", help="the workplace file")
    template.add_argument(
        "-o", "--output", type=Path, required=True, metavar="T.csv|T.xlsx", help="the file to write"
    )
    template.add_argument(
        "--lang",
        dest="legend_lang",
        metavar="LANG",
        help="language of the XLSX legend (default: the program's language)",
    )
    template.add_argument("--round", type=int, metavar="ID", help="the round (default: the latest)")
    template.set_defaults(run=cmd_template)

    import_ = commands.add_parser(
        "import",
        help="add answers typed into a CSV or XLSX file",
        description=(
            "Check every row of DATA, then add all its respondents to the round in one step, "
            "dated today; if any row is wrong, add none and list the rows. Exit status 2 then."
        ),
    )
    import_.add_argument("file", type=Path, metavar="FILE", help="the workplace file")
    import_.add_argument("data", type=Path, metavar="DATA", help="the answers: a .csv or .xlsx file")
    import_.add_argument("--round", type=int, metavar="ID", help="the round (default: the latest)")
    import_.set_defaults(run=cmd_import)
    return parser


# --- entry point -------------------------------------------------------------------


def _report_user_error(error: Exception, lang: str | None) -> int:
    """Print ``error`` as one translated line on stderr; return the user-error status."""
    from apvdesk.messages import describe

    use_language(_message_language(lang))
    message = " ".join(describe(error).split("\n"))
    print(f"apvdesk: {message}", file=sys.stderr)
    return EXIT_USER_ERROR


def main(argv: list[str] | None = None) -> int:
    """Run apvdesk with command-line arguments ``argv`` (default ``sys.argv[1:]``); return the exit status."""
    arguments = sys.argv[1:] if argv is None else list(argv)
    if not arguments or arguments[0] not in COMMANDS:
        file = gui_parser().parse_args(arguments).file
        from apvdesk.ui.app import run_gui

        return run_gui(file)

    from apvdesk.store.errors import WorkplaceFileError

    args = command_parser().parse_args(arguments)
    try:
        return int(args.run(args))
    except (WorkplaceFileError, CommandError) as exc:
        return _report_user_error(exc, getattr(args, "lang", None))
    except KeyboardInterrupt:
        return 130
