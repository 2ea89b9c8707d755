"""The command line of the APV checklist: each element met or not, and why, for one round."""

from __future__ import annotations

import argparse
import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from apvdesk.cli.common import (
    EXIT_OK,
    EXIT_UNSOUND,
    choose_round,
    inspect_workplace,
    open_read_only,
    saved_language,
    use_language,
)


def checklist_document(round_id: int, lines: list[Any], words: Any) -> dict[str, Any]:
    """Return the checklist as the JSON object ``apvdesk checklist --json`` prints.

    ``{"round": ID, "complete": bool, "elements": [{"id", "title", "met", "reasons"}]}``;
    titles and reasons are in the language in use.
    """
    from apvdesk.core.checklist import checklist_complete
    from apvdesk.wording.checklist_text import element_title

    return {
        "round": round_id,
        "complete": checklist_complete(lines),
        "elements": [
            {
                "id": line.element.value,
                "title": element_title(line.element),
                "met": line.met,
                "reasons": [words.reason(reason) for reason in line.reasons],
            }
            for line in lines
        ],
    }


class ChecklistCommandTexts:
    """The checklist command's words, collected by lupdate under this class's name."""

    def tr(self, text: str) -> str:
        from PySide6.QtCore import QCoreApplication

        return QCoreApplication.translate("ChecklistCommandTexts", text)

    def mark(self, met: bool) -> str:
        return self.tr("met") if met else self.tr("NOT MET")

    def verdict(self, complete: bool) -> str:
        return (
            self.tr("The APV is complete by this checklist.")
            if complete
            else self.tr("The APV is not complete.")
        )


def checklist_table(document: dict[str, Any], bases: Sequence[str] = ()) -> list[str]:
    """Return the checklist as readable lines: a mark, the element, its reasons (or what it rests on)."""
    texts = ChecklistCommandTexts()
    lines = []
    for number, element in enumerate(document["elements"], start=1):
        mark = texts.mark(element["met"])
        lines.append(f"{number:>2}. [{mark}] {element['title']}")
        lines += [f"      - {reason}" for reason in element["reasons"]]
        basis = bases[number - 1] if number <= len(bases) else ""
        if element["met"] and basis:
            lines.append(f"      {basis}")
    lines.append("")
    lines.append(texts.verdict(document["complete"]))
    return lines


def cmd_checklist(args: argparse.Namespace) -> int:
    """Print a round's checklist (the latest unless ``--round``); exit 0 when complete, 1 when not."""
    source: Path = args.file
    lang = args.lang or saved_language()
    use_language(lang)
    inspect_workplace(source)
    store = open_read_only(source)
    try:
        from apvdesk.wording.checklist_text import ReasonText

        round_id = choose_round(store, source, args.round)
        groups = {g.id: g.name for g in store.groups() if g.id is not None}
        words = ReasonText(store.round_bank(round_id), groups, lang)
        lines = store.apv_checklist(round_id)
        document = checklist_document(round_id, lines, words)
        bases = [words.basis(line) for line in lines]
    finally:
        store.close()
    if args.json:
        print(json.dumps(document, ensure_ascii=False, indent=2))
    else:
        print("\n".join(checklist_table(document, bases)))
    return EXIT_OK if document["complete"] else EXIT_UNSOUND


def add_checklist_command(commands: Any, languages: tuple[str, ...]) -> None:
    """Add ``checklist FILE [--round ID] [--json] [--lang LANG]`` to the subcommands ``commands``."""
    checklist = commands.add_parser(
        "checklist",
        help="print the APV checklist: each element met or not, and why",
        description=(
            "Print the APV checklist of a round (the latest unless --round is given): each "
            "element met or not, with the reasons why not. Exit status 0 when every element "
            "is met, 1 when not, 2 on a user error. With --json one JSON object: "
            '{"round": ID, "complete": bool, "elements": [{"id", "title", "met", "reasons"}]}.'
        ),
    )
    checklist.add_argument("file", type=Path, metavar="FILE", help="the workplace file")
    checklist.add_argument("--round", type=int, metavar="ID", help="the round (default: the latest)")
    checklist.add_argument("--json", action="store_true", help="print one JSON object")
    checklist.add_argument(
        "--lang", choices=languages, help="the language of the texts (default: the program's)"
    )
    checklist.set_defaults(run=cmd_checklist)
