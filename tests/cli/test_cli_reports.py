"""``apvdesk report`` is made from the report registry: a subcommand, its options, a help line each."""

from __future__ import annotations

import argparse
from pathlib import Path

from apvdesk.app.report_entry import Option
from apvdesk.app.report_registry import REPORTS
from apvdesk.cli.parser import command_parser, gui_parser
from tests.cli.test_cli import ENGLISH, assert_user_error, run


def report_parsers() -> dict[str, argparse.ArgumentParser]:
    commands = command_parser()._subparsers._group_actions[0].choices  # noqa: SLF001
    report = commands["report"]
    return dict(report._subparsers._group_actions[0].choices)  # noqa: SLF001


def test_each_report_of_the_registry_is_a_subcommand_with_its_options() -> None:
    parsers = report_parsers()
    assert list(parsers) == [entry.key for entry in REPORTS]
    for entry in REPORTS:
        options = {o for action in parsers[entry.key]._actions for o in action.option_strings}  # noqa: SLF001
        assert {"-o", "--output", "--lang"} <= options
        assert ("--round" in options) == (Option.ROUND in entry.options)
        assert ("--meeting" in options) == (Option.MEETING in entry.options)
        assert ("--second-lang" in options) == (Option.SECOND_LANG in entry.options)


def test_the_help_lists_each_report_from_the_registry() -> None:
    epilog = gui_parser().epilog or ""
    for entry in REPORTS:
        assert f"report {entry.key} FILE -o OUT.pdf" in epilog
        assert entry.command_line.epilog in epilog
    lines = epilog.splitlines()
    assert lines.index("  demo FILE                      write the demo workplace to FILE") == 1
    assert lines[-2:] == [
        "exit status: 0 done, 1 the file is damaged (check) or the APV is not complete (checklist),",
        "2 a user error",
    ]


def test_the_second_language_must_differ_before_anything_is_read(tmp_path: Path) -> None:
    result = run(
        tmp_path,
        "report",
        "poster",
        "nowhere.apvdesk",
        "-o",
        "p.pdf",
        "--lang",
        "en",
        "--second-lang",
        "en",
        settings=ENGLISH,
    )
    assert "second language" in assert_user_error(result, "(en)")
    assert not (tmp_path / "p.pdf").exists()
