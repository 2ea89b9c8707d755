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
import errno
import os
import sys
from pathlib import Path

from apvdesk import __version__
from apvdesk.cli.checklist import add_checklist_command
from apvdesk.cli.collection import add_collection_commands
from apvdesk.cli.common import (
    EXIT_OK,
    EXIT_UNSOUND,
    EXIT_USER_ERROR,
    TEXTS,
    CommandError,
    check_output,
    content_faults,
    inspect_workplace,
    integrity_problems,
    message_language,
    parse_size,
    saved_language,
    say_if_synced,
    use_language,
    write_output,
)
from apvdesk.cli.mapping import cmd_import, cmd_template
from apvdesk.cli.output_encoding import write_utf8
from apvdesk.cli.plan import add_export_command
from apvdesk.cli.reports import add_report_command, epilog_line, report_epilog_lines
from apvdesk.cli.results import add_results_command
from apvdesk.cli.self_test import add_self_test_command
from apvdesk.core.languages import PROGRAM_LANGUAGES
from apvdesk.ui.page_keys import PAGE_KEYS

COMMANDS = (
    *("demo", "check", "report", "screenshot", "template", "import", "results", "checklist", "export"),
    *("collect", "merge"),
    "self-test",  # for tools/bundle_check.py; not in --help
)
LANGUAGE_CHOICES = tuple(PROGRAM_LANGUAGES)
EXIT_OUTPUT_CLOSED = 141
"""The exit status when the reader closed the output early (``apvdesk results FILE | head``)."""

# --- subcommands -------------------------------------------------------------------


def cmd_demo(args: argparse.Namespace) -> int:
    """Write the demo workplace to ``args.file``.

    ``--force`` replaces a file there, even a workplace file, but never one that another
    copy of apvdesk has open (:func:`~apvdesk.app.demo_file.write_demo` takes its lock), nor
    the lock file or journal of one.
    """
    path: Path = args.file
    if args.respondents < 0:
        raise CommandError(TEXTS.negative_respondents, args.respondents)
    if (path.exists() or path.is_symlink()) and not args.force:
        raise CommandError(TEXTS.already_exists, path)
    check_output(path, may_replace_workplace=True)

    from apvdesk.app.demo_file import write_demo
    from apvdesk.core.demo import DEMO_KIOSK_PIN

    count = write_demo(
        path, respondents=args.respondents, seed=args.seed, name=args.name, kiosk_pin=DEMO_KIOSK_PIN
    )
    use_language()
    print(TEXTS.demo_written(path, count))
    print(TEXTS.demo_kiosk_pin(DEMO_KIOSK_PIN))
    say_if_synced(path)
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    """Print the file's schema revision, SQLite's integrity check and the content check; change nothing.

    Exit 1 when SQLite finds damaged pages or the file holds values apvdesk cannot use
    (each listed: table, row, column, value, what is wrong).
    """
    from apvdesk.app.content_messages import ContentMessages
    from apvdesk.app.file_messages import describe
    from apvdesk.store.errors import DamagedFile
    from apvdesk.store.migrate import SCHEMA_HEAD

    path: Path = args.file
    try:
        revision = inspect_workplace(path, check_content=False)  # the content is checked below, in full
    except DamagedFile as exc:  # damage the first look finds is still a damaged file: exit 1
        use_language()
        print(TEXTS.integrity_failed())
        print(f"  {describe(exc)}")
        return EXIT_UNSOUND
    use_language()
    print(TEXTS.revision(revision, current=revision == SCHEMA_HEAD))
    result = integrity_problems(path)
    if result != ["ok"]:
        print(TEXTS.integrity_failed())
        for line in result:
            print(f"  {line}")
        print(TEXTS.damaged(path))
        return EXIT_UNSOUND
    print(TEXTS.integrity_ok())
    words = ContentMessages()
    try:
        faults, more = content_faults(path)
    except DamagedFile as exc:
        print(f"  {describe(exc)}")
        return EXIT_UNSOUND
    if not faults:
        print(words.check_ok())
        return EXIT_OK
    print(words.check_heading(len(faults), more))
    for fault in faults:
        print(f"  {words.fault(fault)}")
    print(words.check_advice(path))
    return EXIT_UNSOUND


def cmd_screenshot(args: argparse.Namespace) -> int:
    """Render one page of the main window, with a file open, into a PNG.

    No QCoreApplication is made before ``render_screenshot``, which needs its own
    QApplication.
    """
    source: Path = args.file
    out: Path = args.output
    size = parse_size(args.size)
    lang: str = args.lang or saved_language()
    inspect_workplace(source)
    check_output(out, source)

    if not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    import tempfile

    from apvdesk.platform.atomic_file import write_atomically
    from apvdesk.ui.screenshot import render_screenshot

    # Drawn aside, then put in place as every output is: whole, and never over a workplace file.
    with tempfile.TemporaryDirectory(prefix="apvdesk-screenshot-") as folder:
        drawn = Path(folder) / "screenshot.png"
        render_screenshot(source, args.page, drawn, lang, size)
        image = drawn.read_bytes()
    write_output(out, lambda: write_atomically(image, out))
    use_language(lang)
    print(TEXTS.screenshot_written(out))
    return EXIT_OK


# --- parsers -----------------------------------------------------------------------


def _epilog() -> str:
    """Return ``apvdesk --help``'s list of commands; the reports' lines come from the registry."""
    lines = [
        "commands (see 'apvdesk COMMAND --help'):",
        *epilog_line("demo FILE", "write the demo workplace to FILE"),
        *epilog_line("check FILE", "show FILE's schema revision and integrity"),
        *report_epilog_lines(),
        *epilog_line("export FILE -o plan.xlsx|plan.ics", "save the action plan as a workbook or calendar"),
        *epilog_line("template FILE -o T.csv|T.xlsx", "write an empty file for typing in paper answers"),
        *epilog_line("import FILE DATA.csv|DATA.xlsx", "add the answers in DATA (all rows, or none)"),
        *epilog_line("collect FILE -o SITE.apvcollect", "write a file to collect answers on another PC"),
        *epilog_line("merge FILE SITE.apvcollect", "add the answers collected there, once"),
        *epilog_line("results FILE [--json]", "print a round's results per scale and group"),
        *epilog_line("checklist FILE [--json]", "print the APV checklist; exit 1 while it is not complete"),
        *epilog_line("screenshot FILE --page PAGE -o OUT.png", "save a picture of one page of the window"),
        "",
        "exit status: 0 done, 1 the file is damaged (check) or the APV is not complete (checklist),",
        "2 a user error",
    ]
    return "\n".join(lines)


def gui_parser() -> argparse.ArgumentParser:
    """Return the parser for ``apvdesk [FILE]`` (and ``--version``, ``--help``)."""
    parser = argparse.ArgumentParser(
        prog="apvdesk",
        usage="%(prog)s [-h] [--version] [FILE]\n       %(prog)s COMMAND ...",
        description="Start apvdesk, opening FILE if given, or run one of the commands.",
        epilog=_epilog(),
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

    add_report_command(commands, LANGUAGE_CHOICES)

    screenshot = commands.add_parser(
        "screenshot",
        help="save a picture of one page of the window",
        description="Open FILE in an invisible window and save one page as a PNG.",
    )
    screenshot.add_argument("file", type=Path, metavar="FILE", help="the workplace file")
    screenshot.add_argument("--page", required=True, choices=PAGE_KEYS, help="the page to show")
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
    import_.add_argument(
        "file", type=Path, metavar="FILE", help="the workplace file, or a collection file (.apvcollect)"
    )
    import_.add_argument("data", type=Path, metavar="DATA", help="the answers: a .csv or .xlsx file")
    import_.add_argument("--round", type=int, metavar="ID", help="the round (default: the latest)")
    import_.set_defaults(run=cmd_import)
    add_results_command(commands)
    add_checklist_command(commands, LANGUAGE_CHOICES)
    add_export_command(commands, LANGUAGE_CHOICES)
    add_collection_commands(commands)
    add_self_test_command(commands)
    return parser


# --- entry point -------------------------------------------------------------------


def _report_user_error(error: Exception, lang: str | None) -> int:
    """Print ``error`` as one translated line on stderr; return the user-error status."""
    from apvdesk.app.file_messages import describe

    use_language(message_language(lang))
    message = " ".join(describe(error).split("\n"))
    print(f"apvdesk: {message}", file=sys.stderr)
    return EXIT_USER_ERROR


def main(argv: list[str] | None = None) -> int:
    """Run apvdesk with command-line arguments ``argv`` (default ``sys.argv[1:]``); return the exit status."""
    arguments = sys.argv[1:] if argv is None else list(argv)
    write_utf8()
    if not arguments or arguments[0] not in COMMANDS:
        file = gui_parser().parse_args(arguments).file
        from apvdesk.ui.app import run_gui

        return run_gui(file)

    try:
        status = _run_command(arguments)
        sys.stdout.flush()  # here, not at exit, so that a closed output is noticed here
    except SystemExit:  # argparse's --help and usage errors
        try:
            sys.stdout.flush()
        except OSError as exc:
            if not _output_closed(exc):
                raise
            _leave_closed_output()
        raise
    except OSError as exc:
        if not _output_closed(exc):
            raise
        return _leave_closed_output()
    return status


def _run_command(arguments: list[str]) -> int:
    """Parse and run one subcommand; return its exit status."""
    from apvdesk.store.errors import WorkplaceFileError

    args = command_parser().parse_args(arguments)
    try:
        return int(args.run(args))
    except (WorkplaceFileError, CommandError) as exc:
        return _report_user_error(exc, getattr(args, "lang", None))
    except KeyboardInterrupt:
        return 130


def _output_closed(exc: OSError) -> bool:
    """Return True when ``exc`` says the standard output was closed by its reader (``| head``).

    A closed pipe is a BrokenPipeError; on Windows writing to it can also fail with EINVAL,
    which is taken for a closed output only when the standard output cannot be flushed.
    """
    if isinstance(exc, BrokenPipeError):
        return True
    if exc.errno != errno.EINVAL:
        return False
    try:
        sys.stdout.flush()
    except OSError:
        return True
    return False


def _leave_closed_output() -> int:
    """Point the standard output at the null device, so exiting does not fail on it again.

    Returns EXIT_OUTPUT_CLOSED: the reader stopped reading, as a shell reports a program
    ended by a closed pipe (128 + SIGPIPE).
    """
    try:
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, sys.stdout.fileno())
    except (OSError, ValueError):  # no file descriptor behind sys.stdout: nothing to redirect
        pass
    return EXIT_OUTPUT_CLOSED
